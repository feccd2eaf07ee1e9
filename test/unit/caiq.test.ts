import { describe, expect, it } from 'vitest';
import { isCcmV4Control, ccmV4ControlCounts, CCM_FRAMEWORK } from '@shared/caiq/ccm-controls';
import { ccmReferences, ccmReferencesOf, withCcmReferences } from '@shared/caiq/ccm-references';
import { MAX_CAIQ_ROWS, MAX_CAIQ_TEXT_LENGTH } from '@shared/caiq/limits';
import { readCaiqWorkbook, type CaiqReading } from '@shared/caiq/read';
import { caiqOwnerships, caiqVerdicts, caiqAnswerKey, caiqOwnershipKey, caiqVerdictKey, parseCaiqOwnership } from '@shared/caiq/vocabulary';
import { isMessageKey } from '@shared/i18n/keys';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { problemText } from '@shared/questionnaire/exchange/problem-text';
import { MAX_PROBLEMS } from '@shared/questionnaire/exchange/limits';
import { allQuestions, questionsById } from '@shared/questionnaire/questions';
import { questionnaireSchema, type Questionnaire } from '@shared/questionnaire/schema';
import type { WorkbookGrid } from '@shared/spreadsheet/grid';
import { readWorkbookGrid } from '../../electron/services/spreadsheet/read-workbook';
import { caiqGrid, caiqWorkbookXlsx, type CaiqSheetRow } from '../support/caiq-workbook';

const bank = builtInQuestionnaire;

/**
 * A vendor's CAIQ, row by row as the sheet numbers them: the title is row 1, a blank row 2, the headings row 3,
 * so the first question is row 4. The comment on each row says what it is there to show.
 */
const vendorRows: CaiqSheetRow[] = [
  // 4, 5: one control answered Yes and No, owned by the vendor and shared: SEC-SSO, SEC-MFA, SEC-PRIV-ACCESS.
  { id: 'IAM-14.1', answer: 'Yes', ownership: 'CSP-owned', implementation: 'Vendor text A.' },
  { id: 'IAM-14.2', answer: 'No', ownership: 'Shared CSP and CSC', implementation: 'Vendor text B.', customerResponsibilities: 'Customer text B.' },
  // 6, 7: two controls both Yes, one outsourced: SEC-ENC-TRANSIT (a choice) and SEC-ENC-REST (yes/no).
  { id: 'CEK-03.1', answer: 'Yes', ownership: 'CSP-owned', implementation: 'Vendor text C.' },
  { id: 'CEK-04.1', answer: 'yes', ownership: '3rd-party outsourced' },
  // 8: NA, customer-owned, the ID in small letters: RSL-RPO (a number) and RSL-BACKUP-RESTORE (yes/no without N/A).
  { id: 'bcr-08.1', answer: 'N/A', ownership: 'CSC-owned', customerResponsibilities: 'Customer text D.' },
  // 9: left blank, only a description: DAT-GOV-ACCESS-POLICY.
  { id: 'DSP-18.1', implementation: 'Vendor text E.' },
  // 10, 11: an answer that is not allowed next to a No: SEC-IR-PLAN.
  { id: 'SEF-03.1', answer: 'Maybe', ownership: 'Shared CSP and 3rd-party', implementation: 'Vendor text F.' },
  { id: 'SEF-04.1', answer: 'no', ownership: 'Shared' },
  // 12: a real control that no question of ours corresponds to, with an ownership nobody uses.
  { id: 'UEM-03.1', answer: 'Yes', ownership: 'Depends' },
  // 13: shaped like an ID, but CCM v4 has no such control.
  { id: 'ZZZ-01.1', answer: 'Yes' },
  // 14: the same ID again, answered differently: only row 4 counts.
  { id: 'IAM-14.1', answer: 'No', ownership: 'CSC-owned' },
  // 15: meant as an ID, malformed.
  { id: 'IAM 2.1', answer: 'Yes' },
  // 16: a note below the table, skipped without a word.
  { id: 'Note 1' },
];

const read = (grid: WorkbookGrid, questionnaire: Questionnaire = bank, applicable?: ReadonlySet<string>): CaiqReading => {
  const reading = readCaiqWorkbook(grid, questionnaire, applicable);
  if (reading.kind !== 'caiq') throw new Error('not read as a CAIQ');
  return reading;
};

