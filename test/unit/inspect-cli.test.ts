import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { questionnaireFileText } from '@shared/questionnaire/exchange';
import { sixDomainInput, sixDomains } from '../fixtures/six-domain-questionnaire';
import { simplePdf } from '../support/pdf-tools';
import { responsePackXlsx } from '../../electron/services/documents/response-pack/xlsx';
import { SAMPLE_PROFILE } from '../fixtures/sample-comparison';
import { fillPack, samplePack, vendorAnswer } from '../support/response-pack';
import { applicableQuestions } from '@shared/questionnaire/questions';
import { caiqWorkbookXlsx } from '../support/caiq-workbook';
import { gridXlsx } from '../../electron/services/spreadsheet/grid-xlsx';
import { questionnaireCsv, questionnaireSheets } from '@shared/questionnaire/exchange';
import { writeBundle } from '../../electron/services/bundles/write-bundle';
import { bundleDocument, bundledAssessment, sha256 } from '../support/bundle-document';
import { buildZip } from '../support/zip-builder';

const root = resolve(__dirname, '../..');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-inspect-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs the command as a user would; returns its exit code and output. */
function inspect(...args: string[]): { code: number; out: string; err: string } {
  try {
    const out = execFileSync('node', ['scripts/inspect.mjs', ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, out, err: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout, err: e.stderr };
  }
}

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const inspectJson = async (name: string, content: string | Uint8Array) => {
  const result = inspect(await file(name, content), '--json');
  return { code: result.code, report: JSON.parse(result.out) };
};

const fileOf = (questionnaire: unknown) => JSON.stringify({ format: 'assay-questionnaire', formatVersion: 1, questionnaire });
function sixDomainsWith(edit: (q: typeof sixDomainInput) => void): string {
  const copy = structuredClone(sixDomainInput);
  edit(copy);
  return fileOf(copy);
}
const allQuestionCount = sixDomains.domains.flatMap((d) => d.sections.flatMap((s) => s.questions)).length;
const keysOf = (report: { problems: { key: string }[] }) => report.problems.map((p) => p.key);

describe('npm run inspect', () => {
  it('says the built-in questionnaire, exported, is built in already, and exits 0', { timeout: 60_000 }, async () => {
    const { code, report } = await inspectJson('cx.json', questionnaireFileText(builtInQuestionnaire));
    expect(code).toBe(0);
    expect(report).toMatchObject({
      file: 'cx.json',
      kind: 'questionnaire',
      ok: true,
      id: 'cx-platform',
      version: '1.0.0',
      builtIn: true,
      questions: 154,
      problems: [],
    });
    expect(report.domains.map((d: { id: string }) => d.id)).toEqual(['security', 'aiEthics', 'dataResidency', 'resilience', 'governance']);
    expect(report.knockouts).toBe(builtInQuestionnaire.knockouts.length);
    expect(report.warnings).toEqual([
      { path: 'questionnaire', key: 'questionnaires.check.builtIn', text: expect.stringContaining('built into Assay already') },
    ]);
  });

  it('prints what importing a six-domain questionnaire would bring in', { timeout: 60_000 }, async () => {
    const path = await file('six.json', questionnaireFileText(sixDomains));
    const json = inspect(path, '--json');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out);
    expect(report).toMatchObject({ kind: 'questionnaire', ok: true, id: 'contact-centre-outsourcing', version: '2.1.0', builtIn: false, knockouts: 1 });
    expect(report.domains).toHaveLength(6);
    expect(report.domains[0]).toEqual({ id: 'people', title: 'People and training', defaultWeight: 3, questions: 2 });
    const text = inspect(path);
    expect(text.code).toBe(0);
    expect(text.out).toContain('six.json: questionnaire contact-centre-outsourcing 2.1.0 — Contact-centre outsourcing review');
    expect(text.out).toContain('Import: would add this questionnaire');
    expect(text.out).toContain('Domains (6):');
    expect(text.out).toMatch(/people\s+People and training — 2 questions, default weight 3/);
  });

  it('refuses a different questionnaire under a built-in id and version', { timeout: 60_000 }, async () => {
    const changed = { ...builtInQuestionnaire, title: { en: 'Our own CX review', de: 'Unsere CX-Prüfung' } };
    const { code, report } = await inspectJson('cx-changed.json', questionnaireFileText(changed));
    expect(code).toBe(1);
    expect(report.problems).toEqual([
      {
        path: 'questionnaire',
        key: 'questionnaires.check.builtInConflict',
        params: { id: 'cx-platform', version: '1.0.0' },
        text: 'A different questionnaire with the id cx-platform and version 1.0.0 is built into Assay. Give this one a new version.',
      },
    ]);
  });

  it('exits 1 with the problem, in English and by key, for each kind of broken questionnaire', { timeout: 60_000 }, async () => {
    const cases: [string, string, string][] = [
      ['twice.json', sixDomainsWith((q) => (q.domains[1]!.sections[0]!.questions[1]!.id = 'PRV-DPA')), 'Question PRV-DPA appears twice.'],
      [
        'knockout.json',
        sixDomainsWith((q) => (q.knockouts[0]!.when = { answer: 'X-1', in: ['no'] })),
        'Knock-out criterion KO-NO-DPA names question X-1, which is not in the questionnaire.',
      ],
      ['empty-domain.json', sixDomainsWith((q) => (q.domains[2]!.sections = [])), 'Domain accessibility has no questions.'],
      ['schema.json', sixDomainsWith((q) => ((q.domains[0]!.sections[0]!.questions[0]! as { weight: unknown }).weight = 'heavy')), 'This should be a number.'],
      ['newer.json', JSON.stringify({ format: 'assay-questionnaire', formatVersion: 2 }), 'formatVersion 2 is newer than this version of Assay reads.'],
    ];
    for (const [name, content, text] of cases) {
      const { code, report } = await inspectJson(name, content);
      expect(code, name).toBe(1);
      expect(report, name).toMatchObject({ kind: 'questionnaire', ok: false });
      expect(report.problems[0].text, name).toContain(text);
      expect(report.problems[0].key, name).toMatch(/^questionnaires\./);
    }
    const readable = inspect(join(dir, 'twice.json'));
    expect(readable.out).toContain('Import: refused');
    expect(readable.out).toContain('question PRV-DPA: Question PRV-DPA appears twice.');
  });

  it('refuses 2,001 questions and a file larger than 5 MB without reading it', { timeout: 60_000 }, async () => {
    const questions = Array.from({ length: 2_001 }, (_, i) => ({ ...sixDomainInput.domains[0]!.sections[0]!.questions[0]!, id: `Q-${i}` }));
    const many = await inspectJson(
      'many.json',
      fileOf({ ...sixDomainInput, domains: [{ ...sixDomainInput.domains[0]!, sections: [{ id: 'S-1', title: sixDomainInput.title, questions }] }] }),
    );
    expect(many.code).toBe(1);
    expect(keysOf(many.report)).toEqual(['questionnaires.file.tooManyQuestions']);

    const huge = join(dir, 'huge.json');
    await writeFile(huge, '{"format": "assay-questionnaire", "x": "');
    await truncate(huge, 6 * 1024 * 1024);
    const tooLarge = inspect(huge, '--json');
    expect(tooLarge.code).toBe(1);
    expect(JSON.parse(tooLarge.out)).toMatchObject({
      kind: 'unknown',
      ok: false,
      problems: [{ key: 'questionnaires.file.tooLarge', text: 'The file is larger than 5 MB.' }],
    });
  });

  it('says "not a file Assay imports" for files of other kinds, whatever they are named', { timeout: 60_000 }, async () => {
    const windows1252 = Uint8Array.from(
      [...'{"format": "assay-questionnaire", "title": "Pr'].map((c) => c.charCodeAt(0)).concat([0xfc, 0x66, 0x75, 0x6e, 0x67, 0x22, 0x7d]),
    );
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, ...new Array(40).fill(0)]);
    const cases: [string, string | Uint8Array, string][] = [
      ['empty.json', '', 'questionnaires.file.empty'],
      ['cp1252.json', windows1252, 'questionnaires.file.notUtf8'],
      ['report.json', await simplePdf(), 'questionnaires.inspect.pdf'],
      ['pack.json', zip, 'spreadsheets.problems.damaged'],
      ['deep.json', '['.repeat(100_000), 'questionnaires.file.tooDeep'],
      ['other.json', JSON.stringify({ format: 'assay-assessment' }), 'questionnaires.file.notQuestionnaireFile'],
    ];
    for (const [name, content, key] of cases) {
      const { code, report } = await inspectJson(name, content);
      expect(code, name).toBe(1);
      expect(report, name).toMatchObject({ kind: 'unknown', ok: false });
      expect(keysOf(report), name).toEqual(['questionnaires.inspect.notImportable', key]);
    }
    const readable = inspect(join(dir, 'cp1252.json'));
    expect(readable.out).toContain('cp1252.json: not a file Assay imports');
    expect(readable.out).toContain('The file is not UTF-8 text.');
  });

  it('exits 2 for usage errors', { timeout: 60_000 }, async () => {
    expect(inspect().code).toBe(2);
    expect(inspect(join(dir, 'missing.json')).code).toBe(2);
    expect(inspect('--frobnicate', join(dir, 'empty.json')).code).toBe(2);
    expect(inspect(join(dir, 'a.json'), join(dir, 'b.json')).code).toBe(2);
    expect(inspect(dir).code).toBe(2);
  });
});

