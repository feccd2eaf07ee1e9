import fc from 'fast-check';
import type { Answer, AnswerValue } from '@shared/questionnaire/answers';
import { aiAutonomyLevels, criticalityLevels, dataCategories, regulations, sectors, type ServiceProfile } from '@shared/questionnaire/profile';
import type { Question, Questionnaire } from '@shared/questionnaire/schema';

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const isoDate = fc
  .date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const asOfDate = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const profileArb: fc.Arbitrary<ServiceProfile> = fc.record({
  dataCategories: fc.subarray([...dataCategories]),
  aiAutonomy: fc.constantFrom(...aiAutonomyLevels),
  criticality: fc.constantFrom(...criticalityLevels),
  regulatoryScope: fc.subarray([...regulations]),
  sector: fc.constantFrom(...sectors),
  requiresEuResidency: fc.boolean(),
});

/** Any valid value for a question. */
export function valueArb(question: Question): fc.Arbitrary<AnswerValue> {
  const spec = question.answer;
  switch (spec.type) {
    case 'yesNo':
      return fc.constantFrom('yes', 'partial', 'no');
    case 'choice':
      return fc.constantFrom(...spec.options.map((o) => o.id));
    case 'multiChoice':
      return fc.subarray(spec.options.map((o) => o.id));
    case 'number':
      return fc.double({ min: spec.min ?? -1000, max: spec.max ?? 100_000, noNaN: true, noDefaultInfinity: true });
    case 'date':
      return isoDate;
    case 'text':
      return fc.constantFrom('Documented in the DPA annex.', 'See SOC 2 report, section 4.');
    case 'certification':
      return fc.oneof(
        fc.record({ held: fc.constant('no' as const) }),
        fc.record({ held: fc.constant('inProgress' as const) }),
        spec.kind === 'report'
          ? fc
              .record(
                { held: fc.constant('yes' as const), periodEnd: isoDate, bridgeLetterDays: fc.integer({ min: 1, max: 400 }), scopeCoversService: fc.boolean() },
                { requiredKeys: ['held', 'periodEnd'] },
              )
              .map(({ bridgeLetterDays, ...record }) =>
                bridgeLetterDays === undefined ? record : { ...record, bridgeLetterUntil: addDays(record.periodEnd, bridgeLetterDays) },
              )
          : fc.record({ held: fc.constant('yes' as const), validUntil: isoDate, scopeCoversService: fc.boolean() }, { requiredKeys: ['held', 'validUntil'] }),
      );
  }
}

/** An answer, N/A (where allowed) or nothing, for one question. */
export function answerArb(question: Question): fc.Arbitrary<Answer | undefined> {
  const answered = valueArb(question).map((value): Answer => ({ status: 'answered', value }));
  const options: fc.Arbitrary<Answer | undefined>[] = [answered, answered, fc.constant(undefined)];
  if (question.allowNotApplicable) options.push(fc.constant<Answer>({ status: 'na' }));
  return fc.oneof(...options);
}

export const allQuestions = (questionnaire: Questionnaire) => questionnaire.domains.flatMap((d) => d.sections.flatMap((s) => s.questions));

export function answersArb(questionnaire: Questionnaire): fc.Arbitrary<Record<string, Answer>> {
  const questions = allQuestions(questionnaire);
  return fc.tuple(...questions.map(answerArb)).map((values) => {
    const answers: Record<string, Answer> = {};
    values.forEach((answer, i) => {
      if (answer) answers[questions[i]!.id] = answer;
    });
    return answers;
  });
}

export const domainWeightsArb = fc.record(
  {
    security: fc.integer({ min: 0, max: 10 }),
    aiEthics: fc.integer({ min: 0, max: 10 }),
    dataResidency: fc.integer({ min: 0, max: 10 }),
    resilience: fc.integer({ min: 0, max: 10 }),
    governance: fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: [] },
);