const english = (reading: CaiqReading) => reading.problems.map((problem) => problemText({ path: '', ...problem }, 'en'));

describe('reading a vendor’s CAIQ', () => {
  const reading = read(caiqGrid(vendorRows));

  it('finds the questions sheet and its headings below the title, past the introduction sheet', () => {
    expect(reading.sheet).toBe('CAIQv4.0.3');
    expect(reading.headerRow).toBe(3);
  });

  it('counts the rows it read, the answered ones, and lists the blank and the unmatched ones', () => {
    expect(reading.rows).toBe(10);
    expect(reading.answered).toBe(8);
    expect(reading.unanswered).toEqual(['DSP-18.1']);
    expect(reading.unmatched).toEqual(['UEM-03.1', 'ZZZ-01.1']);
  });

  it('says what is wrong, row by row, in plain words', () => {
    expect(english(reading)).toEqual([
      'Row 10, SEF-03.1: “Maybe” is not one of: Yes, No, NA.',
      'Row 12, UEM-03.1: “Depends” is not one of: CSP-owned, CSC-owned, Shared CSP and CSC, 3rd-party outsourced. The ownership is shown as not stated.',
      'Row 13, ZZZ-01.1: CCM v4 has no control ZZZ-01, so no question matches it.',
      'Row 14, IAM-14.1: this ID is already in row 4; only row 4 is used.',
      'Row 15: “IAM 2.1” is not a CAIQ question ID such as IAM-02.1, so the row was skipped.',
    ]);
    expect(reading.problems.map((problem) => problem.row)).toEqual([10, 12, 13, 14, 15]);
  });

  it('suggests, for each question its controls cover, what the vendor’s answers agree on, with the vendor’s own words', () => {
    const iam14 = [
      { caiqId: 'IAM-14.1', row: 4, answer: 'yes', ownership: 'csp', implementation: 'Vendor text A.', customerResponsibilities: '' },
      { caiqId: 'IAM-14.2', row: 5, answer: 'no', ownership: 'shared', implementation: 'Vendor text B.', customerResponsibilities: 'Customer text B.' },
    ];
    const encryption = [
      { caiqId: 'CEK-03.1', row: 6, answer: 'yes', ownership: 'csp', implementation: 'Vendor text C.', customerResponsibilities: '' },
      { caiqId: 'CEK-04.1', row: 7, answer: 'yes', ownership: 'thirdParty', implementation: '', customerResponsibilities: '' },
    ];
    const backup = [{ caiqId: 'BCR-08.1', row: 8, answer: 'na', ownership: 'csc', implementation: '', customerResponsibilities: 'Customer text D.' }];
    const ids = (quotes: { caiqId: string }[]) => quotes.map((quote) => quote.caiqId);
    expect(reading.suggestions).toEqual({
      // Mixed Yes and No: partial; only the yes/no question gets a value.
      'SEC-SSO': { questionId: 'SEC-SSO', caiqIds: ids(iam14), answer: 'partial', quotes: iam14, ownership: 'shared' },
      'SEC-MFA': { questionId: 'SEC-MFA', caiqIds: ids(iam14), answer: 'partial', quotes: iam14, ownership: 'shared' },
      'SEC-PRIV-ACCESS': {
        questionId: 'SEC-PRIV-ACCESS',
        caiqIds: ids(iam14),
        answer: 'partial',
        suggested: { status: 'answered', value: 'partial' },
        quotes: iam14,
        ownership: 'shared',
      },
      // All Yes: yes; vendor-owned next to outsourced reads as outsourced.
      'SEC-ENC-TRANSIT': { questionId: 'SEC-ENC-TRANSIT', caiqIds: ids(encryption), answer: 'yes', quotes: encryption, ownership: 'thirdParty' },
      'SEC-ENC-REST': {
        questionId: 'SEC-ENC-REST',
        caiqIds: ids(encryption),
        answer: 'yes',
        suggested: { status: 'answered', value: 'yes' },
        quotes: encryption,
        ownership: 'thirdParty',
      },
      // The answer that is not allowed counts as none; the No decides, and the customer's share makes it shared.
      'SEC-IR-PLAN': {
        questionId: 'SEC-IR-PLAN',
        caiqIds: ['SEF-03.1', 'SEF-04.1'],
        answer: 'no',
        suggested: { status: 'answered', value: 'no' },
        quotes: [
          { caiqId: 'SEF-03.1', row: 10, answer: 'none', ownership: 'thirdParty', implementation: 'Vendor text F.', customerResponsibilities: '' },
          { caiqId: 'SEF-04.1', row: 11, answer: 'no', ownership: 'shared', implementation: '', customerResponsibilities: '' },
        ],
        ownership: 'shared',
      },
      // Blank answer: the text is quoted, nothing is suggested.
      'DAT-GOV-ACCESS-POLICY': {
        questionId: 'DAT-GOV-ACCESS-POLICY',
        caiqIds: ['DSP-18.1'],
        answer: 'none',
        quotes: [{ caiqId: 'DSP-18.1', row: 9, answer: 'none', ownership: 'unknown', implementation: 'Vendor text E.', customerResponsibilities: '' }],
        ownership: 'unknown',
      },
      // NA: neither a number question nor a yes/no question without N/A can take it.
      'RSL-RPO': { questionId: 'RSL-RPO', caiqIds: ['BCR-08.1'], answer: 'na', quotes: backup, ownership: 'csc' },
      'RSL-BACKUP-RESTORE': { questionId: 'RSL-BACKUP-RESTORE', caiqIds: ['BCR-08.1'], answer: 'na', quotes: backup, ownership: 'csc' },
    });
    expect(Object.keys(reading.suggestions)).toEqual([
      'SEC-SSO',
      'SEC-MFA',
      'SEC-PRIV-ACCESS',
      'SEC-ENC-TRANSIT',
      'SEC-ENC-REST',
      'SEC-IR-PLAN',
      'DAT-GOV-ACCESS-POLICY',
      'RSL-RPO',
      'RSL-BACKUP-RESTORE',
    ]);
  });

  it('suggests only for the questions that apply, and still counts the others as matched', () => {
    const applicable = new Set(['SEC-MFA', 'RSL-RPO', 'GOV-RISK-REGISTER']);
    const some = read(caiqGrid(vendorRows), bank, applicable);
    expect(Object.keys(some.suggestions)).toEqual(['SEC-MFA', 'RSL-RPO']);
    expect(some.unmatched).toEqual(['UEM-03.1', 'ZZZ-01.1']);
  });

  it('fills in N/A where the question allows it, and matches the CCM references an imported questionnaire carries', () => {
    const imported = questionnaireSchema.parse({
      id: 'imported-example',
      version: '1.0.0',
      title: { en: 'Imported example', de: 'Importiertes Beispiel' },
      domains: [
        {
          id: 'resilience',
          title: { en: 'Resilience', de: 'Resilienz' },
          description: { en: 'Example domain.', de: 'Beispieldomäne.' },
          defaultWeight: 1,
          sections: [
            {
              id: 'EX-S-BACKUP',
              title: { en: 'Backups', de: 'Datensicherung' },
              questions: [
                {
                  id: 'EX-BACKUP',
                  text: { en: 'Example question?', de: 'Beispielfrage?' },
                  guidance: { en: 'Example guidance.', de: 'Beispielhinweis.' },
                  evidence: { en: 'Example evidence.', de: 'Beispielnachweis.' },
                  references: [{ framework: CCM_FRAMEWORK, ref: 'BCR-08' }],
                  weight: 1,
                  answer: { type: 'yesNo' },
                  allowNotApplicable: true,
                  severity: 'medium',
                  remediation: { en: 'Example remediation.', de: 'Beispielmaßnahme.' },
                },
              ],
            },
          ],
        },
      ],
      knockouts: [],
    });
    const own = read(caiqGrid(vendorRows), imported);
    expect(own.suggestions['EX-BACKUP']).toMatchObject({ caiqIds: ['BCR-08.1'], answer: 'na', suggested: { status: 'na' }, ownership: 'csc' });
    // The map is for the built-in questionnaire: here IAM-14 matches nothing.
    expect(own.unmatched).toContain('IAM-14.1');
  });

  it('recognises the headings as vendors rename and reorder them', () => {
    const renamed = caiqGrid([{ id: 'SEF-07.1', answer: 'Not applicable', ownership: 'CSP', implementation: 'Vendor text G.' }], {
      headings: ['CAIQ Question ID', 'Question', 'CSP Answer', 'Control Ownership', 'Implementation Description', 'Customer Responsibilities', 'Control'],
    });
    const reading = read(renamed);
    expect(reading.suggestions['SEC-BREACH-HOURS']).toMatchObject({ answer: 'na', ownership: 'csp', quotes: [{ implementation: 'Vendor text G.' }] });
  });

  it('says a workbook without a question-ID and an answer column is not a CAIQ', () => {
    const intro = caiqGrid([]).sheets[0]!;
    expect(readCaiqWorkbook({ sheets: [intro] }, bank)).toEqual({ kind: 'unknown' });
    expect(readCaiqWorkbook({ sheets: [] }, bank)).toEqual({ kind: 'unknown' });
    const otherQuestionnaire = caiqGrid([{ id: 'IAM-14.1', answer: 'Yes' }], { headings: ['Question ID', 'Question', 'Response'] });
    expect(readCaiqWorkbook(otherQuestionnaire, bank)).toEqual({ kind: 'unknown' });
  });
});