describe('npm run inspect on workbooks', () => {
  it('says what importing a filled response pack would bring in: rows, answered, blank, unmatched and problems', { timeout: 60_000 }, async () => {
    const asked = applicableQuestions(builtInQuestionnaire, SAMPLE_PROFILE);
    const [blank, ...rest] = asked;
    const answers = Object.fromEntries(rest.map((q, i) => [q.id, vendorAnswer(q, i)]));
    const filled = await fillPack(await responsePackXlsx(samplePack(builtInQuestionnaire, SAMPLE_PROFILE, 'en')), builtInQuestionnaire, answers, 'en');
    const { code, report } = await inspectJson('answers.xlsx', filled);
    expect(code).toBe(0);
    expect(report).toMatchObject({
      kind: 'responsePack',
      ok: true,
      packId: '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b',
      assessmentId: 'assessment-1',
      questionnaire: `${builtInQuestionnaire.id} ${builtInQuestionnaire.version}`,
      rows: asked.length,
      blank: [blank!.id],
      unmatched: [],
      problems: [],
    });
    expect([...report.answered].sort()).toEqual(rest.map((q) => q.id).sort());
    // The content decides what a file is, never its name: the same workbook named .pdf reads the same.
    expect((await inspectJson('answers.pdf', filled)).report).toMatchObject({ kind: 'responsePack', rows: asked.length });
    const readable = inspect(join(dir, 'answers.xlsx'));
    expect(readable.out).toContain(`Rows: ${asked.length} questions; ${rest.length} answered, 1 left blank, 0 matching no question`);
  });

  it('gives a CAIQ workbook’s rows, unmatched and unanswered ids, and suggestions by question id', { timeout: 60_000 }, async () => {
    const caiq = await caiqWorkbookXlsx([
      { id: 'IAM-14.1', answer: 'Yes', ownership: 'CSP-owned' },
      { id: 'IAM-14.2', answer: 'No', ownership: 'Shared CSP and CSC' },
      { id: 'UEM-03.1', answer: 'Yes' },
      { id: 'DSP-18.1' },
    ]);
    const { code, report } = await inspectJson('caiq.xlsx', caiq);
    expect(code).toBe(0);
    expect(report).toMatchObject({ kind: 'caiq', rows: 4, answered: 3, unmatched: ['UEM-03.1'], unanswered: ['DSP-18.1'] });
    const ids = Object.keys(report.suggestions);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(report.suggestions[id]).toMatchObject({ caiqIds: ['IAM-14.1', 'IAM-14.2'], answer: 'partial', ownership: 'shared' });
  });

  it('names what is wrong with a workbook it cannot read: a password-protected one, a bomb, a plain zip', { timeout: 60_000 }, async () => {
    const encrypted = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    const { report } = await inspectJson('locked.xlsx', encrypted);
    expect(keysOf(report)).toEqual(['questionnaires.inspect.notImportable', 'spreadsheets.problems.encryptedOrLegacy']);
  });

  it('reads a questionnaire from a spreadsheet, XLSX or CSV, as it reads one from JSON', { timeout: 60_000 }, async () => {
    const xlsx = await gridXlsx(questionnaireSheets(sixDomains), { created: new Date('2026-12-01T09:00:00Z') });
    for (const [name, content] of [
      ['six.xlsx', xlsx],
      ['six.csv', questionnaireCsv(sixDomains)],
    ] as const) {
      const { code, report } = await inspectJson(name, content);
      expect(code, name).toBe(0);
      expect(report, name).toMatchObject({ kind: 'questionnaire', ok: true, id: sixDomains.id, version: sixDomains.version, questions: allQuestionCount });
    }
  });
});

