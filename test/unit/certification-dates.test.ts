import { describe, expect, it } from 'vitest';
import { answerSchema, answerValueSchema, type Answer, type CertificationRecord } from '@shared/questionnaire/answers';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { certificationDateFacts } from '@shared/questionnaire/certification-text';
import type { AnswerSpec, Question } from '@shared/questionnaire/schema';
import { certificationState } from '@shared/scoring/answer-score';
import { BRIDGE_LETTER_MONTHS, currentUntil, DEFAULT_REPORT_VALIDITY_MONTHS } from '@shared/scoring/current-until';

type CertificationSpec = Extract<AnswerSpec, { type: 'certification' }>;
const report: CertificationSpec = { type: 'certification', kind: 'report', reportValidityMonths: 12 };
const reportDefault: CertificationSpec = { type: 'certification', kind: 'report' };
const halfYearReport: CertificationSpec = { type: 'certification', kind: 'report', reportValidityMonths: 6 };
const certificate: CertificationSpec = { type: 'certification', kind: 'certificate' };

const questions = builtInQuestionnaire.domains.flatMap((d) => d.sections.flatMap((s) => s.questions));
const question = (id: string): Question => questions.find((q) => q.id === id)!;

/** The SOC 2 Type II report of the example: period 1 Jan – 31 Dec 2025, issued 20 Jan 2026. */
const SOC2: CertificationRecord = {
  held: 'yes',
  certificateId: 'SOC2-2025',
  issuer: 'Ernst & Young LLP',
  periodStart: '2025-01-01',
  periodEnd: '2025-12-31',
  issueDate: '2026-01-20',
};

/** Each failing field with the message key the form shows there. */
function issues(spec: CertificationSpec, value: unknown): { path: (string | number | symbol)[]; message: string }[] {
  const parsed = answerValueSchema(spec).safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path, message: i.message }));
}

describe('what a report states', () => {
  it('accepts a SOC 2 report issued after the period it covers', () => {
    expect(issues(report, SOC2)).toEqual([]);
    expect(answerSchema(question('SEC-SOC2T2')).safeParse({ status: 'answered', value: SOC2 }).success).toBe(true);
  });

  it('refuses a report issued before its period ends, at the issue date', () => {
    expect(issues(report, { ...SOC2, issueDate: '2025-12-30' })).toEqual([
      { path: ['issueDate'], message: 'questionnaire.errors.reportIssuedBeforePeriodEnd' },
    ]);
    expect(issues(report, { ...SOC2, issueDate: '2025-12-31' })).toEqual([]);
  });

  it('needs the end of the period once the report is held', () => {
    expect(issues(report, { held: 'yes', issueDate: '2026-01-20' })).toEqual([{ path: ['periodEnd'], message: 'questionnaire.errors.reportNeedsPeriodEnd' }]);
    expect(issues(report, { held: 'inProgress' })).toEqual([]);
  });

  it('refuses a period that ends before it starts', () => {
    expect(issues(report, { ...SOC2, periodStart: '2026-01-01' })).toEqual([{ path: ['periodEnd'], message: 'questionnaire.errors.reportPeriodOrder' }]);
  });

  it('takes a bridge letter only for the time after the period', () => {
    expect(issues(report, { ...SOC2, bridgeLetterUntil: '2026-03-31' })).toEqual([]);
    expect(issues(report, { ...SOC2, bridgeLetterUntil: '2025-12-31' })).toEqual([
      { path: ['bridgeLetterUntil'], message: 'questionnaire.errors.bridgeLetterBeforePeriodEnd' },
    ]);
  });

  it('has no certificate expiry, and a certificate has no period', () => {
    expect(answerValueSchema(report).safeParse({ ...SOC2, validUntil: '2026-12-31' }).success).toBe(false);
    expect(answerValueSchema(certificate).safeParse({ held: 'yes', validUntil: '2027-06-30', periodEnd: '2026-06-30' }).success).toBe(false);
  });
});

describe('what a certificate states', () => {
  it('needs its expiry, not before its issue date', () => {
    expect(issues(certificate, { held: 'yes', issueDate: '2024-07-01', validUntil: '2027-06-30' })).toEqual([]);
    expect(issues(certificate, { held: 'yes' })).toEqual([{ path: ['validUntil'], message: 'questionnaire.errors.certificateNeedsExpiry' }]);
    expect(issues(certificate, { held: 'yes', issueDate: '2027-07-01', validUntil: '2027-06-30' })).toEqual([
      { path: ['validUntil'], message: 'questionnaire.errors.certificateExpiresBeforeIssue' },
    ]);
  });

  it('gives every error message in both languages', async () => {
    const { messages } = await import('@shared/i18n');
    const keys = [
      'certificateNeedsExpiry',
      'certificateExpiresBeforeIssue',
      'reportNeedsPeriodEnd',
      'reportPeriodOrder',
      'reportIssuedBeforePeriodEnd',
      'bridgeLetterBeforePeriodEnd',
    ] as const;
    for (const language of ['en', 'de'] as const) for (const key of keys) expect(messages[language].questionnaire.errors[key]).toMatch(/\w{4}/);
  });
});

