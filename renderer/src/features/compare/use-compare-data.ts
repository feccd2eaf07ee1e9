import { useLiveQuery } from 'dexie-react-hooks';
import type { ComparisonSubjectFacts } from '@shared/compare/build';
import type { RankEntry } from '@shared/compare/rank';
import type { Answer } from '@shared/questionnaire/answers';
import { scoreAssessment } from '@shared/scoring/engine';
import { useApp } from '../../app/context';
import { answerMap } from '../../db/assessments';
import type { Questionnaire } from '@shared/questionnaire/schema';
import type { AssessmentRow } from '../../db/database';
import { latestAssessmentByVendor } from '@shared/vendors/summary';

export const MAX_SELECTED = 12;
export const MIN_SELECTED = 2;

/** A vendor with its latest assessment, which is what can be compared. */
export interface Candidate {
  vendorId: string;
  vendorName: string;
  assessment: AssessmentRow;
}

/** The latest assessment of every vendor that has one, by vendor name. */
export function useCandidates(): Candidate[] | undefined {
  const { store } = useApp();
  return useLiveQuery(async () => {
    const { vendors, assessments } = await store.vendors.withAssessments();
    const latest = latestAssessmentByVendor(assessments);
    return vendors
      .filter((v) => latest.has(v.id))
      .map((v) => ({ vendorId: v.id, vendorName: v.name, assessment: latest.get(v.id)! }))
      .sort((a, b) => a.vendorName.localeCompare(b.vendorName, undefined, { sensitivity: 'base' }));
  }, [store]);
}

/**
 * The decision a finalised assessment was finalised (and signed) with: its stored recommendation and overall
 * score, or, for one received without them, its own weights and override scored again, as its signed report did.
 */
function finalisedDecision(row: AssessmentRow, questionnaire: Questionnaire, answers: Readonly<Record<string, Answer>>): NonNullable<RankEntry['finalised']> {
  if (row.summary) return { recommendation: row.summary.recommendation, score: row.summary.score };
  const result = scoreAssessment({
    questionnaire,
    profile: row.profile,
    answers,
    asOf: row.assessmentDate,
    domainWeights: row.domainWeights,
    ...(row.override && { override: row.override }),
  });
  return { recommendation: result.recommendation.final, score: result.overall.score };
}

/** What the comparison needs of the selected assessments: scoring entries and the facts shown beside the scores. */
export interface CompareData {
  entries: RankEntry[];
  subjects: ComparisonSubjectFacts[];
}

/** The selected candidates as scoring entries with their finding tracking, live from the store. */
export function useCompareData(selected: Candidate[]): CompareData | undefined {
  const { store } = useApp();
  const key = selected.map((c) => `${c.assessment.id}@${c.assessment.updatedAt}`).join(',');
  return useLiveQuery(
    async () => {
      const [rows, tracking] = await Promise.all([
        Promise.all(selected.map((c) => store.assessments.answerRows(c.assessment.id))),
        Promise.all(selected.map((c) => store.assessments.findings(c.assessment.id))),
      ]);
      // Last: the questionnaires load outside the database, once.
      const questionnaires = await Promise.all(selected.map((c) => store.questionnaires.of(c.assessment)));
      return {
        entries: selected.map((c, i): RankEntry => {
          const answers = answerMap(rows[i]!);
          const questionnaire = questionnaires[i]!;
          return {
            id: c.assessment.id,
            vendorName: c.vendorName,
            questionnaire,
            profile: c.assessment.profile,
            answers,
            asOf: c.assessment.assessmentDate,
            ...(c.assessment.override && { override: c.assessment.override }),
            ...(c.assessment.status === 'final' && { finalised: finalisedDecision(c.assessment, questionnaire, answers) }),
          };
        }),
        subjects: selected.map((c, i) => ({
          id: c.assessment.id,
          serviceName: c.assessment.serviceName,
          assessmentDate: c.assessment.assessmentDate,
          status: c.assessment.status,
          tracking: tracking[i]!,
        })),
      };
    },
    // `selected` is fully described by `key`.
    [store, key],
  );
}