describe('inspect on bundles and backups', () => {
  const pdf = Buffer.from('%PDF-1.7 evidence '.repeat(2000));
  const document = Buffer.from(JSON.stringify(bundleDocument([bundledAssessment('a-1', [{ fileName: 'soc2.pdf', data: pdf }])])));
  const facts = { appVersion: '0.1.0', creator: 'Robin Sender', createdAt: '2026-12-01T09:00:00.000Z' };

  it('says what a bundle holds, by its content whatever its name, and what importing it would do', async () => {
    const path = join(dir, 'talkdesk.zip');
    await writeBundle(path, { kind: 'assessments', ...facts }, [
      { path: 'assessments.json', data: document },
      { path: `evidence/${sha256(pdf)}`, data: pdf },
    ]);
    const { code, out } = inspect(path);
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      'talkdesk.zip: Assay bundle made by Robin Sender with Assay 0.1.0 on 2026-12-01T09:00:00.000Z',
      'Not signed',
      'Vendors (1): Talkdesk',
      'Assessments (1):',
      '  Cloud contact centre, 2026-11-20, revision 1, final, 1 evidence files',
      `Evidence: 1 files, ${pdf.length} bytes`,
      'Import: on the Vendors page, after a preview of what is new and what is here already',
      '',
    ]);
  });

  it('refuses a bundle whose file differs from its manifest, naming the file, and says what a backup holds', async () => {
    const tampered = join(dir, 'tampered.assay');
    const changed = Buffer.from(pdf);
    changed[3] = 0x21;
    const manifest = {
      format: 'assay-bundle',
      formatVersion: 1,
      kind: 'assessments',
      ...facts,
      files: [
        { path: 'assessments.json', sha256: sha256(document), size: document.length },
        { path: `evidence/${sha256(pdf)}`, sha256: sha256(pdf), size: pdf.length },
      ],
    };
    await writeFile(
      tampered,
      buildZip([
        { name: 'assessments.json', data: document },
        { name: `evidence/${sha256(pdf)}`, data: changed },
        { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest)) },
      ]),
    );
    const refused = inspect(tampered, '--json');
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out)).toMatchObject({ file: 'tampered.assay', kind: 'bundle', ok: false, problem: { problem: 'hashDiffers' } });
    expect(JSON.parse(refused.out).text).toContain('does not match its checksum');

    const backup = join(dir, 'backup.assay');
    const backupDocument = {
      format: 'assay-backup',
      schemaVersion: 1,
      databaseVersion: 4,
      exportedAt: '2026-12-01T09:00:00.000Z',
      tables: { vendors: [{ id: 'v' }], assessments: [], answers: [], evidence: [], settings: [{ key: 'language', value: 'de' }] },
    };
    await writeBundle(backup, { kind: 'backup', ...facts }, [{ path: 'backup.json', data: Buffer.from(JSON.stringify(backupDocument)) }]);
    const listed = inspect(backup);
    expect(listed.code).toBe(0);
    expect(listed.out).toContain('backup.assay: Assay backup made on 2026-12-01T09:00:00.000Z by Assay 0.1.0, database version 4');
    expect(listed.out).toContain('Rows: 1 vendors, 0 assessments, 0 answers, 0 evidence, 1 settings');
  });
});
