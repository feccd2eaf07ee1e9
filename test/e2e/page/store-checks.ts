// Runs inside the app page: exercises the real repository layer on real IndexedDB.
import '../../../renderer/src/app/zod-config';
import Dexie from 'dexie';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { createAssessmentRepository } from '../../../renderer/src/db/assessments';
import { AssayDatabase, SCHEMA_V1 } from '../../../renderer/src/db/database';
import { RepositoryError } from '../../../renderer/src/db/errors';
import { createVendorRepository } from '../../../renderer/src/db/vendors';
import { sampleSetup } from './sample-intake';

const setup = sampleSetup;

async function code(action: () => Promise<unknown>): Promise<string> {
  try {
    await action();
    return 'ok';
  } catch (error) {
    return error instanceof RepositoryError ? error.code : `unexpected: ${String(error)}`;
  }
}

/** Drafts: kept as typed, never scored, bounded, and finalising waits for them. */
export async function draftsAreKeptAndBlockFinalising() {
  const db = new AssayDatabase(`assay-check-${crypto.randomUUID()}`);
  const vendors = createVendorRepository(db);
  const assessments = createAssessmentRepository(db);
  const vendor = await vendors.create('NICE');
  const draft = await assessments.create(vendor.id, setup, builtInQuestionnaire);
  await assessments.saveAnswer(draft.id, 'SEC-RBAC', { status: 'answered', value: 'yes' });
  await assessments.saveDraft(draft.id, 'RSL-SLA', { number: '85' }, 'Quoted for the EU region.');
  const oversized = await code(() => assessments.saveDraft(draft.id, 'RSL-SLA', { number: 'x'.repeat(20_000) }));
  const summary = { score: 100, conservativeScore: 1, inherentTier: 'low', residualRisk: 'low', recommendation: 'approve', knockouts: 0 } as const;
  const finaliseWithDraft = await code(() => assessments.finalise(draft.id, summary));
  const rowsWithDraft = (await assessments.answerRows(draft.id)).map((r) => ({ questionId: r.questionId, answer: r.answer, note: r.note, draft: r.draft }));
  const scoredWithDraft = await assessments.answers(draft.id);
  await assessments.saveAnswer(draft.id, 'RSL-SLA', { status: 'answered', value: 99.95 }, 'Quoted for the EU region.');
  const fixed = (await assessments.answerRows(draft.id)).find((r) => r.questionId === 'RSL-SLA');
  const finaliseFixed = await code(() => assessments.finalise(draft.id, summary));
  db.close();
  await Dexie.delete(db.name);
  return { oversized, finaliseWithDraft, rowsWithDraft, scoredWithDraft, fixedDraft: fixed?.draft ?? null, finaliseFixed };
}

export async function finalisedIsImmutable() {
  const db = new AssayDatabase(`assay-check-${crypto.randomUUID()}`);
  const vendors = createVendorRepository(db);
  const assessments = createAssessmentRepository(db);
  const vendor = await vendors.create('Five9');
  const draft = await assessments.create(vendor.id, setup, builtInQuestionnaire);
  await assessments.saveAnswer(draft.id, 'SEC-RBAC', { status: 'answered', value: 'yes' }, 'Seen in the admin console.');
  const invalidAnswer = await code(() => assessments.saveAnswer(draft.id, 'SEC-RBAC', { status: 'answered', value: 'maybe' }));
  const unknownQuestion = await code(() => assessments.saveAnswer(draft.id, 'NOPE-1', { status: 'answered', value: 'yes' }));
  await assessments.finalise(draft.id, { score: 100, conservativeScore: 1, inherentTier: 'low', residualRisk: 'low', recommendation: 'approve', knockouts: 0 });
  const refused = {
    answer: await code(() => assessments.saveAnswer(draft.id, 'SEC-RBAC', { status: 'answered', value: 'no' })),
    clear: await code(() => assessments.saveAnswer(draft.id, 'SEC-RBAC', null)),
    weights: await code(() => assessments.setDomainWeights(draft.id, { security: 5 })),
    evidence: await code(() => assessments.addEvidence(draft.id, 'SEC-RBAC', { name: 'a.txt', type: 'text/plain', size: 3, blob: new Blob(['abc']) }, 1000)),
    finding: await code(() => assessments.trackFinding(draft.id, 'F-SEC-RBAC', { status: 'resolved' })),
    manual: await code(() => assessments.addManualFinding(draft.id, { title: 'Late', severity: 'low', remediation: '' })),
    finaliseAgain: await code(() =>
      assessments.finalise(draft.id, { score: 0, conservativeScore: 0, inherentTier: 'low', residualRisk: 'low', recommendation: 'reject', knockouts: 0 }),
    ),
  };
  const kept = await assessments.answerRows(draft.id);
  const revision = await assessments.createRevision(draft.id);
  const revisionAnswers = await assessments.answers(revision.id);
  const editRevision = await code(() => assessments.saveAnswer(revision.id, 'SEC-RBAC', { status: 'answered', value: 'partial' }));
  const original = await assessments.answers(draft.id);
  db.close();
  await Dexie.delete(db.name);
  return {
    invalidAnswer,
    unknownQuestion,
    refused,
    kept: kept.map((r) => ({ answer: r.answer, note: r.note })),
    revision: { revision: revision.revision, previousId: revision.previousId === draft.id, status: revision.status, answers: revisionAnswers },
    editRevision,
    original,
  };
}

