import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { questionnaires } from '@shared/questionnaire/bank';
import {
  builtInMatch,
  isQuestionnaireFile,
  problemText,
  QUESTIONNAIRE_FILE_MAX_BYTES,
  readQuestionnaireText,
  readQuestionnaireWorkbook,
  type QuestionnaireReading,
  type Problem,
  type QuestionnaireSummary,
} from '@shared/questionnaire/exchange';
import { readWorkbookGrid } from '../services/spreadsheet/read-workbook';
import { fileKind, isWorkbookLike } from '@shared/spreadsheet/file-kind';
import { MAX_SPREADSHEET_BYTES } from '@shared/spreadsheet/limits';
import { spreadsheetProblemKey } from '@shared/spreadsheet/reading';
import { inspectCaiq, inspectPack, type CaiqInspection, type PackInspection } from './inspect-workbook';
import type { CliIo } from './verify';
import { describeBundle, inspectBundle, isBundleFile } from './inspect-bundle';

/**
 * `npm run --silent inspect -- FILE [--json]`: what Assay makes of a file it could import (a questionnaire, a
 * response pack, a CAIQ, a bundle or a backup), and what an import would do, without writing anything. The file's content decides what it is, never its name. Exit code 0 when
 * the file can be imported, 1 when it cannot, 2 for usage errors.
 */

const USAGE = 'Usage: npm run --silent inspect -- FILE [--json]';
/** The largest file any kind Assay imports may be (a workbook); larger ones are refused before they are read. */
const MAX_FILE_BYTES = MAX_SPREADSHEET_BYTES;

interface Options {
  file: string;
  json: boolean;
}

function parseArgs(args: string[]): Options | string {
  let file: string | undefined;
  let json = false;
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg.startsWith('-')) return `Unknown option ${arg}.`;
    else if (file) return 'Give one file.';
    else file = arg;
  }
  return file ? { file, json } : 'Give the file to inspect.';
}

/** The file's bytes, or `too_large` without reading them when it is larger than anything Assay imports. */
async function readLimited(path: string): Promise<Uint8Array | 'too_large'> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > MAX_FILE_BYTES) return 'too_large';
    // One byte more than the limit, in case the file grew since stat.
    const buffer = new Uint8Array(Math.min(size, MAX_FILE_BYTES) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) break;
    }
    return filled > MAX_FILE_BYTES ? 'too_large' : buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** What a file that no reader takes looks like, so the message can say what it is. */
function containerProblem(data: Uint8Array): Problem | undefined {
  const kind = fileKind(data);
  if (kind === 'pdf') return { path: 'file', key: 'questionnaires.inspect.pdf' };
  if (kind === 'emptyZip') return { path: 'file', key: 'questionnaires.inspect.zip' };
  return undefined;
}

type Inspection =
  | { kind: 'unknown'; ok: false; problems: Problem[] }
  | { kind: 'questionnaire'; ok: boolean; summary?: QuestionnaireSummary; builtIn: boolean; problems: Problem[]; warnings: Problem[] }
  | PackInspection
  | CaiqInspection;

const notImportable: Problem = { path: 'file', key: 'questionnaires.inspect.notImportable' };
const tooLarge = (limit: number): Inspection => ({
  kind: 'unknown',
  ok: false,
  problems: [{ path: 'file', key: 'questionnaires.file.tooLarge', params: { limit } }],
});

