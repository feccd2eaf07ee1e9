import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Question, Questionnaire, Section } from '@shared/questionnaire/schema';
import { scoreAssessment, type ScoringResult } from '@shared/scoring/engine';
import { useApp } from '../../app/context';
import { answerMap } from '../../db/assessments';
import type { AnswerRow, AssessmentRow, EvidenceRow } from '../../db/database';
import type { VendorDetails } from '@shared/domain/vendor-details';

export interface QuestionEntry {
  question: Question;
  section: Section;
  domainIndex: number;
  number: string;
}

export interface LoadedAssessment {
  assessment: AssessmentRow;
  vendor: VendorDetails | undefined;
  questionnaire: Questionnaire;
  rows: Map<string, AnswerRow>;
  evidence: EvidenceRow[];
  result: ScoringResult;
  /** Every question in order, with the ones that apply to this profile. */
  entries: QuestionEntry[];
  applicable: QuestionEntry[];
}

export function flattenQuestions(questionnaire: Questionnaire): QuestionEntry[] {
  return questionnaire.domains.flatMap((domain, domainIndex) => {
    let index = 0;
    return domain.sections.flatMap((section) =>
      section.questions.map((question) => ({ question, section, domainIndex, number: `${domainIndex + 1}.${(index += 1)}` })),
    );
  });
}

/** Everything the assessment screens show, live from the store and scored on every change. */
export function useAssessment(assessmentId: string): LoadedAssessment | null | undefined {
  const { store } = useApp();
  // Evidence is its own query: saving an answer does not re-read the evidence rows, and vice versa.
  const data = useLiveQuery(async () => {
    const assessment = await store.assessments.get(assessmentId);
    if (!assessment) return null;
    const [vendor, rows] = await Promise.all([store.vendors.details(assessment.vendorId), store.assessments.answerRows(assessmentId)]);
    // Last: the questionnaire's questions load outside the database, once.
    const questionnaire = await store.questionnaires.of(assessment);
    return { assessment, vendor, rows, questionnaire };
  }, [store, assessmentId]);
  const evidence = useLiveQuery(() => store.assessments.evidence(assessmentId), [store, assessmentId]);

  const scored = useMemo(() => {
    if (data === undefined || data === null) return data;
    const { questionnaire } = data;
    const entries = flattenQuestions(questionnaire);
    const result = scoreAssessment({
      questionnaire,
      profile: data.assessment.profile,
      answers: answerMap(data.rows),
      domainWeights: data.assessment.domainWeights,
      asOf: data.assessment.assessmentDate,
      override: data.assessment.override,
    });
    const status = new Map(result.questions.map((q) => [q.id, q.status]));
    return {
      ...data,
      questionnaire,
      rows: new Map(data.rows.map((row) => [row.questionId, row])),
      result,
      entries,
      applicable: entries.filter((e) => status.get(e.question.id) !== 'notApplicable'),
    };
  }, [data]);

  return useMemo(() => {
    if (scored === null) return null;
    if (scored === undefined || evidence === undefined) return undefined;
    return { ...scored, evidence };
  }, [scored, evidence]);
}
