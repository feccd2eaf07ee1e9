// Runs inside the app page: one upgrade per migration under renderer/src/db/migrations/, on real IndexedDB.
// Each function fills a database at the version before its migration with rows in the shape of that time,
// opens it with AssayDatabase and returns what it then holds, beside what was written.
import '../../../renderer/src/app/zod-config';
import Dexie from 'dexie';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { AssayDatabase, databaseAt as openDatabaseAt } from '../../../renderer/src/db/database';
import { legacyAnswers, legacySetup } from './legacy-report-answers';

/** A new database as the app left it at `version`, under a name of its own. */
const databaseAt = (version: number): Promise<Dexie> => openDatabaseAt(`assay-migration-${crypto.randomUUID()}`, version);

/** Rows as an earlier migration left them: without the history head a later one adds to final assessments. */
const withoutHistory = (rows: { audit?: unknown }[]) => rows.map(({ audit: _audit, ...row }) => row);

/** Opens the database with the app's schema, reads it, then deletes it. */
async function upgraded<T>(old: Dexie, read: (db: AssayDatabase) => Promise<T>): Promise<T & { version: number }> {
  const name = old.name;
  old.close();
  const db = new AssayDatabase(name);
  try {
    await db.open();
    return { version: db.verno, ...(await read(db)) };
  } finally {
    db.close();
    await Dexie.delete(name);
  }
}

const at = '2025-01-02T00:00:00.000Z';

/** 0002-contacts-revisions-tracking: vendors get contacts and services, assessments a revision and weights; a findings table. */
export async function contactsRevisionsTracking() {
  const v1 = await databaseAt(1);
  // In the order of their ids, as the upgraded tables are read.
  const vendors = [
    { id: '1f6c9a2b-3d4e-4f50-8a1b-2c3d4e5f6a7b', name: 'Five9', nameKey: 'five9', createdAt: at, updatedAt: at },
    { id: '7b0c2f3e-1d2a-4c5b-8e9f-0a1b2c3d4e5f', name: 'Talkdesk', nameKey: 'talkdesk', createdAt: at, updatedAt: at },
  ];
  const assessments = [
    {
      id: 'a-1',
      vendorId: vendors[1]!.id,
      ...legacySetup,
      questionnaireId: builtInQuestionnaire.id,
      questionnaireVersion: builtInQuestionnaire.version,
      status: 'draft',
      lastQuestionId: 'SEC-RBAC',
      createdAt: at,
      updatedAt: at,
    },
    {
      id: 'a-2',
      vendorId: vendors[0]!.id,
      ...legacySetup,
      questionnaireId: builtInQuestionnaire.id,
      questionnaireVersion: builtInQuestionnaire.version,
      status: 'final',
      createdAt: at,
      updatedAt: at,
      finalisedAt: at,
    },
  ];
  const answers = [
    { assessmentId: 'a-1', questionId: 'SEC-RBAC', answer: { status: 'answered', value: 'yes' }, note: 'Seen in the admin console.', updatedAt: at },
    { assessmentId: 'a-2', questionId: 'RSL-SLA', answer: { status: 'answered', value: 99.95 }, updatedAt: at },
  ];
  const evidence = [
    {
      id: 'e-1',
      assessmentId: 'a-1',
      questionId: 'SEC-RBAC',
      fileName: 'roles.txt',
      mediaType: 'text/plain',
      size: 5,
      sha256: 'f'.repeat(64),
      blob: new Blob(['roles']),
      addedAt: at,
    },
  ];
  const settings = [{ key: 'language', value: 'de' }];
  await v1.table('vendors').bulkAdd(vendors);
  await v1.table('assessments').bulkAdd(assessments);
  await v1.table('answers').bulkAdd(answers);
  await v1.table('evidence').bulkAdd(evidence);
  await v1.table('settings').bulkAdd(settings);

  return upgraded(v1, async (db) => {
    await db.findings.put({ assessmentId: 'a-1', findingId: 'F-SEC-RBAC', status: 'inProgress', updatedAt: at });
    const storedEvidence = await db.evidence.toArray();
    return {
      written: { vendors, assessments, answers, evidence: evidence.map(({ blob: _blob, ...row }) => row), settings },
      vendors: await db.vendors.orderBy('id').toArray(),
      assessments: withoutHistory(await db.assessments.orderBy('id').toArray()),
      answers: await db.answers.toArray(),
      evidence: storedEvidence.map(({ blob: _blob, ...row }) => row),
      evidenceText: await Promise.all(storedEvidence.map((row) => row.blob.text())),
      settings: await db.settings.toArray(),
      revisionsOfA1: await db.assessments.where('previousId').equals('a-1').count(),
      findingsOfA1: await db.findings.where('assessmentId').equals('a-1').toArray(),
    };
  });
}

