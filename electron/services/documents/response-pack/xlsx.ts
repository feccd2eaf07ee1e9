import ExcelJS from 'exceljs';
import type { DataValidation, Worksheet } from 'exceljs';
import { interpolate, messages } from '@shared/i18n';
import { PACK_SHEET, packFactNames, type PackQuestion, type ResponsePack } from '@shared/response-pack/format';
import { stampZipEntries } from '../zip-entries';
import { COLORS } from '../theme';
import { FONT_SIZE, fitHeight, setWidth, solid, styleHeader, TOP_WRAP } from '../xlsx-style';

/*
 * A vendor response pack as a workbook the vendor fills in with Excel or LibreOffice:
 *
 *   1. Instructions: who asks, by when, whom to ask, and how to answer.
 *   2. Questions: one row per question that applies, the answer column open and checked by data validation.
 *   3. Certifications: one row per certification, a small table of what the certificate or report states.
 *   4. assay-pack (very hidden, protected): the pack's facts, the only thing the import reads to know the pack.
 *   5. assay-lists (very hidden): the drop-down lists, one row each, which the answer cells refer to.
 *
 * Question cells are locked and the sheets protected without a password: the protection guards against slips,
 * not against the vendor, and the import never trusts the question texts it finds, only the ids. Every text is a
 * plain string value, never a formula.
 */

const LISTS_SHEET = 'assay-lists';
const OPEN_FILL = solid('#FFFDE8');
const DATE_FORMAT = 'yyyy-mm-dd';

const protection = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, sort: false, autoFilter: true } as const;

/** The drop-down lists of the pack, one row each on the lists sheet, shared by the questions that offer the same. */
class ListSheet {
  private rows = new Map<string, number>();
  constructor(private sheet: Worksheet) {}
  /** A reference to a row holding these choices, for a list validation. */
  reference(choices: readonly string[]): string {
    const key = JSON.stringify(choices);
    let row = this.rows.get(key);
    if (row === undefined) {
      row = this.rows.size + 1;
      this.rows.set(key, row);
      choices.forEach((choice, i) => (this.sheet.getCell(row!, i + 1).value = choice));
    }
    const last = this.sheet.getColumn(choices.length).letter;
    return `'${LISTS_SHEET}'!$A$${row}:$${last}$${row}`;
  }
}

function listValidation(reference: string, words: (typeof messages)['en']['responsePacks']['workbook']): DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [reference],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: words.listTitle,
    error: words.listMessage,
  };
}

function answerValidation(question: PackQuestion, lists: ListSheet, words: (typeof messages)['en']['responsePacks']['workbook']): DataValidation | undefined {
  const spec = question.answer;
  switch (spec.type) {
    case 'list':
      return listValidation(lists.reference(spec.choices), words);
    case 'number': {
      const bounded = spec.min !== undefined || spec.max !== undefined;
      return {
        type: 'decimal',
        allowBlank: true,
        operator: bounded ? 'between' : 'greaterThan',
        formulae: bounded ? [spec.min ?? -1e15, spec.max ?? 1e15] : [-1e15],
        showErrorMessage: true,
        errorTitle: words.numberTitle,
        error: words.numberMessage,
      };
    }
    case 'date':
      return {
        type: 'date',
        allowBlank: true,
        operator: 'greaterThan',
        formulae: [new Date(Date.UTC(1900, 0, 2))],
        showErrorMessage: true,
        errorTitle: words.dateTitle,
        error: words.dateMessage,
      };
    default:
      return undefined;
  }
}

function allowedText(question: PackQuestion, words: (typeof messages)['en']['responsePacks']['workbook']): string {
  const spec = question.answer;
  switch (spec.type) {
    case 'list':
      return spec.choices.join(' / ');
    case 'multiList':
      return interpolate(words.multiHint, { options: spec.choices.join(' / ') });
    case 'number':
      return interpolate(words.numberHint, { unit: spec.unit });
    case 'date':
      return words.dateHint;
    case 'text':
      return words.textHint;
  }
}

