import fc from 'fast-check';
import { aiAutonomyLevels, criticalityLevels, sectors, type ProfileCondition } from '@shared/questionnaire/profile';
import {
  MAX_DOMAINS,
  questionnaireSchema,
  severities,
  type AnswerSpec,
  type KnockoutCondition,
  type Questionnaire,
  type QuestionnaireInput,
} from '@shared/questionnaire/schema';

type QuestionInput = QuestionnaireInput['domains'][number]['sections'][number]['questions'][number];
type AnswerInput = QuestionInput['answer'];

/** Any text a questionnaire author might write, umlauts, emoji and quotes included. */
const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }).filter((s) => s.trim().length > 0);
const localized = fc.record({ en: text, de: text });
/** Numbers that survive JSON exactly: halves and hundredths, never -0. */
const weight = fc.integer({ min: 0, max: 20 }).map((n) => n / 2);
const score = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
const bands = fc.array(
  fc.oneof(
    fc.record({ atLeast: fc.integer({ min: -100, max: 100 }), score }),
    fc.record({ atMost: fc.integer({ min: -100, max: 100 }), score }),
    fc.record({ atLeast: fc.integer({ min: -100, max: 0 }), atMost: fc.integer({ min: 0, max: 100 }), score }),
  ),
  { minLength: 1, maxLength: 3 },
);
const options = fc
  .integer({ min: 2, max: 4 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => fc.record({ id: fc.constant(`option${i}`), label: localized, score }))));

const answerSpec: fc.Arbitrary<AnswerInput> = fc.oneof(
  fc.constant({ type: 'yesNo' as const }),
  fc.record({ type: fc.constant('yesNo' as const), scores: fc.record({ yes: score, partial: score, no: score }) }),
  fc.record({ type: fc.constant('choice' as const), options }),
  fc.record({ type: fc.constant('multiChoice' as const), options }),
  fc.record({ type: fc.constant('number' as const), unit: localized, bands }, { requiredKeys: ['type', 'unit', 'bands'] }),
  fc.record({ type: fc.constant('date' as const), ageBands: bands }),
  fc.constant({ type: 'date' as const }),
  fc.constant({ type: 'text' as const }),
  fc.record({ type: fc.constant('certification' as const), kind: fc.constant('certificate' as const) }),
  fc.record({ type: fc.constant('certification' as const), kind: fc.constant('report' as const), reportValidityMonths: fc.integer({ min: 1, max: 24 }) }),
);

const profileCondition: fc.Arbitrary<ProfileCondition> = fc.oneof(
  fc.record({ field: fc.constant('aiAutonomy' as const), in: fc.subarray([...aiAutonomyLevels], { minLength: 1 }) }),
  fc.record({ field: fc.constant('criticality' as const), in: fc.subarray([...criticalityLevels], { minLength: 1 }) }),
  fc.record({ field: fc.constant('sector' as const), in: fc.subarray([...sectors], { minLength: 1 }) }),
  fc.record({ field: fc.constant('requiresEuResidency' as const), is: fc.boolean() }),
);

/** Unscored types must weigh 0; everything else any weight. */
const unscored = (answer: AnswerInput) => answer.type === 'text' || (answer.type === 'date' && answer.ageBands === undefined);

function question(id: string): fc.Arbitrary<QuestionInput> {
  return fc
    .record(
      {
        text: localized,
        guidance: localized,
        evidence: localized,
        references: fc.array(fc.record({ framework: fc.constantFrom('ISO/IEC 27001', 'GDPR', 'In-house'), ref: text }), { minLength: 1, maxLength: 2 }),
        weight,
        answer: answerSpec,
        allowNotApplicable: fc.boolean(),
        appliesWhen: profileCondition,
        severity: fc.constantFrom(...severities),
        remediation: localized,
      },
      { requiredKeys: ['text', 'guidance', 'evidence', 'references', 'weight', 'answer', 'allowNotApplicable', 'severity', 'remediation'] },
    )
    .map((q) => ({ id, ...q, weight: unscored(q.answer) ? 0 : q.weight }));
}

/** A condition a knock-out criterion may state about one question, given how it is answered. */
function answerCondition(id: string, answer: AnswerSpec): fc.Arbitrary<KnockoutCondition> | undefined {
  if (answer.type === 'yesNo') return fc.subarray(['yes', 'partial', 'no'], { minLength: 1 }).map((values) => ({ answer: id, in: values }));
  if (answer.type === 'choice' || answer.type === 'multiChoice') {
    return fc
      .subarray(
        answer.options.map((o) => o.id),
        { minLength: 1 },
      )
      .map((values) => ({ answer: id, in: values }));
  }
  if (answer.type === 'certification') return fc.constant({ certificationInvalid: id });
  return undefined;
}

function knockouts(questionnaire: Questionnaire): fc.Arbitrary<QuestionnaireInput['knockouts']> {
  const leaves = questionnaire.domains
    .flatMap((d) => d.sections.flatMap((s) => s.questions))
    .flatMap((q) => answerCondition(q.id, q.answer) ?? [])
    .concat(profileCondition.map((profile) => ({ profile })));
  const condition = fc.oneof(
    fc.oneof(...leaves),
    fc.array(fc.oneof(...leaves), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    fc.array(fc.oneof(...leaves), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
  );
  return fc
    .array(fc.record({ title: localized, rationale: localized, when: condition }), { maxLength: 3 })
    .map((rules) => rules.map((rule, k) => ({ id: `KO-${k + 1}`, ...rule })));
}

/**
 * Valid questionnaires of every shape the schema allows at a small size: one to four domains of one or two
 * sections, every answer type, conditions, defaults left out or written, and knock-out criteria on real questions.
 */
export const questionnaireArb: fc.Arbitrary<Questionnaire> = fc
  .uniqueArray(fc.stringMatching(/^[a-z][A-Za-z0-9]{0,9}$/), { minLength: 1, maxLength: Math.min(4, MAX_DOMAINS) })
  .chain((domainIds) =>
    fc.record({
      id: fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/),
      version: fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map((parts) => parts.join('.')),
      title: localized,
      domains: fc.tuple(
        ...domainIds.map((id, d) =>
          fc.record({
            id: fc.constant(id),
            title: localized,
            description: localized,
            defaultWeight: weight,
            sections: fc.integer({ min: 1, max: 2 }).chain((count) =>
              fc.tuple(
                ...Array.from({ length: count }, (_, s) =>
                  fc.record({
                    id: fc.constant(`S${d}-${s}`),
                    title: localized,
                    questions: fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => question(`Q${d}-${s}-${k}`)))),
                  }),
                ),
              ),
            ),
          }),
        ),
      ),
      knockouts: fc.constant([]),
    }),
  )
  .map((input) => questionnaireSchema.parse(input))
  .chain((questionnaire) => knockouts(questionnaire).map((rules) => questionnaireSchema.parse({ ...questionnaire, knockouts: rules })));

/** The same value with every object's keys in reverse order, as another tool might write it. */
export function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversedKeys(v)]),
    ) as T;
  return value;
}