/** A workbook: a response pack or a CAIQ, or why it is neither. */
async function inspectWorkbook(data: Uint8Array): Promise<Inspection> {
  const reading = await readWorkbookGrid(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  if (!reading.ok)
    return { kind: 'unknown', ok: false, problems: [notImportable, { path: 'file', key: spreadsheetProblemKey(reading.problem), params: reading.params }] };
  return inspectPack(reading.workbook) ?? inspectCaiq(reading.workbook) ?? questionnaireInspection(readQuestionnaireWorkbook(reading.workbook));
}

/** The problems that mean a spreadsheet holds no questionnaire at all, rather than a faulty one. */
const NO_QUESTIONNAIRE: ReadonlySet<Problem['key']> = new Set(['questionnaireSheets.file.noQuestions', 'questionnaireSheets.file.notText']);

/** What importing a questionnaire read from a file would do. */
function questionnaireInspection(reading: QuestionnaireReading): Inspection {
  const unrecognised = reading.ok ? false : !isQuestionnaireFile(reading) || reading.problems.some((p) => NO_QUESTIONNAIRE.has(p.key));
  if (unrecognised) return { kind: 'unknown', ok: false, problems: [notImportable, ...(reading.ok ? [] : reading.problems)] };
  if (!reading.ok) return { kind: 'questionnaire', ok: false, builtIn: false, problems: reading.problems, warnings: [] };
  const match = builtInMatch(reading.questionnaire, questionnaires);
  const { summary, warnings } = reading;
  if (match === 'conflict') {
    const conflict: Problem = { path: 'questionnaire', key: 'questionnaires.check.builtInConflict', params: { id: summary.id, version: summary.version } };
    return { kind: 'questionnaire', ok: false, summary, builtIn: false, problems: [conflict], warnings };
  }
  const notes = match === 'builtIn' ? [{ path: 'questionnaire', key: 'questionnaires.check.builtIn' as const }, ...warnings] : warnings;
  return { kind: 'questionnaire', ok: true, summary, builtIn: match === 'builtIn', problems: [], warnings: notes };
}

export async function inspectFile(data: Uint8Array | 'too_large'): Promise<Inspection> {
  if (data === 'too_large') return tooLarge(MAX_FILE_BYTES / 1024 / 1024);
  if (isWorkbookLike(data)) return inspectWorkbook(data);
  if (data.length > QUESTIONNAIRE_FILE_MAX_BYTES) return tooLarge(QUESTIONNAIRE_FILE_MAX_BYTES / 1024 / 1024);
  const container = containerProblem(data);
  if (container) return { kind: 'unknown', ok: false, problems: [notImportable, container] };
  return questionnaireInspection(readQuestionnaireText(data));
}

const asJson = (problem: Problem) => ({
  path: problem.path,
  key: problem.key,
  ...(problem.params ? { params: problem.params } : {}),
  text: problemText(problem, 'en'),
});

function jsonReport(file: string, inspection: Inspection): unknown {
  if (inspection.kind === 'unknown') return { file, kind: 'unknown', ok: false, problems: inspection.problems.map(asJson) };
  if (inspection.kind === 'responsePack' || inspection.kind === 'caiq') return { file, ...inspection, problems: inspection.problems.map(asJson) };
  const summary = inspection.summary;
  return {
    file,
    kind: 'questionnaire',
    ok: inspection.ok,
    ...(summary
      ? {
          id: summary.id,
          version: summary.version,
          title: summary.title.en,
          builtIn: inspection.builtIn,
          domains: summary.domains.map((domain) => ({
            id: domain.id,
            title: domain.title.en,
            defaultWeight: domain.defaultWeight,
            questions: domain.questions,
          })),
          questions: summary.questions,
          knockouts: summary.knockouts,
        }
      : {}),
    problems: inspection.problems.map(asJson),
    warnings: inspection.warnings.map(asJson),
  };
}

const problemLine = (problem: Problem) => `  ${problem.path === 'file' ? '' : `${problem.path}: `}${problemText(problem, 'en')}`;

export function describeInspection(file: string, inspection: Inspection): string[] {
  if (inspection.kind === 'unknown')
    return [`${file}: not a file Assay imports`, ...inspection.problems.slice(inspection.problems[0] === notImportable ? 1 : 0).map(problemLine)];
  if (inspection.kind === 'responsePack') return describePack(file, inspection);
  if (inspection.kind === 'caiq') return describeCaiq(file, inspection);
  const summary = inspection.summary;
  const lines = [`${file}: questionnaire${summary ? ` ${summary.id} ${summary.version} — ${summary.title.en}` : ''}`];
  lines.push(
    inspection.ok ? (inspection.builtIn ? 'Import: nothing to do, it is built in already' : 'Import: would add this questionnaire') : 'Import: refused',
  );
  if (summary) {
    lines.push(`Domains (${summary.domains.length}):`);
    const width = Math.max(...summary.domains.map((domain) => domain.id.length));
    for (const domain of summary.domains) {
      lines.push(`  ${domain.id.padEnd(width)}  ${domain.title.en} — ${domain.questions} questions, default weight ${domain.defaultWeight}`);
    }
    lines.push(`Questions: ${summary.questions}`, `Knock-out criteria: ${summary.knockouts}`);
  }
  if (inspection.problems.length > 0) lines.push(`Problems (${inspection.problems.length}):`, ...inspection.problems.map(problemLine));
  if (inspection.warnings.length > 0) lines.push(`Warnings (${inspection.warnings.length}):`, ...inspection.warnings.map(problemLine));
  return lines;
}

export async function runInspectCli(args: string[], io: CliIo): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.err(options);
    io.err(USAGE);
    return 2;
  }
  // A bundle or a backup may be gigabytes: it is checked where it lies, streamed, never read whole.
  if (await isBundleFile(options.file).catch(() => false)) {
    const inspection = await inspectBundle(options.file);
    const name = basename(options.file);
    if (options.json) io.out(JSON.stringify({ file: name, ...inspection }, null, 2));
    else for (const line of describeBundle(name, inspection)) io.out(line);
    return inspection.ok ? 0 : 1;
  }
  let data: Uint8Array | 'too_large';
  try {
    data = await readLimited(options.file);
  } catch {
    io.err(`Cannot read ${basename(options.file)}.`);
    return 2;
  }
  const inspection = await inspectFile(data);
  const file = basename(options.file);
  if (options.json) io.out(JSON.stringify(jsonReport(file, inspection), null, 2));
  else for (const line of describeInspection(file, inspection)) io.out(line);
  return inspection.ok ? 0 : 1;
}

const problemLines = (problems: Problem[]) => (problems.length > 0 ? [`Problems (${problems.length}):`, ...problems.map(problemLine)] : []);

function describePack(file: string, pack: PackInspection): string[] {
  const lines = [`${file}: vendor response pack${pack.packId ? ` ${pack.packId}` : ''}`];
  if (!pack.ok) return [...lines, 'Import: refused', ...problemLines(pack.problems)];
  lines.push(
    `For assessment ${pack.assessmentId}, questionnaire ${pack.questionnaire}, made ${pack.createdAt} (${pack.language})`,
    `Rows: ${pack.rows} questions; ${pack.answered.length} answered, ${pack.blank.length} left blank, ${pack.unmatched.length} matching no question`,
    "Import: into its assessment, after a preview of the answers that differ from the assessor's",
  );
  return [...lines, ...problemLines(pack.problems)];
}

function describeCaiq(file: string, caiq: CaiqInspection): string[] {
  const suggested = Object.entries(caiq.suggestions);
  return [
    `${file}: CAIQ (sheet "${caiq.sheet}")`,
    `Rows: ${caiq.rows}; ${caiq.answered} answered, ${caiq.unanswered.length} unanswered, ${caiq.unmatched.length} matching no question`,
    `Suggestions for ${suggested.length} questions:`,
    ...suggested.map(([id, s]) => `  ${id}: ${s.answer} (${s.caiqIds.join(', ')}; ${s.ownership})`),
    ...problemLines(caiq.problems),
  ];
}