describe('limits of a CAIQ reading', () => {
  /** Distinct, well-formed CAIQ ids, control by control, as many as asked for. */
  function manyIds(count: number): string[] {
    const ids: string[] = [];
    for (const [domain, controls] of Object.entries(ccmV4ControlCounts)) {
      for (let control = 1; control <= controls; control += 1) {
        for (let question = 1; question <= 99 && ids.length < count; question += 1) ids.push(`${domain}-${String(control).padStart(2, '0')}.${question}`);
      }
    }
    return ids;
  }

  it('reads at most 5,000 question rows and says how many there were', () => {
    const reading = read(caiqGrid(manyIds(MAX_CAIQ_ROWS + 1).map((id) => ({ id, answer: 'Yes', ownership: 'CSP-owned' }))));
    expect(reading.rows).toBe(5_000);
    expect(reading.answered).toBe(5_000);
    expect(english(reading)).toEqual(['The sheet has 5001 question rows; only the first 5000 were read.']);
  });

  it('reports at most MAX_PROBLEMS problems, the last saying how many more there were', () => {
    const reading = read(caiqGrid(manyIds(60).map((id) => ({ id, answer: 'Perhaps' }))));
    expect(reading.problems).toHaveLength(MAX_PROBLEMS);
    expect(english(reading).at(-1)).toBe('… and 11 more problems.');
  });

  it('cuts a vendor’s text to the limit and says so', () => {
    const long = `${'a'.repeat(MAX_CAIQ_TEXT_LENGTH)}tail`;
    const reading = read(caiqGrid([{ id: 'CEK-03.1', answer: 'Yes', implementation: long }]));
    const quote = reading.suggestions['SEC-ENC-REST']!.quotes[0]!;
    expect(quote.implementation).toHaveLength(MAX_CAIQ_TEXT_LENGTH);
    expect(quote.implementation.endsWith('a…')).toBe(true);
    expect(english(reading)).toEqual(['Row 4, CEK-03.1: a text longer than 2000 characters was shortened.']);
  });
});

