import { severities, type Question, type Severity } from '../questionnaire/schema';
import type { Finding, FindingKind, QuestionResult } from './types';

/** An answered question scoring below this is weak and becomes a finding. */
export const WEAK_ANSWER_THRESHOLD = 0.75;

const severityRank = (s: Severity) => severities.indexOf(s);

/** A score of 0 carries the question's severity; a partial answer one level less. */
export function findingSeverity(question: Question, score: number): Severity {
  if (score === 0) return question.severity;
  return severities[Math.max(0, severityRank(question.severity) - 1)]!;
}

function finding(question: Question, result: QuestionResult, kind: FindingKind, severity: Severity, validUntil?: string): Finding {
  return {
    id: kind === 'certificationExpiring' ? `F-${question.id}-EXPIRING` : `F-${question.id}`,
    questionId: question.id,
    number: result.number,
    domainId: result.domainId,
    kind,
    severity,
    score: result.score!,
    remediation: question.remediation,
    validUntil,
  };
}

export function findingsFor(question: Question, result: QuestionResult): Finding[] {
  if (result.status !== 'answered' || !result.scored || result.score === null) return [];
  const cert = result.certification;
  const weak = result.score < WEAK_ANSWER_THRESHOLD;
  if (cert?.status === 'expired') return [finding(question, result, 'certificationExpired', question.severity, cert.validUntil)];
  if (cert?.status === 'expiring') {
    const expiring = finding(question, result, 'certificationExpiring', 'medium', cert.validUntil);
    return weak ? [finding(question, result, 'weakAnswer', findingSeverity(question, result.score)), expiring] : [expiring];
  }
  return weak ? [finding(question, result, 'weakAnswer', findingSeverity(question, result.score))] : [];
}

/** Orders display numbers such as "1.10" after "1.9". */
export function compareQuestionNumbers(a: string, b: string): number {
  const dot = (n: string) => n.indexOf('.');
  const domain = Number(a.slice(0, dot(a))) - Number(b.slice(0, dot(b)));
  return domain !== 0 ? domain : Number(a.slice(dot(a) + 1)) - Number(b.slice(dot(b) + 1));
}

/** Most severe first, then by question number. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || compareQuestionNumbers(a.number, b.number) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
