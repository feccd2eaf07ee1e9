// Runs inside the app page: certification records written in the shape before reports had a period.
import '../../../renderer/src/app/zod-config';
import Dexie from 'dexie';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { AssayDatabase } from '../../../renderer/src/db/database';
import { receiveReport } from '../../../renderer/src/db/received';
import { createBundleRepository } from '../../../renderer/src/db/bundles';
import type { RepositoryDeps } from '../../../renderer/src/db/vendors';

const ORIGIN = { fileName: 'report.pdf', from: 'Robin Sender', signer: 'Robin Sender', sentAt: '2026-02-21T10:00:00.000Z' };
const importReceivedAssessment = (db: AssayDatabase, data: Parameters<typeof receiveReport>[1], deps?: RepositoryDeps) =>
  receiveReport(createBundleRepository(db, deps), data, ORIGIN, deps?.newId);
import { ASSESSMENT_EXPORT_FORMAT } from '@shared/report/assessment-export';
import { legacyAnswers, legacySetup as setup } from './legacy-report-answers';

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
