import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certificationRecordSchema, type CertificationRecord } from '@shared/questionnaire/answers';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import type { AnswerSpec, Question } from '@shared/questionnaire/schema';
import { currentUntil } from '@shared/scoring/current-until';
import { formValues } from '../../renderer/src/features/assessments/answer-model';
import { typedCurrentUntil } from '../../renderer/src/features/assessments/certification-marker';

type CertificationSpec = Extract<AnswerSpec, { type: 'certification' }>;

const questions = builtInQuestionnaire.domains.flatMap((d) => d.sections.flatMap((s) => s.questions));
const question = (id: string): Question & { answer: CertificationSpec } => questions.find((q) => q.id === id) as Question & { answer: CertificationSpec };
const soc2 = question('SEC-SOC2T2');
const iso27001 = question('SEC-ISO27001');

/** What the marker of the answer form says for a record typed into it, in the given language. */
function marker(q: Question & { answer: CertificationSpec }, record: CertificationRecord, language: 'de' | 'en' = 'en'): string | undefined {
  return typedCurrentUntil(q.answer, formValues(q, { status: 'answered', value: record }, undefined, language).cert);
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A date a few days either side of 31 Dec 2025, or none: close enough that the dates of a record often tie or cross. */
const nearbyDate = fc.option(
  fc.integer({ min: -4, max: 4 }).map((days) => addDays('2025-12-31', days)),
  { nil: undefined },
);

const defined = (record: Record<string, unknown>) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));

const reportArb = fc
  .record({ periodStart: nearbyDate, periodEnd: nearbyDate, issueDate: nearbyDate, bridgeLetterUntil: nearbyDate })
  .map((dates) => ({ held: 'yes', ...defined(dates) }) as CertificationRecord);
const certificateArb = fc.record({ issueDate: nearbyDate, validUntil: nearbyDate }).map((dates) => ({ held: 'yes', ...defined(dates) }) as CertificationRecord);

/** The fields at which the question's schema refuses the record. */
function refusedAt(q: Question & { answer: CertificationSpec }, record: CertificationRecord): Set<string> {
  const parsed = certificationRecordSchema(q.answer).safeParse(record);
  return new Set(parsed.success ? [] : parsed.error.issues.map((issue) => String(issue.path[0])));
}

describe('the current-until marker of the answer form reads dates as the schema does', () => {
  const cases = [
    { kind: 'report', q: soc2, records: reportArb, from: 'periodEnd' },
    { kind: 'certificate', q: iso27001, records: certificateArb, from: 'validUntil' },
  ] as const;

  for (const { kind, q, records, from } of cases) {
    it(`agrees with the schema on every ${kind}: a date only when the schema takes the date it counts from`, () => {
      fc.assert(
        fc.property(records, fc.constantFrom('de' as const, 'en' as const), (record, language) => {
          const refused = refusedAt(q, record);
          const shown = marker(q, record, language);
          const { bridgeLetterUntil: _bridgeLetter, ...withoutBridgeLetter } = record;
          const counted = refused.has('bridgeLetterUntil') ? withoutBridgeLetter : record;
          expect(shown).toBe(refused.has(from) ? undefined : currentUntil(q.answer, counted));
          if (refused.size === 0) expect(shown).toBe(currentUntil(q.answer, certificationRecordSchema(q.answer).parse(record)));
        }),
        { numRuns: 500 },
      );
    });
  }

  it('says nothing while a report’s period starts after it ends, as the schema refuses the end of the period', () => {
    const record: CertificationRecord = { held: 'yes', periodStart: '2026-01-02', periodEnd: '2025-12-31' };
    expect(refusedAt(soc2, record)).toEqual(new Set(['periodEnd']));
    expect(marker(soc2, record)).toBeUndefined();
    expect(marker(soc2, { ...record, periodStart: '2025-01-01' })).toBe('2026-12-31');
  });

  it('says nothing for a certificate that expires before it was issued', () => {
    expect(marker(iso27001, { held: 'yes', issueDate: '2027-07-01', validUntil: '2027-06-30' })).toBeUndefined();
    expect(marker(iso27001, { held: 'yes', issueDate: '2024-07-01', validUntil: '2027-06-30' })).toBe('2027-06-30');
  });

  it('counts a report from its period alone while its bridge letter is refused, and from the letter once it is taken', () => {
    expect(marker(soc2, { held: 'yes', periodEnd: '2025-12-31', bridgeLetterUntil: '2025-12-31' })).toBe('2026-12-31');
    expect(marker(soc2, { held: 'yes', periodEnd: '2025-12-31', bridgeLetterUntil: '2026-11-30' })).toBe('2027-02-28');
  });

  it('counts text that is no date yet as not given', () => {
    const typed = { ...formValues(soc2, { status: 'answered', value: { held: 'yes', periodEnd: '2025-12-31' } }, undefined, 'en').cert };
    expect(typedCurrentUntil(soc2.answer, { ...typed, bridgeLetterUntil: '30/11/20' })).toBe('2026-12-31');
    expect(typedCurrentUntil(soc2.answer, { ...typed, periodEnd: '31/12/202' })).toBeUndefined();
    expect(typedCurrentUntil(soc2.answer, { ...typed, held: 'inProgress' })).toBeUndefined();
  });
});