function instructionsSheet(workbook: ExcelJS.Workbook, pack: ResponsePack, names: { questions: string; certifications: string }): void {
  const words = messages[pack.facts.language].responsePacks.workbook;
  const sheet = workbook.addWorksheet(words.instructionsSheet, { properties: { tabColor: { argb: 'FF1F3A5F' } } });
  setWidth(sheet, 1, 28);
  setWidth(sheet, 2, 90);
  const title = sheet.getCell(1, 1);
  title.value = interpolate(words.title, { vendor: pack.vendor });
  title.font = { bold: true, size: 14, color: { argb: `FF${COLORS.navy.replace('#', '')}` } };
  const facts: [string, string | Date][] = [
    [words.requestedBy, pack.buyer],
    [words.contact, pack.contact],
    ...(pack.deadline ? [[words.deadline, new Date(`${pack.deadline}T00:00:00Z`)] as [string, Date]] : []),
    [words.questionnaire, pack.questionnaireTitle],
    [words.packId, pack.facts.packId],
  ];
  facts.forEach(([label, value], i) => {
    const row = sheet.getRow(3 + i);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true, size: FONT_SIZE };
    row.getCell(2).value = value;
    if (value instanceof Date) row.getCell(2).numFmt = DATE_FORMAT;
    row.getCell(2).alignment = { horizontal: 'left', ...TOP_WRAP };
  });
  const start = 4 + facts.length;
  sheet.getCell(start, 1).value = words.howTo;
  sheet.getCell(start, 1).font = { bold: true, size: 12 };
  const values = { ...names, answer: words.answer, evidenceRef: words.evidenceRef };
  Object.values(words.steps).forEach((step, i) => {
    const row = sheet.getRow(start + 1 + i);
    row.getCell(1).value = `${i + 1}.`;
    row.getCell(1).alignment = { horizontal: 'right', vertical: 'top' };
    const text = interpolate(step, values);
    row.getCell(2).value = text;
    row.getCell(2).alignment = TOP_WRAP;
    fitHeight(row, [{ text, width: 90 }]);
  });
  void sheet.protect('', protection);
}

interface Column {
  heading: string;
  width: number;
  open?: boolean;
}

function table(sheet: Worksheet, columns: readonly Column[]): void {
  columns.forEach((column, i) => setWidth(sheet, i + 1, column.width));
  const header = sheet.getRow(1);
  columns.forEach((column, i) => (header.getCell(i + 1).value = column.heading));
  styleHeader(header, columns.length);
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
}

function fillRow(sheet: Worksheet, rowNumber: number, columns: readonly Column[], values: readonly (string | undefined)[]): void {
  const row = sheet.getRow(rowNumber);
  columns.forEach((column, i) => {
    const cell = row.getCell(i + 1);
    if (values[i] !== undefined) cell.value = values[i]!;
    cell.alignment = TOP_WRAP;
    if (column.open) {
      cell.protection = { locked: false };
      cell.fill = OPEN_FILL;
    }
  });
  fitHeight(
    row,
    columns.map((column, i) => ({ text: values[i] ?? '', width: column.width })),
  );
}

function questionsSheet(sheet: Worksheet, pack: ResponsePack, lists: ListSheet): void {
  const words = messages[pack.facts.language].responsePacks.workbook;
  const columns: Column[] = [
    { heading: words.id, width: 14 },
    { heading: words.domain, width: 18 },
    { heading: words.section, width: 18 },
    { heading: words.question, width: 50 },
    { heading: words.guidance, width: 40 },
    { heading: words.evidence, width: 36 },
    { heading: words.allowed, width: 22 },
    { heading: words.answer, width: 24, open: true },
    { heading: words.comment, width: 36, open: true },
    { heading: words.evidenceRef, width: 24, open: true },
  ];
  table(sheet, columns);
  const questions = pack.questions.filter((q) => !q.certification);
  questions.forEach((question, i) => {
    const rowNumber = i + 2;
    fillRow(sheet, rowNumber, columns, [
      question.id,
      question.domain,
      question.section,
      question.text,
      question.guidance,
      question.evidence,
      allowedText(question, words),
    ]);
    const answer = sheet.getCell(rowNumber, 8);
    const validation = answerValidation(question, lists, words);
    if (validation) answer.dataValidation = validation;
    if (question.answer.type === 'date') answer.numFmt = DATE_FORMAT;
    if (question.answer.type === 'list' || question.answer.type === 'text' || question.answer.type === 'multiList') answer.numFmt = '@';
  });
  void sheet.protect('', protection);
}

