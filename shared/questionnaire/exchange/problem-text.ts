import { interpolate, messages, type Language } from '../../i18n';
import type { Problem } from './problem';

/** A problem in words, outside React (the command line, logs): its key looked up in one language's strings. */
export function problemText(problem: Problem, language: Language): string {
  const template = problem.key
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages[language]);
  return typeof template === 'string' ? interpolate(template, problem.params ?? {}) : problem.key;
}
