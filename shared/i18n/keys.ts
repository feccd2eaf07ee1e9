import { en } from './en';
import type { bundlesEn } from './bundles';
import type { historyEn } from './history';
import type { acceptanceEn } from './acceptance';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${WithoutPlural<K>}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/**
 * Strings that load with the screens that use them (renderer/src/ui/use-topic.ts) rather than with the first
 * screen. Their keys are keys like any other; only `isMessageKey`, which reads the first screen's strings, does
 * not know them.
 */
export type LazyStrings = typeof bundlesEn & typeof historyEn & typeof acceptanceEn;

/** Every translation key, as `t` takes it (plural forms by their base key); a key not in the strings is a type error. */
export type MessageKey = Leaves<typeof en & LazyStrings>;

const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * Whether a text that arrives at run time (a schema's message, a stored code) is a translation key:
 * the one place where a plain string becomes a MessageKey.
 */
export function isMessageKey(text: string): text is MessageKey {
  const parts = text.split('.');
  const last = parts.pop()!;
  let node: unknown = en;
  for (const part of parts) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== 'object' || node === null) return false;
  const leaf = node as Record<string, unknown>;
  return typeof leaf[last] === 'string' || PLURAL_SUFFIXES.some((suffix) => typeof leaf[`${last}_${suffix}`] === 'string');
}

/** A run-time text as a key, or the fallback when it is none. */
export const messageKeyOr = (text: string | undefined, fallback: MessageKey): MessageKey => (text !== undefined && isMessageKey(text) ? text : fallback);
