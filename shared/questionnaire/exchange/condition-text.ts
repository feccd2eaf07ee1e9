import { aiAutonomyLevels, criticalityLevels, dataCategories, regulations, sectors, type ProfileCondition } from '../profile';
import type { KnockoutCondition } from '../schema';

/**
 * Conditions written as text a buyer can read and edit in a cell, in the manner of a spreadsheet's AND/OR:
 *
 *   aiAutonomy in (assistive, autonomous)                       the service profile, one value of a list
 *   dataCategories includes (payment)                           the profile lists one of these
 *   requiresEuResidency is true
 *   any(requiresEuResidency is true, sector in (publicSector))  any one of; all(…) for every one; not(…)
 *   DAT-DPA in (no, partial)                                    a knock-out: the answer to a question
 *   SEC-ISO27001 is invalid                                     a knock-out: a certification not valid
 *   profile(not(sector in (retail)))                            a knock-out on a profile condition of more parts
 *
 * Names and keywords are read without regard to case; a semicolon may stand for a comma.
 */

/** Groups inside groups; a questionnaire needs two or three levels. */
export const MAX_CONDITION_DEPTH = 16;

const profileFields = {
  dataCategories: { operator: 'includes', values: dataCategories },
  regulatoryScope: { operator: 'includes', values: regulations },
  aiAutonomy: { operator: 'in', values: aiAutonomyLevels },
  criticality: { operator: 'in', values: criticalityLevels },
  sector: { operator: 'in', values: sectors },
  requiresEuResidency: { operator: 'is', values: ['true', 'false'] },
} as const;
type ProfileField = keyof typeof profileFields;
const fieldNames = Object.keys(profileFields) as ProfileField[];

export type ConditionProblem =
  | { kind: 'syntax'; near: string }
  | { kind: 'end' }
  | { kind: 'depth'; limit: number }
  | { kind: 'field'; field: string; fields: string }
  | { kind: 'subject'; subject: string; fields: string }
  | { kind: 'operator'; field: string; example: string }
  | { kind: 'value'; field: string; value: string; values: string }
  | { kind: 'answer'; question: string };

export type ConditionReading<C> = { ok: true; condition: C } | { ok: false; problem: ConditionProblem };

const WORD = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const QUESTION_ID = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;
const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
const valueText = (value: string) => (WORD.test(value) ? value : quote(value));
const list = (values: readonly string[]) => `(${values.map(valueText).join(', ')})`;

export function profileConditionText(condition: ProfileCondition): string {
  if ('all' in condition) return `all(${condition.all.map(profileConditionText).join(', ')})`;
  if ('any' in condition) return `any(${condition.any.map(profileConditionText).join(', ')})`;
  if ('not' in condition) return `not(${profileConditionText(condition.not)})`;
  if ('is' in condition) return `${condition.field} is ${condition.is}`;
  if ('includes' in condition) return `${condition.field} includes ${list(condition.includes)}`;
  return `${condition.field} in ${list(condition.in)}`;
}

export function knockoutConditionText(condition: KnockoutCondition): string {
  if ('all' in condition) return `all(${condition.all.map(knockoutConditionText).join(', ')})`;
  if ('any' in condition) return `any(${condition.any.map(knockoutConditionText).join(', ')})`;
  if ('answer' in condition) return `${condition.answer} in ${list(condition.in)}`;
  if ('certificationInvalid' in condition) return `${condition.certificationInvalid} is invalid`;
  const profile = condition.profile;
  return 'field' in profile ? profileConditionText(profile) : `profile(${profileConditionText(profile)})`;
}

type Node = { group: 'all' | 'any' | 'not' | 'profile'; parts: Node[] } | { subject: string; operator: string; values: string[] };
interface Token {
  text: string;
  at: number;
  quoted?: true;
}

/** Ends a reading at its first problem; `read` turns it into the answer. */
class Stop {
  constructor(readonly problem: ConditionProblem) {}
}

function tokens(text: string): Token[] {
  const found: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) i += 1;
    else if (c === '(' || c === ')') found.push({ text: c, at: i++ });
    else if (c === ',' || c === ';') found.push({ text: ',', at: i++ });
    else if (c === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        const close = text.indexOf('"', j);
        if (close < 0) throw new Stop({ kind: 'end' });
        value += text.slice(j, close);
        if (text[close + 1] !== '"') {
          j = close + 1;
          break;
        }
        value += '"';
        j = close + 2;
      }
      found.push({ text: value, at: i, quoted: true });
      i = j;
    } else {
      const word = /^[^\s(),;"]+/.exec(text.slice(i, i + 200))![0];
      found.push({ text: word, at: i });
      i += word.length;
    }
  }
  return found;
}

