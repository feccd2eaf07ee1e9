// Runs inside the app page: certification records written in the shape before reports had a period.
import '../../../renderer/src/app/zod-config';
import Dexie from 'dexie';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { AssayDatabase, SCHEMA_V1 } from '../../../renderer/src/db/database';
import { importReceivedAssessment } from '../../../renderer/src/db/received';
import { ASSESSMENT_EXPORT_FORMAT } from '@shared/report/assessment-export';

const setup = {
  serviceName: 'Contact centre',
  assessor: 'Alex Example',
  assessmentDate: '2026-03-02',
  profile: {
    dataCategories: ['personal' as const, 'payment' as const],
    aiAutonomy: 'none' as const,
    criticality: 'medium' as const,
    regulatoryScope: ['gdpr' as const],
    sector: 'retail' as const,
    requiresEuResidency: true,
  },
};

/** Answers as version 2 stored them: a report's period end in validUntil, its start in the issue date. */
const legacyAnswers = [
  { questionId: 'SEC-SOC2T2', answer: { status: 'answered', value: { held: 'yes', issuer: 'EY', issueDate: '2025-01-01', validUntil: '2025-12-31' } } },
  { questionId: 'SEC-PCIDSS', answer: { status: 'answered', value: { held: 'yes', issueDate: '2025-09-30', validUntil: '2025-09-30' } } },
  { questionId: 'SEC-ISO27001', answer: { status: 'answered', value: { held: 'yes', issueDate: '2024-07-01', validUntil: '2027-06-30' } } },
  { questionId: 'SEC-C5', answer: null, draft: { cert: { held: 'yes', issueDate: '', validUntil: '2025-1' } } },
  { questionId: 'SEC-IRAP', answer: { status: 'na' } },
];

/** A version 2 database with those answers, opened by the app: what the upgrade makes of them. */
export async function upgradesReportsToPeriodEnd() {
  const name = `assay-upgrade-${crypto.randomUUID()}`;
  const v2 = new Dexie(name);
  v2.version(1).stores(SCHEMA_V1);
  v2.version(2).stores({ assessments: 'id, vendorId, status, updatedAt, previousId', findings: '[assessmentId+findingId], assessmentId' });
  await v2.open();
  await v2.table('assessments').add({
    id: 'a-1',
    vendorId: 'v-1',
    ...setup,
    questionnaireId: builtInQuestionnaire.id,
    questionnaireVersion: builtInQuestionnaire.version,
    status: 'final',
    revision: 1,
    domainWeights: {},
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
  });
  await v2.table('answers').bulkAdd(legacyAnswers.map((row) => ({ assessmentId: 'a-1', updatedAt: '2026-03-02T09:00:00.000Z', ...row })));
  v2.close();

  const db = new AssayDatabase(name);
  await db.open();
  const rows = await db.answers.where('assessmentId').equals('a-1').toArray();
  const result = { version: db.verno, rows: Object.fromEntries(rows.map((r) => [r.questionId, { answer: r.answer, ...(r.draft ? { draft: r.draft } : {}) }])) };
  db.close();
  await Dexie.delete(name);
  return result;
}

/** A received assessment (from a report signed before reports had a period), imported: what is stored. */
export async function importsLegacyReceivedReport() {
  const db = new AssayDatabase(`assay-received-${crypto.randomUUID()}`);
  try {
    const { assessmentId } = await importReceivedAssessment(db, {
      format: ASSESSMENT_EXPORT_FORMAT,
      schemaVersion: 1,
      exportedAt: '2026-03-02T10:00:00.000Z',
      vendor: { name: 'Talkdesk', services: [] },
      assessment: {
        id: 'r-1',
        ...setup,
        questionnaireId: builtInQuestionnaire.id,
        questionnaireVersion: builtInQuestionnaire.version,
        status: 'final',
        revision: 1,
        domainWeights: {},
      },
      answers: legacyAnswers.filter((row) => row.answer !== null).map(({ questionId, answer }) => ({ questionId, answer })),
      evidence: [],
      findings: [],
    });
    const rows = await db.answers.where('assessmentId').equals(assessmentId).toArray();
    return Object.fromEntries(rows.map((r) => [r.questionId, r.answer]));
  } finally {
    db.close();
    await Dexie.delete(db.name);
  }
}
