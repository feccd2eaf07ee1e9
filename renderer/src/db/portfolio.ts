import { hasPortfolioFigures, portfolioFigures } from '@shared/portfolio';
import { latestFinalByVendor } from '@shared/vendors/summary';
import { scoreAssessment } from '@shared/scoring/engine';
import type { Questionnaire } from '@shared/questionnaire/schema';
import { answerMap } from './assessments';
import { builtInCatalog, type QuestionnaireCatalog } from './questionnaires';
import type { AssayDatabase, AssessmentRow, VendorRow } from './database';

export interface PortfolioData {
  vendors: VendorRow[];
  assessments: AssessmentRow[];
  /**
   * Latest final assessments whose summary predates the portfolio figures (open
   * findings, certifications); `fillFigures` works them out once.
   */
  missingFigures: string[];
}

/** The rows the portfolio dashboard is built from. */
export function createPortfolioRepository(db: AssayDatabase, catalog: QuestionnaireCatalog = builtInCatalog) {
  return {
    /** Every vendor and assessment: one read of each table, in one transaction. Never writes. */
    async read(): Promise<PortfolioData> {
      const [vendors, assessments] = await db.transaction('r', db.vendors, db.assessments, () => Promise.all([db.vendors.toArray(), db.assessments.toArray()]));
      const missingFigures: string[] = [];
      for (const row of latestFinalByVendor(assessments).values()) if (!hasPortfolioFigures(row.summary)) missingFigures.push(row.id);
      return { vendors, assessments, missingFigures };
    },

    /**
     * Scores the given final assessments from their stored answers and finding
     * tracking, and adds the open findings and certifications to their summary,
     * in one transaction. The assessment itself (answers, decision, dates) is not
     * touched; rows that already have the figures, are not final, or cannot be
     * scored (unknown questionnaire) are skipped. Returns how many were filled in.
     */
    async fillFigures(assessmentIds: readonly string[]): Promise<number> {
      if (assessmentIds.length === 0) return 0;
      const questionnaires = new Map<string, Questionnaire>();
      for (const row of await db.assessments.bulkGet([...assessmentIds])) {
        if (!row) continue;
        const questionnaire = await catalog.of(row).catch(() => undefined);
        if (questionnaire) questionnaires.set(row.id, questionnaire);
      }
      return db.transaction('rw', db.assessments, db.answers, db.findings, async () => {
        let filled = 0;
        for (const id of assessmentIds) {
          const row = await db.assessments.get(id);
          if (!row || row.status !== 'final' || !row.summary || hasPortfolioFigures(row.summary)) continue;
          const [answers, tracking] = await Promise.all([
            db.answers.where('assessmentId').equals(id).toArray(),
            db.findings.where('assessmentId').equals(id).toArray(),
          ]);
          const questionnaire = questionnaires.get(id);
          if (!questionnaire) continue;
          let figures;
          try {
            const result = scoreAssessment({
              questionnaire,
              profile: row.profile,
              answers: answerMap(answers),
              domainWeights: row.domainWeights,
              asOf: row.assessmentDate,
              override: row.override,
            });
            figures = portfolioFigures(result, questionnaire, tracking);
          } catch {
            continue;
          }
          await db.assessments.update(id, { summary: { ...row.summary, ...figures } });
          filled += 1;
        }
        return filled;
      });
    },
  };
}

export type PortfolioRepository = ReturnType<typeof createPortfolioRepository>;