/** A recursive-descent reading of the condition grammar into a tree, before any name is looked up. */
function parse(text: string): Node {
  const list = tokens(text);
  let p = 0;
  /** Whether the next token is this bracket or comma (a quoted one is a value). */
  const at = (mark: string) => list[p]?.text === mark && !list[p]?.quoted;
  const near = (token: Token | undefined): never => {
    if (!token) throw new Stop({ kind: 'end' });
    const rest = text.slice(token.at).trim();
    throw new Stop({ kind: 'syntax', near: rest.length > 24 ? `${rest.slice(0, 24)}…` : rest });
  };
  const expect = (mark: string) => (at(mark) ? p++ : near(list[p]));
  const word = (): Token => {
    const token = list[p];
    if (!token || at('(') || at(')') || at(',')) return near(token);
    p += 1;
    return token;
  };
  const condition = (depth: number): Node => {
    if (depth > MAX_CONDITION_DEPTH) throw new Stop({ kind: 'depth', limit: MAX_CONDITION_DEPTH });
    const first = word();
    const group = first.text.toLowerCase();
    if (!first.quoted && at('(') && (group === 'all' || group === 'any' || group === 'not' || group === 'profile')) {
      p += 1;
      const parts = [condition(depth + 1)];
      while (at(',') && (group === 'all' || group === 'any')) {
        p += 1;
        parts.push(condition(depth + 1));
      }
      expect(')');
      return { group, parts };
    }
    const operator = word().text.toLowerCase();
    const values: string[] = [];
    if (at('(')) {
      p += 1;
      values.push(word().text);
      while (at(',')) {
        p += 1;
        values.push(word().text);
      }
      expect(')');
    } else values.push(word().text);
    return { subject: first.text, operator, values };
  };
  const tree = condition(1);
  if (p < list.length) near(list[p]);
  return tree;
}

const fieldOf = (name: string): ProfileField | undefined => fieldNames.find((field) => field.toLowerCase() === name.toLowerCase());

function profileLeaf(field: ProfileField, node: Extract<Node, { subject: string }>): ProfileCondition {
  const { operator, values } = profileFields[field];
  if (node.operator !== operator || (operator === 'is' && node.values.length !== 1)) {
    throw new Stop({ kind: 'operator', field, example: `${field} ${operator} ${operator === 'is' ? 'true' : `(${values[0]})`}` });
  }
  const chosen = node.values.map((value) => {
    const known = values.find((v) => v.toLowerCase() === value.toLowerCase());
    if (!known) throw new Stop({ kind: 'value', field, value, values: values.join(', ') });
    return known;
  });
  if (operator === 'is') return { field: 'requiresEuResidency', is: chosen[0] === 'true' };
  return { field, [operator]: chosen } as ProfileCondition;
}

function toProfile(node: Node): ProfileCondition {
  if ('group' in node) {
    if (node.group === 'profile') throw new Stop({ kind: 'syntax', near: 'profile' });
    if (node.group === 'not') return { not: toProfile(node.parts[0]!) };
    return node.group === 'all' ? { all: node.parts.map(toProfile) } : { any: node.parts.map(toProfile) };
  }
  const field = fieldOf(node.subject);
  if (field) return profileLeaf(field, node);
  if (QUESTION_ID.test(node.subject)) throw new Stop({ kind: 'answer', question: node.subject });
  throw new Stop({ kind: 'field', field: node.subject, fields: fieldNames.join(', ') });
}

function toKnockout(node: Node): KnockoutCondition {
  if ('group' in node) {
    if (node.group === 'profile') return { profile: toProfile(node.parts[0]!) };
    // A knock-out has no "not" of its own; on the profile it is unambiguous.
    if (node.group === 'not') return { profile: toProfile(node) };
    return node.group === 'all' ? { all: node.parts.map(toKnockout) } : { any: node.parts.map(toKnockout) };
  }
  const field = fieldOf(node.subject);
  if (field) return { profile: profileLeaf(field, node) };
  if (!QUESTION_ID.test(node.subject)) throw new Stop({ kind: 'subject', subject: node.subject, fields: fieldNames.join(', ') });
  if (node.operator === 'in') return { answer: node.subject, in: node.values };
  if (node.operator === 'is' && node.values.length === 1 && node.values[0]!.toLowerCase() === 'invalid') return { certificationInvalid: node.subject };
  throw new Stop({ kind: 'operator', field: node.subject, example: `${node.subject} in (no) · ${node.subject} is invalid` });
}

function read<C>(text: string, convert: (node: Node) => C): ConditionReading<C> {
  try {
    return { ok: true, condition: convert(parse(text)) };
  } catch (error) {
    if (error instanceof Stop) return { ok: false, problem: error.problem };
    throw error;
  }
}

export const readProfileCondition = (text: string): ConditionReading<ProfileCondition> => read(text, toProfile);
export const readKnockoutCondition = (text: string): ConditionReading<KnockoutCondition> => read(text, toKnockout);

/** The questions a knock-out condition tests, by ID, each once, in the order written. */
export function testedQuestions(condition: KnockoutCondition): string[] {
  const ids = new Set<string>();
  const visit = (part: KnockoutCondition): void => {
    if ('all' in part) part.all.forEach(visit);
    else if ('any' in part) part.any.forEach(visit);
    else if ('answer' in part) ids.add(part.answer);
    else if ('certificationInvalid' in part) ids.add(part.certificationInvalid);
  };
  visit(condition);
  return [...ids];
}
