import { answerSchema, type Answer } from '@shared/questionnaire/answers';
import { questionsById } from '@shared/questionnaire/questions';
import type { AnswerSource, NewAnswerSource } from '@shared/response-pack/source';
import { answerVersion, type AnswerRow, type AssayDatabase } from './database';
import { RepositoryError } from './errors';
import { appendAudit } from './audit';
import { answerItem, answerKey } from '@shared/audit/items';
import { refOf, type QuestionnaireCatalog } from './questionnaires';

/** An answer from a vendor's file, as the assessor chose to take it. */
export interface ImportedAnswer {
  questionId: string;
  answer: Answer;
  source: NewAnswerSource;
}

/**
 * Answers from the vendor's files: a filled response pack, or accepted CAIQ suggestions. Applying is one
 * transaction: every answer is checked against its question again and the assessment must still be a draft, or
 * nothing is written. Each answer keeps its source; the assessor's notes stay as they are.
 */
export function createImportedAnswerRepository(db: AssayDatabase, catalog: QuestionnaireCatalog, now: () => Date = () => new Date()) {
  return {
    async apply(assessmentId: string, answers: readonly ImportedAnswer[]): Promise<number> {
      const row = await db.assessments.get(assessmentId);
      if (!row) throw new RepositoryError('not_found', 'assessment.errors.notFound');
      const questions = questionsById(await catalog.load(refOf(row)));
      const importedAt = now().toISOString();
      const checked = answers.map((given) => {
        const question = questions.get(given.questionId);
        const parsed = question && answerSchema(question).safeParse(given.answer);
        if (!parsed?.success) throw new RepositoryError('invalid', 'assessment.errors.invalidAnswer', { id: given.questionId });
        const source = { ...given.source, fileName: given.source.fileName.slice(0, 260), importedAt, vendorAnswer: parsed.data } as AnswerSource;
        return { questionId: given.questionId, answer: parsed.data, source };
      });
      await db.transaction('rw', db.assessments, db.answers, db.audit, async () => {
        const current = await db.assessments.get(assessmentId);
        if (!current) throw new RepositoryError('not_found', 'assessment.errors.notFound');
        if (current.status === 'final') throw new RepositoryError('finalised', 'responsePacks.refusals.finalised');
        const existing = new Map((await db.answers.where('assessmentId').equals(assessmentId).toArray()).map((r) => [r.questionId, r]));
        const rows: AnswerRow[] = checked.map(({ questionId, answer, source }) => {
          const note = existing.get(questionId)?.note;
          return {
            assessmentId,
            questionId,
            answer,
            source,
            updatedAt: importedAt,
            version: answerVersion(existing.get(questionId)) + 1,
            ...(note && { note }),
          };
        });
        await db.answers.bulkPut(rows);
        await db.assessments.update(assessmentId, { updatedAt: importedAt });
        const files = [...new Set(checked.map(({ source }) => source.fileName))].join(', ').slice(0, 500);
        await appendAudit(db, {
          assessmentId,
          at: importedAt,
          by: current.assessor,
          kind: 'responses',
          items: Object.fromEntries(rows.map((answer) => [answerKey(answer.questionId), answerItem(answer)])),
          detail: { file: files },
        });
      });
      return checked.length;
    },

    /** The assessor has reviewed the vendor's answer and stands by it. */
    async confirm(assessmentId: string, questionId: string): Promise<void> {
      await db.transaction('rw', db.assessments, db.answers, db.audit, async () => {
        const assessment = await db.assessments.get(assessmentId);
        if (!assessment) throw new RepositoryError('not_found', 'assessment.errors.notFound');
        if (assessment.status === 'final') throw new RepositoryError('finalised', 'assessment.errors.finalised');
        const row = await db.answers.get([assessmentId, questionId]);
        if (!row?.source) return;
        const at = now().toISOString();
        // The answer and note stay as they are, so a form open on them stays in step: no new version.
        const confirmed: AnswerRow = { ...row, source: { ...row.source, confirmedAt: at } };
        await db.answers.put(confirmed);
        await appendAudit(db, { assessmentId, at, by: assessment.assessor, kind: 'confirmed', items: { [answerKey(questionId)]: answerItem(confirmed) } });
      });
    },
  };
}

export type ImportedAnswerRepository = ReturnType<typeof createImportedAnswerRepository>;
