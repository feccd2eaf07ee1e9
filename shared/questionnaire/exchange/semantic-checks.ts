import type { KnockoutCondition, Question, Questionnaire } from '../schema';
import type { Problem } from './problem';

const YES_NO_ANSWERS = ['yes', 'partial', 'no'];

/** Every id that appears more than once, with the path of its second appearance. */
function repeated(entries: readonly { id: string; path: string }[]): { id: string; path: string }[] {
  const seen = new Set<string>();
  const twice = new Map<string, string>();
  for (const { id, path } of entries) {
    if (seen.has(id) && !twice.has(id)) twice.set(id, path);
    seen.add(id);
  }
  return [...twice].map(([id, path]) => ({ id, path }));
}

function duplicateProblems(questionnaire: Questionnaire): Problem[] {
  const sections = questionnaire.domains.flatMap((domain, d) => domain.sections.map((section, s) => ({ section, path: `domains[${d}].sections[${s}]` })));
  const questions = sections.flatMap(({ section, path }) => section.questions.map((question, q) => ({ question, path: `${path}.questions[${q}]` })));
  return [
    ...repeated(questions.map(({ question, path }) => ({ id: question.id, path }))).map(({ id }) => ({
      path: `question ${id}`,
      key: 'questionnaires.check.questionTwice' as const,
      params: { id },
    })),
    ...repeated(sections.map(({ section, path }) => ({ id: section.id, path }))).map(({ id, path }) => ({
      path,
      key: 'questionnaires.check.sectionTwice' as const,
      params: { id },
    })),
    ...repeated(questionnaire.knockouts.map((knockout, k) => ({ id: knockout.id, path: `knockouts[${k}]` }))).map(({ id, path }) => ({
      path,
      key: 'questionnaires.check.knockoutTwice' as const,
      params: { id },
    })),
    ...questions.flatMap(({ question, path }) => {
      const options = question.answer.type === 'choice' || question.answer.type === 'multiChoice' ? question.answer.options : [];
      return repeated(options.map((option, o) => ({ id: option.id, path: `${path}.answer.options[${o}]` }))).map((twice) => ({
        path: twice.path,
        key: 'questionnaires.check.optionTwice' as const,
        params: { question: question.id, option: twice.id },
      }));
    }),
  ];
}

/** The answers a knock-out criterion can test a question for, or undefined when its answers are not choices. */
function choosableAnswers(question: Question): readonly string[] | undefined {
  if (question.answer.type === 'yesNo') return YES_NO_ANSWERS;
  if (question.answer.type === 'choice' || question.answer.type === 'multiChoice') return question.answer.options.map((option) => option.id);
  return undefined;
}

function conditionProblems(condition: KnockoutCondition, path: string, knockout: string, questions: ReadonlyMap<string, Question>): Problem[] {
  if ('all' in condition) return condition.all.flatMap((part, i) => conditionProblems(part, `${path}.all[${i}]`, knockout, questions));
  if ('any' in condition) return condition.any.flatMap((part, i) => conditionProblems(part, `${path}.any[${i}]`, knockout, questions));
  if ('profile' in condition) return [];
  const id = 'answer' in condition ? condition.answer : condition.certificationInvalid;
  const at = `${path}.${'answer' in condition ? 'answer' : 'certificationInvalid'}`;
  const question = questions.get(id);
  if (!question) return [{ path: at, key: 'questionnaires.check.knockoutUnknownQuestion', params: { knockout, question: id } }];
  if ('certificationInvalid' in condition) {
    return question.answer.type === 'certification'
      ? []
      : [{ path: at, key: 'questionnaires.check.knockoutNotCertification', params: { knockout, question: id } }];
  }
  const answers = choosableAnswers(question);
  if (!answers) return [{ path: at, key: 'questionnaires.check.knockoutNotChoice', params: { knockout, question: id } }];
  return condition.in.flatMap((answer, i) =>
    answers.includes(answer)
      ? []
      : [{ path: `${path}.in[${i}]`, key: 'questionnaires.check.knockoutUnknownAnswer' as const, params: { knockout, question: id, answer } }],
  );
}

/** What the schema cannot see: ids used twice, knock-out criteria that name what is not there. Each refuses the file. */
export function semanticProblems(questionnaire: Questionnaire): Problem[] {
  const questions = new Map(questionnaire.domains.flatMap((domain) => domain.sections.flatMap((section) => section.questions.map((q) => [q.id, q] as const))));
  return [
    ...duplicateProblems(questionnaire),
    ...questionnaire.knockouts.flatMap((knockout, k) => conditionProblems(knockout.when, `knockouts[${k}].when`, knockout.id, questions)),
  ];
}

/** What makes a questionnaire score less than its author may expect, but does not stop it being used. */
export function semanticWarnings(questionnaire: Questionnaire): Problem[] {
  const unscored = questionnaire.domains.flatMap((domain, d) =>
    domain.sections.some((section) => section.questions.some((question) => question.weight > 0))
      ? []
      : [{ path: `domains[${d}]`, key: 'questionnaires.check.domainUnscored' as const, params: { domain: domain.id } }],
  );
  const weighted = questionnaire.domains.some((domain) => domain.defaultWeight > 0);
  return weighted ? unscored : [...unscored, { path: 'domains', key: 'questionnaires.check.noDomainWeight' }];
}