export async function upgradeFromV1() {
  const name = `assay-upgrade-${crypto.randomUUID()}`;
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.table('vendors').add({
    id: '7b0c2f3e-1d2a-4c5b-8e9f-0a1b2c3d4e5f',
    name: 'Talkdesk',
    nameKey: 'talkdesk',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  });
  await v1.table('assessments').add({
    id: 'a-1',
    vendorId: '7b0c2f3e-1d2a-4c5b-8e9f-0a1b2c3d4e5f',
    status: 'draft',
    createdAt: '2025-01-02T00:00:00.000Z',
    updatedAt: '2025-01-02T00:00:00.000Z',
  });
  await v1.table('settings').put({ key: 'language', value: 'de' });
  v1.close();

  const db = new AssayDatabase(name);
  await db.open();
  const result = {
    version: db.verno,
    vendors: await db.vendors.toArray(),
    assessment: await db.assessments.get('a-1'),
    byPrevious: await db.assessments.where('previousId').equals('none').count(),
    findingsTable: await db.findings.count(),
    language: (await db.settings.get('language'))?.value,
  };
  db.close();
  await Dexie.delete(name);
  return result;
}

/** SHA-256 of what IndexedDB holds for each evidence row of the app's own database. */
export async function storedEvidence() {
  const db = new AssayDatabase();
  const rows = await db.evidence.toArray();
  const out = [];
  for (const row of rows) {
    const digest = await crypto.subtle.digest('SHA-256', await row.blob.arrayBuffer());
    out.push({
      fileName: row.fileName,
      size: row.size,
      sha256: row.sha256,
      actual: Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join(''),
    });
  }
  db.close();
  return out;
}

/** The answers the app's own database holds, for one assessment or all. */
export async function storedAnswers(assessmentId?: string) {
  const db = new AssayDatabase();
  const rows = assessmentId === undefined ? await db.answers.toArray() : await db.answers.where('assessmentId').equals(assessmentId).toArray();
  db.close();
  return rows.map((r) => ({ questionId: r.questionId, answer: r.answer, note: r.note, draft: r.draft }));
}

/** The questionnaires imported into the app's own database, by reference. */
export async function storedQuestionnaires() {
  const db = new AssayDatabase();
  const rows = await db.questionnaires.toArray();
  db.close();
  return rows.map((r) => `${r.id}@${r.version}`);
}

/** Every assessment in the app's own database: which questionnaire it was started with. */
export async function storedAssessments() {
  const db = new AssayDatabase();
  const rows = await db.assessments.toArray();
  db.close();
  return rows.map((r) => ({ id: r.id, questionnaireId: r.questionnaireId, questionnaireVersion: r.questionnaireVersion }));
}

/**
 * An assessment of a questionnaire with six domains of its own, whose questions load only after a pause (as a
 * lazily loaded chunk does): answers validate against its questions, weights name only its domains, and each
 * write is still one transaction.
 */
export async function questionnaireOfItsOwn() {
  const { sixDomains } = await import('../../fixtures/six-domain-questionnaire');
  const { createQuestionnaireCatalog } = await import('../../../renderer/src/db/questionnaires');
  const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
  const catalog = createQuestionnaireCatalog([{ id: sixDomains.id, version: sixDomains.version, load: async () => (await pause(), sixDomains) }]);
  const db = new AssayDatabase(`assay-check-${crypto.randomUUID()}`);
  const vendors = createVendorRepository(db);
  const assessments = createAssessmentRepository(db, undefined, catalog);
  const vendor = await vendors.create('Northwind Contact');
  const unknown = await code(() => assessments.create(vendor.id, setup, builtInQuestionnaire));
  const row = await assessments.create(vendor.id, setup, sixDomains);
  const saved = await code(() => assessments.saveAnswer(row.id, 'ACC-CHANNELS', { status: 'answered', value: 'relay' }));
  const wrongOption = await code(() => assessments.saveAnswer(row.id, 'ACC-CHANNELS', { status: 'answered', value: 'yes' }));
  const builtInQuestion = await code(() => assessments.saveAnswer(row.id, 'SEC-RBAC', { status: 'answered', value: 'yes' }));
  const ownWeights = await code(() => assessments.setDomainWeights(row.id, { accessibility: 5, people: 0 }));
  const foreignWeights = await code(() => assessments.setDomainWeights(row.id, { security: 5 }));
  const stored = await assessments.get(row.id);
  const answers = await assessments.answers(row.id);
  db.close();
  await Dexie.delete(db.name);
  return {
    unknown,
    saved,
    wrongOption,
    builtInQuestion,
    ownWeights,
    foreignWeights,
    questionnaire: `${stored?.questionnaireId}@${stored?.questionnaireVersion}`,
    weights: stored?.domainWeights,
    answers,
  };
}

