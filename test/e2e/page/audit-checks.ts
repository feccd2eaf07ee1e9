// Runs inside the app page: each assessment's history, on the real repositories and real IndexedDB.
import '../../../renderer/src/app/zod-config';
import Dexie from 'dexie';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { createAssessmentRepository } from '../../../renderer/src/db/assessments';
import { auditEntries, checkAssessmentHistory } from '../../../renderer/src/db/audit';
import { createBackupRepository } from '../../../renderer/src/db/backup';
import { AssayDatabase } from '../../../renderer/src/db/database';
import { createImportedAnswerRepository } from '../../../renderer/src/db/imported-answers';
import { createQuestionnaireRepository } from '../../../renderer/src/db/questionnaire-store';
import { createVendorRepository } from '../../../renderer/src/db/vendors';
import { sampleSetup } from './sample-intake';

const setup = sampleSetup;
const summary = { score: 80, conservativeScore: 70, inherentTier: 'medium', residualRisk: 'low', recommendation: 'approve', knockouts: 0 } as const;
const yes = { status: 'answered', value: 'yes' } as const;

/** A finalised assessment made through every kind of change, in a database of its own. */
async function finalisedAssessment() {
  const db = new AssayDatabase(`assay-audit-${crypto.randomUUID()}`);
  const vendors = createVendorRepository(db);
  const assessments = createAssessmentRepository(db);
  const imported = createImportedAnswerRepository(db, createQuestionnaireRepository(db));
  const vendor = await vendors.create('Five9');
  const { id } = await assessments.create(vendor.id, setup, builtInQuestionnaire);
  await assessments.saveDraft(id, 'RSL-SLA', { number: '99,9' });
  await assessments.saveAnswer(id, 'RSL-SLA', { status: 'answered', value: 99.9 }, 'Quoted for the EU region.');
  await assessments.saveAnswer(id, 'SEC-RBAC', yes);
  // Saving the same again is no change and adds no entry.
  await assessments.saveAnswer(id, 'SEC-RBAC', yes);
  await assessments.setDomainWeights(id, { security: 4 });
  const kept = await assessments.addEvidence(id, 'SEC-RBAC', { name: 'roles.pdf', type: 'application/pdf', size: 5, blob: new Blob(['roles']) }, 1000);
  const gone = await assessments.addEvidence(id, 'SEC-RBAC', { name: 'draft.txt', type: 'text/plain', size: 3, blob: new Blob(['old']) }, 1000);
  await assessments.removeEvidence(gone.id);
  await assessments.trackFinding(id, 'F-SEC-MFA', { status: 'inProgress', owner: 'Security' });
  await assessments.addManualFinding(id, { title: 'Exit plan missing', severity: 'medium', remediation: 'Ask for one.' });
  const source = { kind: 'vendorResponse' as const, packId: crypto.randomUUID(), fileName: 'five9-answers.xlsx', sha256: 'c'.repeat(64), size: 100 };
  await imported.apply(id, [{ questionId: 'SEC-MFA', answer: { status: 'answered', value: 'allUsers' }, source }]);
  await imported.confirm(id, 'SEC-MFA');
  await assessments.finalise(id, summary, {
    recommendation: 'approveWithConditions',
    reason: 'Exit plan to follow within 90 days.',
    by: 'Alex',
    at: '2026-03-03',
  });
  return { db, id, assessments, vendors, kept };
}

const close = async (db: AssayDatabase) => {
  db.close();
  await Dexie.delete(db.name);
};

/** Every change made an entry, in order, and the finalised history holds. */
export async function historyOfEveryChange() {
  const { db, id } = await finalisedAssessment();
  const verdict = await checkAssessmentHistory(db, id);
  const row = await db.assessments.get(id);
  const entries = await auditEntries(db, id);
  await close(db);
  return {
    kinds: entries.map((entry) => entry.kind),
    by: [...new Set(entries.map((entry) => entry.by))],
    problem: verdict?.problem ?? null,
    head: row?.audit,
    last: { hash: entries.at(-1)?.hash, seq: entries.at(-1)?.seq, detail: Object.keys(entries.at(-1)?.detail ?? {}) },
    removedFile: entries.find((entry) => entry.kind === 'evidenceRemoved')?.detail,
    responsesFile: entries.find((entry) => entry.kind === 'responses')?.detail,
  };
}

