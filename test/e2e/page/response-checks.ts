// Runs inside the app page: reads the app's own database to see what an import wrote.
import { AssayDatabase } from '../../../renderer/src/db/database';

/** Every answer row of the app's database: question, whether it has an answer, and where it came from. */
export async function answerRows(): Promise<{ questionId: string; answered: boolean; value: unknown; source: string | null; confirmed: boolean }[]> {
  const db = new AssayDatabase();
  try {
    const rows = await db.answers.toArray();
    return rows
      .map((row) => ({
        questionId: row.questionId,
        answered: row.answer !== null,
        value: row.answer?.status === 'answered' ? row.answer.value : null,
        source: row.source?.fileName ?? null,
        confirmed: row.source?.confirmedAt !== undefined,
      }))
      .sort((a, b) => a.questionId.localeCompare(b.questionId));
  } finally {
    db.close();
  }
}
