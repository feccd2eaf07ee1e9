import type { Transaction } from 'dexie';
import { readLegacyReportRecord, type Answer } from '@shared/questionnaire/answers';
import type { AnswerDraft, AnswerRow, AssessmentRow } from '../database';

/**
 * The report-kind certification questions of every questionnaire released before version 3, as they were
 * then: a migration reads the data it was written for, never whatever the bank holds later.
 */
export const REPORT_QUESTIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  'cx-platform@1.0.0': new Set(['SEC-SOC2T2', 'SEC-C5', 'SEC-IRAP', 'SEC-PCIDSS']),
};

/**
 * Version 3: report-kind certification answers (SOC 2, C5, PCI DSS …) used to keep the end of
 * the period they cover in `validUntil`. They now state `periodEnd` (and `periodStart` where an
 * issue date before the period end was the only place the start could go); certificates keep
 * `validUntil`. Drafts typed into the old field move to the new one.
 */
export async function upgradeReportPeriodEnd(tx: Transaction): Promise<void> {
  const reportQuestions = new Map<string, ReadonlySet<string>>();
  await tx
    .table('assessments')
    .toCollection()
    .each((assessment: AssessmentRow) => {
      const reports = REPORT_QUESTIONS[`${assessment.questionnaireId}@${assessment.questionnaireVersion}`];
      if (reports) reportQuestions.set(assessment.id, reports);
    });
  await tx
    .table('answers')
    .toCollection()
    .modify((row: AnswerRow) => {
      if (!reportQuestions.get(row.assessmentId)?.has(row.questionId)) return;
      if (row.answer?.status === 'answered') row.answer = { status: 'answered', value: readLegacyReportRecord(row.answer.value) } as Answer;
      if (row.draft) row.draft = reportDraft(row.draft);
    });
}

function reportDraft(draft: AnswerDraft): AnswerDraft {
  const cert = draft.cert;
  if (typeof cert !== 'object' || Array.isArray(cert) || !('validUntil' in cert)) return draft;
  const { validUntil, ...rest } = cert;
  return { ...draft, cert: { ...rest, periodEnd: rest.periodEnd || validUntil || '' } };
}