/** Rows changed behind the app's back: what the check names for each. */
export async function tampered() {
  const names: Record<string, unknown> = {};
  const cases: Record<string, (db: AssayDatabase, id: string, evidenceId: string) => Promise<unknown>> = {
    answer: (db, id) => db.answers.update([id, 'SEC-RBAC'], { answer: { status: 'answered', value: 'no' } }),
    note: (db, id) => db.answers.update([id, 'RSL-SLA'], { note: 'Quoted for all regions.' }),
    assessor: (db, id) => db.assessments.update(id, { assessor: 'Mallory' }),
    finalisedAt: (db, id) => db.assessments.update(id, { finalisedAt: '2025-01-01T00:00:00.000Z' }),
    evidence: (db, _id, evidenceId) => db.evidence.update(evidenceId, { sha256: 'd'.repeat(64) }),
    addedAnswer: (db, id) => db.answers.add({ assessmentId: id, questionId: 'GOV-DPO', answer: yes, updatedAt: '2026-03-03T00:00:00.000Z' }),
    deletedFinding: (db, id) => db.findings.delete([id, 'F-SEC-MFA']),
    entryEdited: (db, id) => db.audit.update([id, 4], { by: 'Mallory' }),
    entryRemoved: (db, id) => db.audit.delete([id, 4]),
    lastEntryRemoved: async (db, id) => db.audit.delete([id, (await db.audit.where('assessmentId').equals(id).count()) as number]),
    headRemoved: (db, id) => db.assessments.update(id, { audit: undefined }),
  };
  for (const [name, change] of Object.entries(cases)) {
    const { db, id, kept } = await finalisedAssessment();
    const entries = await auditEntries(db, id);
    await change(db, id, kept.id);
    const problem = (await checkAssessmentHistory(db, id))?.problem;
    names[name] = problem ? { ...problem, kind: 'seq' in problem && problem.seq ? entries[problem.seq - 1]?.kind : undefined } : null;
    await close(db);
  }
  return names;
}

/** A refused write leaves no entry; a revision starts from a snapshot and holds; removing the vendor removes the history. */
export async function refusedRevisedRemoved() {
  const { db, id, assessments, vendors } = await finalisedAssessment();
  const before = await db.audit.count();
  const refused = await assessments.saveAnswer(id, 'SEC-RBAC', { status: 'answered', value: 'no' }).then(
    () => 'written',
    () => 'refused',
  );
  const after = await db.audit.count();
  const revision = await assessments.createRevision(id);
  await assessments.saveAnswer(revision.id, 'SEC-RBAC', { status: 'answered', value: 'partial' });
  const revisionEntries = await auditEntries(db, revision.id);
  const revisionCheck = await checkAssessmentHistory(db, revision.id);
  const originalCheck = await checkAssessmentHistory(db, id);
  await vendors.remove((await db.assessments.get(id))!.vendorId);
  const left = await db.audit.count();
  await close(db);
  return {
    refused,
    entriesAdded: after - before,
    revision: { kinds: revisionEntries.map((entry) => entry.kind), detail: revisionEntries[0]?.detail, problem: revisionCheck?.problem ?? null },
    originalProblem: originalCheck?.problem ?? null,
    left,
  };
}

/** A backup carries every history; restored, each still holds. */
export async function backupKeepsHistory() {
  const { db, id } = await finalisedAssessment();
  const backups = createBackupRepository(db);
  const { document, evidence } = await backups.collect();
  const entries = await auditEntries(db, id);
  await db.audit.clear();
  const broken = (await checkAssessmentHistory(db, id))?.problem ?? null;
  await backups.replace(await backups.prepare(document, evidence));
  const restored = await auditEntries(db, id);
  const problem = (await checkAssessmentHistory(db, id))?.problem ?? null;
  // A backup whose history rows are not history rows is refused.
  const forged = structuredClone(document);
  forged.tables.audit![0]!.hash = 'not a hash';
  const refused = await backups.prepare(forged, evidence).then(
    () => 'accepted',
    (error: Error) => error.name,
  );
  await close(db);
  return { inBackup: document.tables.audit?.length ?? 0, entries: entries.length, broken: broken?.reason ?? null, restored: restored.length, problem, refused };
}