/** The questionnaire store refuses what would change a released version, and what it cannot read, writing nothing. */
export async function questionnaireStoreRefusals() {
  const { sixDomains } = await import('../../fixtures/six-domain-questionnaire');
  const { questionnaireFileText } = await import('@shared/questionnaire/exchange');
  const { createQuestionnaireRepository } = await import('../../../renderer/src/db/questionnaire-store');
  const db = new AssayDatabase(`assay-check-${crypto.randomUUID()}`);
  const store = createQuestionnaireRepository(db);
  const file = new TextEncoder().encode(questionnaireFileText(sixDomains));
  const changed = new TextEncoder().encode(questionnaireFileText({ ...sixDomains, title: { en: 'Another review', de: 'Eine andere Prüfung' } }));
  const builtIn = new TextEncoder().encode(questionnaireFileText(builtInQuestionnaire));
  const key = async (action: () => Promise<unknown>) => {
    try {
      await action();
      return 'ok';
    } catch (error) {
      return error instanceof RepositoryError ? `${error.code} ${error.messageKey}` : `unexpected: ${String(error)}`;
    }
  };
  const result = {
    unreadable: await key(() => store.importFile({ kind: 'text', data: new TextEncoder().encode('{ not json') }, 'x.json')),
    rowsAfterUnreadable: await db.questionnaires.count(),
    first: await key(() => store.importFile({ kind: 'text', data: file }, 'review.json')),
    again: await key(() => store.importFile({ kind: 'text', data: file }, 'review.json')),
    changedPreview: (await store.preview({ kind: 'text', data: changed })).status,
    changed: await key(() => store.importFile({ kind: 'text', data: changed }, 'review.json')),
    builtInPreview: (await store.preview({ kind: 'text', data: builtIn })).status,
    builtIn: await key(() => store.importFile({ kind: 'text', data: builtIn }, 'bank.json')),
    retireBuiltIn: await key(() => store.retire(builtInQuestionnaire)),
    rows: await db.questionnaires.count(),
    titleKept: (await db.questionnaires.get([sixDomains.id, sixDomains.version]))?.questionnaire.title.en,
  };
  await db.questionnaires.put({
    id: 'damaged',
    version: '1.0.0',
    questionnaire: { id: 'damaged' } as never,
    fileName: 'd.json',
    sha256: '0'.repeat(64),
    importedAt: new Date().toISOString(),
  });
  const damaged = await key(() => createQuestionnaireRepository(db).load({ id: 'damaged', version: '1.0.0' }));
  db.close();
  await Dexie.delete(db.name);
  return { ...result, damaged };
}

/** Answer rows carry versions: a write over another version than it started from is refused and changes nothing. */
export async function staleWritesAreRefused() {
  const db = new AssayDatabase(`assay-check-${crypto.randomUUID()}`);
  const assessments = createAssessmentRepository(db);
  const vendor = await createVendorRepository(db).create('Zendesk');
  const draft = await assessments.create(vendor.id, setup, builtInQuestionnaire);
  const yes = { status: 'answered' as const, value: 'yes' };
  const no = { status: 'answered' as const, value: 'no' };
  const outcomes: Record<string, unknown> = {};
  // Two windows open the question while it has no row (version 0); the first writes.
  outcomes.first = await assessments.saveAnswer(draft.id, 'SEC-RBAC', yes, 'first window', 0);
  // The second writes from what it saw: refused, and the first window's answer stands.
  outcomes.stale = await code(() => assessments.saveAnswer(draft.id, 'SEC-RBAC', no, 'second window', 0));
  outcomes.staleDraft = await code(() => assessments.saveDraft(draft.id, 'SEC-RBAC', { choice: 'no' }, '', 0));
  outcomes.afterStale = (await db.answers.get([draft.id, 'SEC-RBAC']))?.note;
  // From the version it was shown, a write goes through.
  outcomes.current = await assessments.saveAnswer(draft.id, 'SEC-RBAC', no, 'second window, after reopening', 1);
  outcomes.stored = await db.answers
    .get([draft.id, 'SEC-RBAC'])
    .then((row) => [row?.answer && 'value' in row.answer ? row.answer.value : undefined, row?.note, row?.version]);
  db.close();
  await Dexie.delete(db.name);
  return outcomes;
}
