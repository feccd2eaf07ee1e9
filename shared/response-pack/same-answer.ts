import type { Answer, AnswerValue } from '../questionnaire/answers';

/** A value with object keys in one order and choice lists as sets, so equal answers compare equal. */
function canonical(value: AnswerValue): unknown {
  if (Array.isArray(value)) return [...value].sort();
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  }
  return value;
}

/** Whether two answers say the same. */
export function sameAnswer(a: Answer, b: Answer): boolean {
  if (a.status !== b.status) return false;
  if (a.status === 'na' || b.status === 'na') return true;
  return JSON.stringify(canonical(a.value)) === JSON.stringify(canonical(b.value));
}