describe('SSRM ownership', () => {
  it('keeps shared and customer-owned apart, and reads the spellings vendors use', () => {
    expect(
      [
        'CSP-owned',
        'csp owned',
        'CSC-owned',
        'Customer',
        'Shared CSP and CSC',
        'Shared',
        'Shared CSP and 3rd-party',
        '3rd-party outsourced',
        '',
        'N/A',
        'Depends',
      ].map(parseCaiqOwnership),
    ).toEqual(['csp', 'csp', 'csc', 'csc', 'shared', 'shared', 'thirdParty', 'thirdParty', 'unknown', 'unknown', undefined]);
  });

  it('has a label for every answer, verdict and ownership', () => {
    const keys = [...(['yes', 'no', 'na', 'none'] as const).map(caiqAnswerKey), ...caiqVerdicts.map(caiqVerdictKey), ...caiqOwnerships.map(caiqOwnershipKey)];
    expect(keys.filter((key) => !isMessageKey(key))).toEqual([]);
  });
});

describe('CCM v4 references of the built-in questions', () => {
  const questions = questionsById(bank);
  const mapped = Object.entries(ccmReferences);

  it('name questions of the bank', () => {
    expect(mapped.map(([id]) => id).filter((id) => !questions.has(id))).toEqual([]);
  });

  it('name well-formed controls that CCM v4 has', () => {
    const ids = mapped.flatMap(([, controls]) => controls);
    expect(ids.filter((id) => !/^[A-Z&]{2,4}-\d{2}$/.test(id))).toEqual([]);
    expect(ids.filter((id) => !isCcmV4Control(id))).toEqual([]);
    expect(Object.values(ccmV4ControlCounts).reduce((sum, count) => sum + count, 0)).toBe(197);
    expect(['IAM-16', 'A&A-06', 'UEM-14'].every(isCcmV4Control)).toBe(true);
    expect(['IAM-17', 'A&A-00', 'EKM-01', 'IAM-1'].some(isCcmV4Control)).toBe(false);
  });

  it('include every CCM v4 reference the bank already names', () => {
    const named = allQuestions(bank).flatMap((q) => q.references.filter((r) => r.framework === CCM_FRAMEWORK).map((r) => `${q.id} ${r.ref}`));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((entry) => !ccmReferencesOf(entry.split(' ')[0]!).includes(entry.split(' ')[1]!))).toEqual([]);
  });

  it('keep each CCM domain to the questionnaire domains it is about', () => {
    const domainOf = new Map(bank.domains.flatMap((domain) => allQuestions({ domains: [domain] }).map((q) => [q.id, domain.id] as const)));
    const allowed: Record<string, readonly string[]> = {
      BCR: ['resilience'],
      HRS: ['governance'],
      GRC: ['governance'],
      SEF: ['security'],
      LOG: ['security'],
      TVM: ['security'],
      AIS: ['security', 'resilience'],
      CEK: ['security', 'dataResidency'],
      IAM: ['security', 'dataResidency'],
      DSP: ['security', 'dataResidency', 'aiEthics', 'governance'],
      STA: ['dataResidency', 'resilience', 'governance'],
    };
    const misplaced = mapped.flatMap(([id, controls]) =>
      controls.filter((control) => !(allowed[control.split('-')[0]!] ?? [domainOf.get(id)]).includes(domainOf.get(id)!)).map((control) => `${id} ${control}`),
    );
    expect(misplaced).toEqual([]);
  });

  it('match their subject in spot checks', () => {
    for (const [id, controls] of mapped) {
      if (controls.some((c) => c.startsWith('CEK-'))) expect(id).toMatch(/ENC|KEY|CMK/);
      if (controls.includes('DSP-19')) expect(id).toMatch(/^DAT-/);
      if (controls.includes('A&A-02')) expect(questions.get(id)!.answer.type).toBe('certification');
      if (controls.some((c) => c.startsWith('HRS-'))) expect(id).toMatch(/TRAINING|BACKGROUND|ACCOUNTABILITY/);
    }
    expect(ccmReferencesOf('SEC-MFA')).toContain('IAM-14');
    expect(ccmReferencesOf('RSL-BACKUP-RESTORE')).toEqual(['BCR-08']);
    expect(ccmReferencesOf('AIE-BIAS')).toEqual([]);
  });

  it('are added to a question’s references for the UI without changing the bank', () => {
    const rest = questions.get('SEC-ENC-REST')!;
    const before = structuredClone(rest.references);
    const shown = withCcmReferences(rest);
    expect(shown).toEqual([...before, { framework: CCM_FRAMEWORK, ref: 'CEK-04' }]);
    expect(rest.references).toEqual(before);
    const mfa = questions.get('SEC-MFA')!;
    expect(withCcmReferences(mfa).filter((r) => r.framework === CCM_FRAMEWORK)).toEqual([{ framework: CCM_FRAMEWORK, ref: 'IAM-14' }]);
    expect(withCcmReferences(questions.get('AIE-BIAS')!)).toEqual(questions.get('AIE-BIAS')!.references);
  });
});

describe('a CAIQ workbook as an XLSX file', () => {
  it('loads through the app’s workbook reader and reads as the same CAIQ as its grid', async () => {
    const file = await caiqWorkbookXlsx(vendorRows);
    const loaded = await readWorkbookGrid(file);
    if (!loaded.ok) throw new Error(`not read: ${loaded.problem}`);
    expect(loaded.workbook.sheets.map((sheet) => sheet.name)).toEqual(['Introduction', 'CAIQv4.0.3']);
    expect(loaded.workbook.sheets[1]!.merged).toEqual([{ top: 0, left: 0, bottom: 0, right: 6 }]);
    expect(readCaiqWorkbook(loaded.workbook, bank)).toEqual(readCaiqWorkbook(caiqGrid(vendorRows), bank));
  });
});
