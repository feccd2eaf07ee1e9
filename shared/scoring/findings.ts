import { severities, type Question, type Severity } from '../questionnaire/schema';
import type { Finding, QuestionResult } from './types';

/** An answered question scoring below this is weak and becomes a finding. */
export const WEAK_ANSWER_THRESHOLD = 0.75;

const severityRank = (s: Severity) => severities.indexOf(s);

/** A score of 0 carries the question's severity; a partial answer one level less. */
export function findingSeverity(question: Question, score: number): Severity {
  if (score === 0) return question.severity;
  return severities[Math.max(0, severityRank(question.severity) - 1)]!;
}

export function findingsFor(question: Question, result: QuestionResult): Finding[] {
  if (result.status !== 'answered' || !result.scored || result.score === null) return [];
  const base = { questionId: question.id, number: result.number, domainId: result.domainId, remediation: question.remediation, score: result.score };
  const cert = result.certification;
  if (cert?.status === 'expired') {
    return [{ ...base, id: `F-${question.id}`, kind: 'certificationExpired', severity: question.severity, validUntil: cert.validUntil }];
  }
  if (cert?.status === 'expiring') {
    const findings: Finding[] = [
      { ...base, id: `F-${question.id}-EXPIRING`, kind: 'certificationExpiring', severity: 'medium', validUntil: cert.validUntil },
    ];
    if (result.score < WEAK_ANSWER_THRESHOLD) {
      findings.unshift({ ...base, id: `F-${question.id}`, kind: 'weakAnswer', severity: findingSeverity(question, result.score) });
    }
    return findings;
  }
  if (result.score >= WEAK_ANSWER_THRESHOLD) return [];
  return [{ ...base, id: `F-${question.id}`, kind: 'weakAnswer', severity: findingSeverity(question, result.score) }];
}

/** Most severe first, then by question number. */
export function sortFindings(findings: Finding[]): Finding[] {
  const numberKey = (n: string) => n.split('.').map((p) => p.padStart(4, '0')).join('.');
  return [...findings].sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || numberKey(a.number).localeCompare(numberKey(b.number)) || a.id.localeCompare(b.id),
  );
}