function certificationsSheet(sheet: Worksheet, pack: ResponsePack, lists: ListSheet): void {
  const words = messages[pack.facts.language].responsePacks.workbook;
  const columns: Column[] = [
    { heading: words.id, width: 14 },
    { heading: words.certification, width: 40 },
    { heading: words.evidence, width: 36 },
    { heading: words.held, width: 13, open: true },
    { heading: words.certificateId, width: 20, open: true },
    { heading: words.issuer, width: 22, open: true },
    { heading: words.scope, width: 32, open: true },
    { heading: words.issued, width: 13, open: true },
    { heading: words.validUntil, width: 16, open: true },
    { heading: words.periodStart, width: 16, open: true },
    { heading: words.comment, width: 30, open: true },
    { heading: words.evidenceRef, width: 22, open: true },
  ];
  table(sheet, columns);
  pack.questions
    .filter((q) => q.certification)
    .forEach((question, i) => {
      const rowNumber = i + 2;
      fillRow(sheet, rowNumber, columns, [question.id, question.text, question.evidence]);
      if (question.answer.type === 'list') sheet.getCell(rowNumber, 4).dataValidation = listValidation(lists.reference(question.answer.choices), words);
      for (const column of [8, 9, 10]) {
        const cell = sheet.getCell(rowNumber, column);
        cell.numFmt = DATE_FORMAT;
        cell.dataValidation = answerValidation({ ...question, answer: { type: 'date' } }, lists, words)!;
      }
      // A certificate has no report period: its start cell stays closed.
      if (question.certification === 'certificate') {
        const start = sheet.getCell(rowNumber, 10);
        start.protection = { locked: true };
        start.fill = solid(COLORS.tint);
        start.dataValidation = undefined as unknown as DataValidation;
      }
    });
  void sheet.protect('', protection);
}

/** The response pack as XLSX bytes; the same pack gives the same bytes. */
export async function responsePackXlsx(pack: ResponsePack): Promise<Buffer> {
  const when = new Date(pack.facts.createdAt);
  const words = messages[pack.facts.language].responsePacks.workbook;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = pack.buyer;
  workbook.lastModifiedBy = pack.buyer;
  workbook.created = when;
  workbook.modified = when;
  workbook.title = interpolate(words.title, { vendor: pack.vendor });

  const names = { questions: words.questionsSheet, certifications: words.certificationsSheet };
  instructionsSheet(workbook, pack, names);
  // Sheets are added in the order the vendor sees them; the lists sheet is filled while the others are written.
  const questions = workbook.addWorksheet(names.questions);
  const certifications = pack.questions.some((q) => q.certification) ? workbook.addWorksheet(names.certifications) : undefined;
  const facts = workbook.addWorksheet(PACK_SHEET, { state: 'veryHidden' });
  const listSheet = workbook.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });
  const lists = new ListSheet(listSheet);
  questionsSheet(questions, pack, lists);
  if (certifications) certificationsSheet(certifications, pack, lists);
  packFactNames.forEach((name, i) => {
    facts.getCell(i + 1, 1).value = name;
    facts.getCell(i + 1, 2).value = pack.facts[name];
  });
  void facts.protect('', { selectLockedCells: false, selectUnlockedCells: false });
  void listSheet.protect('', { selectLockedCells: false, selectUnlockedCells: false });
  workbook.views = [{ x: 0, y: 0, width: 28_000, height: 16_000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  return stampZipEntries(Buffer.from(await workbook.xlsx.writeBuffer()), when);
}
