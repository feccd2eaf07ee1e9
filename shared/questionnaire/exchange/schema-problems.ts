import type { z } from 'zod';
import type { MessageKey } from '../../i18n/keys';
import type { Problem } from './problem';

type Segment = PropertyKey;

/** `['questionnaire', 'domains', 2, 'sections', 0]` → `domains[2].sections[0]`: where in the questionnaire, as its author sees it. */
export function problemPath(path: readonly Segment[]): string {
  const inside = path[0] === 'questionnaire' && path.length > 1 ? path.slice(1) : path;
  if (inside.length === 0) return 'file';
  return inside.reduce<string>(
    (text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${String(segment)}` : String(segment)),
    '',
  );
}

/** What the file holds at a path, to tell a missing field from a wrong one and to name a domain by its id. */
export function valueAt(root: unknown, path: readonly Segment[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

/** The messages of the questionnaire schema's own refinements, by the key that says them to a user. */
const refinementKeys: Record<string, MessageKey> = {
  'free-text questions are unscored (weight 0)': 'questionnaires.schema.textWeight',
  'a date question without age bands is unscored (weight 0)': 'questionnaires.schema.dateWeight',
  'a band needs a bound': 'questionnaires.schema.bandBound',
  'each domain exactly once': 'questionnaires.schema.domainTwice',
};

/** A value from the file, shortened so a hostile file cannot fill the screen through a message. */
const shown = (value: unknown): string => {
  const text = String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

const idText = (value: unknown): string => (typeof value === 'string' ? shown(value) : '?');

function formatKey(path: readonly Segment[]): MessageKey {
  const last = path[path.length - 1];
  if (path.length === 2 && path[0] === 'questionnaire') {
    if (last === 'id') return 'questionnaires.schema.questionnaireIdFormat';
    if (last === 'version') return 'questionnaires.schema.versionFormat';
  }
  if (path[1] === 'domains' && path.length === 4 && last === 'id') return 'questionnaires.schema.domainIdFormat';
  if (path.includes('options')) return 'questionnaires.schema.optionIdFormat';
  if (last === 'id' || last === 'answer' || last === 'certificationInvalid') return 'questionnaires.schema.idFormat';
  return 'questionnaires.schema.format';
}

/** An empty list of sections or questions, said as the domain or section that has no questions. */
function emptyListProblem(file: unknown, path: readonly Segment[]): Problem | undefined {
  const last = path[path.length - 1];
  if (path[1] !== 'domains' || (last !== 'sections' && last !== 'questions')) return undefined;
  const domain = valueAt(file, path.slice(0, 3));
  const sections = valueAt(domain, ['sections']);
  const domainEmpty =
    last === 'sections' ||
    (Array.isArray(sections) &&
      sections.every((section) => Array.isArray(valueAt(section, ['questions'])) && valueAt(section, ['questions', 0]) === undefined));
  if (domainEmpty) return { path: problemPath(path.slice(0, 3)), key: 'questionnaires.check.domainEmpty', params: { domain: idText(valueAt(domain, ['id'])) } };
  return {
    path: problemPath(path.slice(0, -1)),
    key: 'questionnaires.check.sectionEmpty',
    params: { section: idText(valueAt(file, [...path.slice(0, -1), 'id'])) },
  };
}

const NAMED_TYPES = ['string', 'number', 'boolean', 'object', 'array'] as const;

/** The type zod expected, as one the strings name. */
function expectedType(expected: string): (typeof NAMED_TYPES)[number] | 'other' {
  return NAMED_TYPES.find((t) => t === expected) ?? 'other';
}

function issueProblem(issue: z.core.$ZodIssue, file: unknown): Problem {
  const path = issue.path;
  const at = problemPath(path);
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(file, path) === undefined) return { path: at, key: 'questionnaires.schema.missing' };
      return { path: at, key: `questionnaires.schema.type.${expectedType(issue.expected)}` };
    case 'too_small':
      if (issue.origin === 'array')
        return emptyListProblem(file, path) ?? { path: at, key: 'questionnaires.schema.tooFew', params: { minimum: Number(issue.minimum) } };
      if (issue.origin === 'string') return { path: at, key: 'questionnaires.schema.emptyText' };
      return { path: at, key: 'questionnaires.schema.tooSmall', params: { minimum: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'array') return { path: at, key: 'questionnaires.schema.tooMany', params: { maximum: Number(issue.maximum) } };
      return { path: at, key: 'questionnaires.schema.tooBig', params: { maximum: Number(issue.maximum) } };
    case 'invalid_format':
      return { path: at, key: formatKey(path) };
    case 'unrecognized_keys':
      return { path: at, key: 'questionnaires.schema.unknownFields', params: { fields: issue.keys.slice(0, 5).map(shown).join(', ') } };
    case 'invalid_value':
      return { path: at, key: 'questionnaires.schema.oneOf', params: { values: issue.values.map(shown).join(', ') } };
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator === 'type') return { path: at, key: 'questionnaires.schema.answerType' };
      return { path: at, key: 'questionnaires.schema.condition' };
    case 'custom':
      return { path: at, key: refinementKeys[issue.message] ?? 'questionnaires.schema.invalid' };
    default:
      return { path: at, key: 'questionnaires.schema.invalid' };
  }
}

/** The schema's complaints about a file, in the file's order, each said once. */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], file: unknown): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const issue of issues) {
    const problem = issueProblem(issue, file);
    const id = `${problem.path}|${problem.key}|${JSON.stringify(problem.params ?? {})}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem);
  }
  return problems;
}