/** 0003-report-period-end: report answers of the built-in questionnaire state their period; nothing else changes. */
export async function reportPeriodEnd() {
  const v2 = await databaseAt(2);
  const assessment = (id: string, questionnaireVersion: string) => ({
    id,
    vendorId: 'v-1',
    ...legacySetup,
    questionnaireId: builtInQuestionnaire.id,
    questionnaireVersion,
    status: 'final',
    revision: 1,
    domainWeights: {},
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
  });
  // a-2 was answered against a version this migration was not written for: its rows are not its to read.
  const assessments = [assessment('a-1', builtInQuestionnaire.version), assessment('a-2', '0.9.0')];
  const row = <F extends { questionId: string }>(assessmentId: string, fields: F) => ({ assessmentId, updatedAt: '2026-03-02T09:00:00.000Z', ...fields });
  const others = [
    row('a-1', { questionId: 'SEC-RBAC', answer: { status: 'answered', value: 'yes' }, note: 'Seen in the admin console.' }),
    ...legacyAnswers.map((fields) => row('a-2', fields)),
  ];
  const findings = [{ assessmentId: 'a-1', findingId: 'F-SEC-SOC2T2', status: 'open', owner: 'Security', updatedAt: '2026-03-02T09:00:00.000Z' }];
  await v2.table('assessments').bulkAdd(assessments);
  await v2.table('answers').bulkAdd([...legacyAnswers.map((fields) => row('a-1', fields)), ...others]);
  await v2.table('findings').bulkAdd(findings);

  return upgraded(v2, async (db) => {
    const a1 = await db.answers.where('assessmentId').equals('a-1').toArray();
    const keys = new Set(others.map((r) => `${r.assessmentId} ${r.questionId}`));
    return {
      rows: Object.fromEntries(
        a1.filter((r) => !keys.has(`a-1 ${r.questionId}`)).map((r) => [r.questionId, { answer: r.answer, ...(r.draft ? { draft: r.draft } : {}) }]),
      ),
      written: { others, assessments, findings },
      others: (await db.answers.toArray()).filter((r) => keys.has(`${r.assessmentId} ${r.questionId}`)),
      assessments: withoutHistory(await db.assessments.orderBy('id').toArray()),
      findings: await db.findings.toArray(),
    };
  });
}

/** 0004-questionnaires: an empty table for imported questionnaires, found by id and version; no row rewritten. */
export async function questionnaires() {
  const v3 = await databaseAt(3);
  const vendor = { id: 'v1', name: 'Genesys', nameKey: 'genesys', createdAt: at, updatedAt: at, contacts: [], services: [] };
  const assessment = {
    id: 'a1',
    vendorId: 'v1',
    ...legacySetup,
    questionnaireId: builtInQuestionnaire.id,
    questionnaireVersion: builtInQuestionnaire.version,
    status: 'draft',
    revision: 1,
    domainWeights: { security: 4 },
    createdAt: at,
    updatedAt: at,
  };
  const answer = { assessmentId: 'a1', questionId: 'SEC-RBAC', answer: { status: 'answered', value: 'yes' }, updatedAt: at };
  await v3.table('vendors').add(vendor);
  await v3.table('assessments').add(assessment);
  await v3.table('answers').add(answer);
  const written = { vendors: [vendor], assessments: [assessment], answers: [answer] };
  return upgraded(v3, async (db) => {
    const row = { id: 'mine', version: '1.0.0', questionnaire: builtInQuestionnaire, fileName: 'mine.json', sha256: '0'.repeat(64), importedAt: at };
    await db.questionnaires.add(row);
    return {
      written,
      found: { vendors: await db.vendors.toArray(), assessments: await db.assessments.toArray(), answers: await db.answers.toArray() },
      byVersion: (await db.questionnaires.get(['mine', '1.0.0']))?.fileName,
      byId: (await db.questionnaires.where('id').equals('mine').toArray()).length,
    };
  });
}

/** 0005-audit: every assessment starts its history with one entry recording it as it stands; a final one keeps it as its head. */
export async function audit() {
  const v4 = await databaseAt(4);
  const vendor = { id: 'v1', name: 'Genesys', nameKey: 'genesys', createdAt: at, updatedAt: at, contacts: [], services: [] };
  const assessment = (id: string, status: 'draft' | 'final') => ({
    id,
    vendorId: 'v1',
    ...legacySetup,
    questionnaireId: builtInQuestionnaire.id,
    questionnaireVersion: builtInQuestionnaire.version,
    status,
    revision: 1,
    domainWeights: { security: 4 },
    createdAt: at,
    updatedAt: at,
    ...(status === 'final' && {
      finalisedAt: at,
      summary: { score: 80, conservativeScore: 70, inherentTier: 'medium', residualRisk: 'low', recommendation: 'approve', knockouts: 0 },
    }),
  });
  const assessments = [assessment('a1', 'draft'), assessment('a2', 'final')];
  const answers = ['a1', 'a2'].map((assessmentId) => ({ assessmentId, questionId: 'SEC-RBAC', answer: { status: 'answered', value: 'yes' }, updatedAt: at }));
  const evidence = {
    id: 'e1',
    assessmentId: 'a2',
    questionId: 'SEC-RBAC',
    fileName: 'roles.txt',
    mediaType: 'text/plain',
    size: 5,
    sha256: 'f'.repeat(64),
    blob: new Blob(['roles']),
    addedAt: at,
  };
  const findings = [{ assessmentId: 'a2', findingId: 'F-SEC-MFA', status: 'open', updatedAt: at }];
  await v4.table('vendors').add(vendor);
  await v4.table('assessments').bulkAdd(assessments);
  await v4.table('answers').bulkAdd(answers);
  await v4.table('evidence').add(evidence);
  await v4.table('findings').bulkAdd(findings);
  return upgraded(v4, async (db) => {
    const { auditEntries, checkAssessmentHistory } = await import('../../../renderer/src/db/audit');
    const rows = await db.assessments.orderBy('id').toArray();
    return {
      written: { assessments },
      assessments: rows.map(({ audit: _audit, ...row }) => row),
      heads: rows.map((row) => row.audit ?? null),
      entries: await Promise.all(
        ['a1', 'a2'].map(async (id) =>
          (await auditEntries(db, id)).map(({ seq, kind, by, previous, hash, items }) => ({ seq, kind, by, previous, hash, keys: Object.keys(items).sort() })),
        ),
      ),
      problems: await Promise.all(['a1', 'a2'].map(async (id) => (await checkAssessmentHistory(db, id))?.problem ?? null)),
      answers: await db.answers.count(),
    };
  });
}
