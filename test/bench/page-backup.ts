// Runs inside the app page (bundled by the bench): a database of 1,000 assessments with every applicable question
// answered, backed up as the app does it (every table read in one transaction, the document sent to the Node side in
// chunks, the archive written into the data folder's backups), beside a raw read of the same tables.
import '../../renderer/src/app/zod-config';
import { BACKUP_DOCUMENT } from '@shared/bundle/backup';
import { createBackupRepository } from '../../renderer/src/db/backup';
import { AssayDatabase, type AnswerRow } from '../../renderer/src/db/database';
import { saveBundle, stampedFileName } from '../../renderer/src/features/bundles/save-bundle';
import { answersFor, random, rawRead, seed } from './page-portfolio';

export async function seedWithAnswers(vendors: number, assessments: number): Promise<{ assessments: number; answers: number }> {
  await seed(vendors, assessments, 0.5);
  const db = new AssayDatabase();
  const next = random(7);
  const rows: AnswerRow[] = [];
  for (const assessment of await db.assessments.toArray()) {
    const answers = answersFor(assessment.profile, next(), next, '2027-06-30');
    for (const [questionId, answer] of Object.entries(answers))
      rows.push({ assessmentId: assessment.id, questionId, answer, note: 'Checked against the vendor’s documentation.', updatedAt: assessment.updatedAt });
  }
  await db.answers.bulkAdd(rows);
  db.close();
  return { assessments, answers: rows.length };
}

/** A whole backup, as Settings' "Back up now" or an automatic one writes it, timed in parts. */
export async function backUp(): Promise<{ collectMs: number; totalMs: number }> {
  const db = new AssayDatabase();
  try {
    const t0 = performance.now();
    const { document, evidence, contents } = await createBackupRepository(db).collect();
    const collectMs = performance.now() - t0;
    await saveBundle({
      kind: 'backup',
      fileName: stampedFileName('Assay automatic backup'),
      creator: 'Assay',
      document: { path: BACKUP_DOCUMENT, value: document },
      evidence,
      contents,
      place: 'backups',
      keep: 3,
    });
    return { collectMs, totalMs: performance.now() - t0 };
  } finally {
    db.close();
  }
}

/** Every table read with plain IndexedDB getAll() in one transaction. */
export const rawReadAll = (): Promise<number> => rawRead();
