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
  call = await loadPageModule(app.page, resolve(__dirname, 'page/audit-checks.ts'));
});
afterAll(() => app?.close());

describe('an assessment’s history in the store', () => {
  it('has an entry for every change, in order, and a finalised one holds against its head', async () => {
    const r = await call<{
      kinds: string[];
      by: string[];
      problem: unknown;
      head: { head: string; entries: number };
      last: { hash: string; seq: number; detail: string[] };
      removedFile: unknown;
      responsesFile: unknown;
    }>('historyOfEveryChange');
    expect(r.kinds).toEqual([
      'created',
      'answer', // the draft as typed
      'answer', // the valid answer with its note
      'answer', // SEC-RBAC; saving it again unchanged added nothing
      'weights',
      'evidenceAdded',
      'evidenceAdded',
      'evidenceRemoved',
      'finding',
      'finding',
      'responses',
      'confirmed',
      'finalised',
    ]);
    expect(r.by).toEqual(['Alex Example']);
    expect(r.problem).toBeNull();
    expect(r.head).toEqual({ head: r.last.hash, entries: 13 });
    expect(r.last.detail).toEqual(['content', 'summary']);
    expect(r.removedFile).toEqual({ file: 'draft.txt' });
    expect(r.responsesFile).toEqual({ file: 'five9-answers.xlsx' });
  });

  it('names the first entry that no longer holds when rows or entries are changed behind the app’s back', async () => {
    const r = await call<Record<string, unknown>>('tampered');
    expect(r).toEqual({
      answer: { reason: 'row', seq: 4, key: 'answer/SEC-RBAC', kind: 'answer' },
      note: { reason: 'row', seq: 3, key: 'answer/RSL-SLA', kind: 'answer' },
      assessor: { reason: 'row', seq: 1, key: 'setup', kind: 'created' },
      finalisedAt: { reason: 'row', seq: 13, key: 'final', kind: 'finalised' },
      evidence: { reason: 'row', seq: 6, key: expect.stringMatching(/^evidence\//), kind: 'evidenceAdded' },
      addedAnswer: { reason: 'unrecorded', key: 'answer/GOV-DPO', kind: undefined },
      deletedFinding: { reason: 'row', seq: 9, key: 'finding/F-SEC-MFA', kind: 'finding' },
      entryEdited: { reason: 'entry', seq: 4, kind: 'answer' },
      entryRemoved: { reason: 'entry', seq: 4, kind: 'answer' },
      lastEntryRemoved: { reason: 'head', kind: undefined },
      headRemoved: { reason: 'head', kind: undefined },
    });
  });

  it('writes no entry for a refused write, starts a revision from a snapshot, and removes histories with their vendor', async () => {
    const r = await call<{
      refused: string;
      entriesAdded: number;
      revision: { kinds: string[]; detail: Record<string, string>; problem: unknown };
      originalProblem: unknown;
      left: number;
    }>('refusedRevisedRemoved');
    expect(r.refused).toBe('refused');
    expect(r.entriesAdded).toBe(0);
    expect(r.revision.kinds).toEqual(['revision', 'answer']);
    expect(r.revision.detail).toEqual({ from: expect.any(String), head: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(r.revision.problem).toBeNull();
    expect(r.originalProblem).toBeNull();
    expect(r.left).toBe(0);
  });

  it('keeps every history through a backup and its restore, and refuses history rows that are not', async () => {
    const r = await call<{ inBackup: number; entries: number; broken: string | null; restored: number; problem: unknown; refused: string }>(
      'backupKeepsHistory',
    );
    expect(r.inBackup).toBe(r.entries);
    expect(r.broken).toBe('head');
    expect(r.restored).toBe(r.entries);
    expect(r.problem).toBeNull();
    expect(r.refused).toBe('RepositoryError');
  });
});