describe('records stored before reports had a period', () => {
  it('read validUntil on a report as the end of its period', () => {
    const parsed = answerValueSchema(report).parse({ held: 'yes', issuer: 'EY', validUntil: '2025-12-31' });
    expect(parsed).toEqual({ held: 'yes', issuer: 'EY', periodEnd: '2025-12-31' });
  });

  it('read an issue date before the period end, which the old form demanded, as the start of the period', () => {
    expect(answerValueSchema(report).parse({ held: 'yes', issueDate: '2025-01-01', validUntil: '2025-12-31' })).toEqual({
      held: 'yes',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    });
    expect(answerValueSchema(report).parse({ held: 'yes', issueDate: '2025-12-31', validUntil: '2025-12-31' })).toEqual({
      held: 'yes',
      issueDate: '2025-12-31',
      periodEnd: '2025-12-31',
    });
  });

  it('leave certificates as they are', () => {
    expect(answerValueSchema(certificate).parse({ held: 'yes', issueDate: '2024-07-01', validUntil: '2027-06-30' })).toEqual({
      held: 'yes',
      issueDate: '2024-07-01',
      validUntil: '2027-06-30',
    });
  });
});

describe('currentUntil: the one rule for how long a record counts', () => {
  it('is the printed expiry of a certificate', () => {
    expect(currentUntil(certificate, { held: 'yes', validUntil: '2027-06-30' })).toBe('2027-06-30');
  });

  it('is the period end plus the question’s validity months for a report, 12 by default', () => {
    expect(DEFAULT_REPORT_VALIDITY_MONTHS).toBe(12);
    expect(currentUntil(report, SOC2)).toBe('2026-12-31');
    expect(currentUntil(reportDefault, SOC2)).toBe('2026-12-31');
    expect(currentUntil(halfYearReport, SOC2)).toBe('2026-06-30');
  });

  it('clamps to the end of a shorter month', () => {
    expect(currentUntil(halfYearReport, { held: 'yes', periodEnd: '2025-08-31' })).toBe('2026-02-28');
    expect(currentUntil(halfYearReport, { held: 'yes', periodEnd: '2027-08-31' })).toBe('2028-02-29');
    expect(currentUntil(report, { held: 'yes', periodEnd: '2024-02-29' })).toBe('2025-02-28');
  });

  it('extends to three months after a bridge letter when that is later', () => {
    expect(BRIDGE_LETTER_MONTHS).toBe(3);
    expect(currentUntil(report, { ...SOC2, bridgeLetterUntil: '2026-11-30' })).toBe('2027-02-28');
    expect(currentUntil(report, { ...SOC2, bridgeLetterUntil: '2026-03-31' })).toBe('2026-12-31');
  });

  it('is what scoring judges a report by', () => {
    expect(certificationState(report, SOC2, '2026-03-02', 90)).toEqual({ status: 'valid', validUntil: '2026-12-31', daysLeft: 304 });
    expect(
      certificationState(report, { ...SOC2, periodEnd: '2024-12-31', periodStart: '2024-01-01', issueDate: '2025-01-20' }, '2026-03-02', 90),
    ).toMatchObject({
      status: 'expired',
      validUntil: '2025-12-31',
    });
    expect(
      certificationState(
        report,
        { ...SOC2, periodEnd: '2024-12-31', periodStart: '2024-01-01', issueDate: '2025-01-20', bridgeLetterUntil: '2026-01-31' },
        '2026-03-02',
        90,
      ),
    ).toMatchObject({
      status: 'expiring',
      validUntil: '2026-04-30',
    });
  });
});

describe('the stated dates, named for what they are', () => {
  it('words a report by its period, issue date and current-until date', () => {
    expect(certificationDateFacts(report, SOC2, 'en')).toEqual(['period 1 Jan – 31 Dec 2025', 'issued 20 Jan 2026', 'current until 31 Dec 2026']);
    expect(certificationDateFacts(report, { ...SOC2, bridgeLetterUntil: '2026-11-30' }, 'de')).toEqual([
      'Prüfzeitraum 01.01. – 31.12.2025',
      'ausgestellt am 20.01.2026',
      'Überbrückungserklärung bis 30.11.2026',
      'aktuell bis 28.02.2027',
    ]);
  });

  it('words a certificate by its issue date and expiry', () => {
    expect(certificationDateFacts(certificate, { held: 'yes', issueDate: '2024-07-01', validUntil: '2027-06-30' }, 'en')).toEqual([
      'issued 1 Jul 2024',
      'current until 30 Jun 2027',
    ]);
  });

  it('reads a record stored in the old shape as its schema does', () => {
    expect(certificationDateFacts(report, { held: 'yes', validUntil: '2025-12-31' }, 'en')).toEqual(['period ending 31 Dec 2025', 'current until 31 Dec 2026']);
  });
});

describe('the bank', () => {
  it('asks for a period, not a validity date, on every attestation report', () => {
    const reports = questions.filter((q) => q.answer.type === 'certification' && q.answer.kind === 'report').map((q) => q.id);
    expect(reports).toEqual(['SEC-SOC2T2', 'SEC-C5', 'SEC-IRAP', 'SEC-PCIDSS']);
    const soc2: Answer = { status: 'answered', value: SOC2 };
    for (const id of reports) expect(answerSchema(question(id)).safeParse(soc2).success, id).toBe(true);
  });
});
