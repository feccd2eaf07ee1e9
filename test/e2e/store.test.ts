import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTestApp, type TestApp } from '../support/app';
import { loadPageModule } from '../support/page-module';
import { DATABASE_VERSION } from '../../renderer/src/db/database';

let app: TestApp;
let call: Awaited<ReturnType<typeof loadPageModule>>;

beforeAll(async () => {
  app = await launchTestApp();
  await app.page.locator('[data-app-ready]').waitFor();
  call = await loadPageModule(app.page, resolve(__dirname, 'page/store-checks.ts'));
});
afterAll(() => app?.close());

describe('store in real IndexedDB', () => {
  it('keeps a released questionnaire version as imported: a second or changed import, and the built-in ones, are refused', async () => {
    const r = await call<Record<string, unknown>>('questionnaireStoreRefusals');
    expect(r).toEqual({
      unreadable: 'invalid questionnaireManager.errors.unreadable',
      rowsAfterUnreadable: 0,
      first: 'ok',
      again: 'duplicate questionnaireManager.errors.versionExists',
      changedPreview: 'conflict',
      changed: 'duplicate questionnaireManager.errors.versionExists',
      builtInPreview: 'same',
      builtIn: 'duplicate questionnaireManager.errors.builtIn',
      retireBuiltIn: 'invalid questionnaireManager.errors.builtIn',
      rows: 1,
      titleKept: 'Contact-centre outsourcing review',
      damaged: 'invalid questionnaireManager.errors.damaged',
    });
  });

  it('keeps an assessment of a questionnaire with domains of its own, loaded late, to that questionnaire', async () => {
    const r = await call<Record<string, unknown>>('questionnaireOfItsOwn');
    expect(r.unknown).toBe('invalid');
    expect(r).toMatchObject({ saved: 'ok', wrongOption: 'invalid', builtInQuestion: 'invalid', ownWeights: 'ok', foreignWeights: 'invalid' });
    expect(r.questionnaire).toBe('contact-centre-outsourcing@2.1.0');
    expect(r.weights).toEqual({ accessibility: 5, people: 0 });
    expect(r.answers).toEqual({ 'ACC-CHANNELS': { status: 'answered', value: 'relay' } });
  });

  it('refuses every edit of a finalised assessment and keeps it unchanged; a revision can be edited', async () => {
    const r = await call<Record<string, unknown>>('finalisedIsImmutable');
    expect(r.invalidAnswer).toBe('invalid');
    expect(r.unknownQuestion).toBe('invalid');
    expect(r.refused).toEqual({
      answer: 'finalised',
      clear: 'finalised',
      weights: 'finalised',
      evidence: 'finalised',
      finding: 'finalised',
      manual: 'finalised',
      finaliseAgain: 'finalised',
    });
    expect(r.kept).toEqual([{ answer: { status: 'answered', value: 'yes' }, note: 'Seen in the admin console.' }]);
    expect(r.revision).toEqual({ revision: 2, previousId: true, status: 'draft', answers: { 'SEC-RBAC': { status: 'answered', value: 'yes' } } });
    expect(r.editRevision).toBe('ok');
    expect(r.original).toEqual({ 'SEC-RBAC': { status: 'answered', value: 'yes' } });
  });

  it('refuses a write over another version of an answer than the writer started from, changing nothing', async () => {
    const r = await call<Record<string, unknown>>('staleWritesAreRefused');
    expect(r.first).toBe(1);
    expect(r.stale).toBe('conflict');
    expect(r.staleDraft).toBe('conflict');
    expect(r.afterStale).toBe('first window');
    expect(r.current).toBe(2);
    expect(r.stored).toEqual(['no', 'second window, after reopening', 2]);
  });

  it('keeps an incomplete answer as a draft that is not scored, and finalises only once it is fixed', async () => {
    const r = await call<Record<string, unknown>>('draftsAreKeptAndBlockFinalising');
    expect(r.oversized).toBe('invalid');
    expect(r.finaliseWithDraft).toBe('invalid');
    expect(r.rowsWithDraft).toEqual([
      { questionId: 'RSL-SLA', answer: null, note: 'Quoted for the EU region.', draft: { number: '85' } },
      { questionId: 'SEC-RBAC', answer: { status: 'answered', value: 'yes' }, note: undefined, draft: undefined },
    ]);
    expect(r.scoredWithDraft).toEqual({ 'SEC-RBAC': { status: 'answered', value: 'yes' } });
    expect(r.fixedDraft).toBeNull();
    expect(r.finaliseFixed).toBe('ok');
  });

  it('upgrades a version 1 database with data in it', async () => {
    const r = await call<Record<string, unknown>>('upgradeFromV1');
    expect(r.version).toBe(DATABASE_VERSION);
    expect(r.vendors).toEqual([
      expect.objectContaining({ name: 'Talkdesk', nameKey: 'talkdesk', contacts: [], services: [], createdAt: '2025-01-01T00:00:00.000Z' }),
    ]);
    expect(r.assessment).toMatchObject({ id: 'a-1', status: 'draft', revision: 1, domainWeights: {} });
    expect(r.byPrevious).toBe(0);
    expect(r.findingsTable).toBe(0);
    expect(r.language).toBe('de');
  });
});
