import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTestApp, type TestApp } from '../support/app';
import { ready } from '../support/assessment-ui';
import { loadPageModule } from '../support/page-module';

let app: TestApp;
let call: Awaited<ReturnType<typeof loadPageModule>>;

beforeAll(async () => {
  app = await launchTestApp();
  await ready(app.page);
  call = await loadPageModule(app.page, resolve(__dirname, 'page/migrations.ts'));
});
afterAll(() => app?.close());

type Rows = Record<string, unknown>[];

describe('migration 0002-contacts-revisions-tracking, from a version 1 database', () => {
  it('gives vendors no contacts or services and assessments revision 1 with default weights, the rest of each row kept', async () => {
    const r = await call<{ written: Record<string, Rows>; vendors: Rows; assessments: Rows }>('contactsRevisionsTracking');
    expect(r.vendors).toEqual(r.written.vendors!.map((vendor) => ({ ...vendor, contacts: [], services: [] })));
    expect(r.assessments).toEqual(r.written.assessments!.map((assessment) => ({ ...assessment, revision: 1, domainWeights: {} })));
  });

  it('leaves answers, evidence and settings as they were', async () => {
    const r = await call<{ written: Record<string, Rows>; answers: Rows; evidence: Rows; evidenceText: string[]; settings: Rows }>('contactsRevisionsTracking');
    expect(r.answers).toEqual(r.written.answers);
    expect(r.answers).toHaveLength(2);
    expect(r.evidence).toEqual(r.written.evidence);
    expect(r.evidenceText).toEqual(['roles']);
    expect(r.settings).toEqual([{ key: 'language', value: 'de' }]);
  });

  it('indexes assessments by the one they revise and keeps findings per assessment', async () => {
    const r = await call<{ revisionsOfA1: number; findingsOfA1: Rows }>('contactsRevisionsTracking');
    expect(r.revisionsOfA1).toBe(0);
    expect(r.findingsOfA1).toEqual([{ assessmentId: 'a-1', findingId: 'F-SEC-RBAC', status: 'inProgress', updatedAt: '2025-01-02T00:00:00.000Z' }]);
  });
});

describe('migration 0003-report-period-end, from a version 2 database', () => {
  it('moves a report’s validUntil to its period end and an issue date before it to its start; certificates stay', async () => {
    const r = await call<{ version: number; rows: Record<string, unknown> }>('reportPeriodEnd');
    expect(r.version).toBeGreaterThanOrEqual(3);
    expect(r.rows).toEqual({
      'SEC-SOC2T2': { answer: { status: 'answered', value: { held: 'yes', issuer: 'EY', periodStart: '2025-01-01', periodEnd: '2025-12-31' } } },
      'SEC-PCIDSS': { answer: { status: 'answered', value: { held: 'yes', issueDate: '2025-09-30', periodEnd: '2025-09-30' } } },
      'SEC-ISO27001': { answer: { status: 'answered', value: { held: 'yes', issueDate: '2024-07-01', validUntil: '2027-06-30' } } },
      'SEC-C5': { answer: null, draft: { cert: { held: 'yes', issueDate: '', periodEnd: '2025-1' } } },
      'SEC-IRAP': { answer: { status: 'na' } },
    });
  });

  it('leaves other answers, assessments of other questionnaire versions, assessments and findings as they were', async () => {
    const r = await call<{ written: Record<string, Rows>; others: Rows; assessments: Rows; findings: Rows }>('reportPeriodEnd');
    expect(r.others).toHaveLength(r.written.others!.length);
    expect(r.others).toEqual(expect.arrayContaining(r.written.others!));
    expect(r.others.find((row) => row.assessmentId === 'a-2' && row.questionId === 'SEC-SOC2T2')).toMatchObject({
      answer: { status: 'answered', value: { held: 'yes', issuer: 'EY', issueDate: '2025-01-01', validUntil: '2025-12-31' } },
    });
    expect(r.assessments).toEqual(r.written.assessments);
    expect(r.findings).toEqual(r.written.findings);
  });
});

describe('migration 0004-questionnaires, from a version 3 database', () => {
  it('adds a table of imported questionnaires, found by id and version, and rewrites no row', async () => {
    const r = await call<{ version: number; written: unknown; found: unknown; byVersion?: string; byId: number }>('questionnaires');
    expect(r.version).toBeGreaterThanOrEqual(4);
    expect(r.found).toEqual(r.written);
    expect(r.byVersion).toBe('mine.json');
    expect(r.byId).toBe(1);
  });
});

describe('migration 0005-audit, from a version 4 database', () => {
  it('starts each assessment’s history with one entry recording it as it stands; a final one keeps that entry as its head', async () => {
    const r = await call<{
      version: number;
      written: Record<string, Rows>;
      assessments: Rows;
      heads: ({ head: string; entries: number } | null)[];
      entries: { seq: number; kind: string; by: string; previous: string; hash: string; keys: string[] }[][];
      problems: unknown[];
      answers: number;
    }>('audit');
    expect(r.version).toBeGreaterThanOrEqual(5);
    expect(r.assessments).toEqual(r.written.assessments);
    expect(r.answers).toBe(2);
    const [draft, final] = r.entries;
    expect(draft).toEqual([
      {
        seq: 1,
        kind: 'recorded',
        by: 'Alex Example',
        previous: '0'.repeat(64),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        keys: ['answer/SEC-RBAC', 'setup', 'weights'],
      },
    ]);
    expect(final!.map((entry) => entry.keys)).toEqual([['answer/SEC-RBAC', 'evidence/e1', 'final', 'finding/F-SEC-MFA', 'setup', 'weights']]);
    expect(r.heads).toEqual([null, { head: final![0]!.hash, entries: 1 }]);
    expect(r.problems).toEqual([null, null]);
  });
});
