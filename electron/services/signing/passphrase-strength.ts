import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as de from '@zxcvbn-ts/language-de';
import * as en from '@zxcvbn-ts/language-en';

export const MIN_PASSPHRASE_LENGTH = 8;
/** zxcvbn's score 3: at least 10^8 guesses, which scrypt makes years of work offline. */
const MIN_SCORE = 3;
/** Longer input only makes the estimate slower, never weaker than what its start already shows. */
const ESTIMATED_CHARACTERS = 100;

let ready = false;

/**
 * Why a passphrase would not protect a private key, or null when it would: too short, or easy to guess by an
 * attacker who tries common passwords, English and German words and names, dates, keyboard patterns, repeats and
 * the identity's own name and address (`userInputs`). The estimate is zxcvbn's, with its English and German
 * dictionaries.
 */
export function passphraseWeakness(passphrase: string, userInputs: readonly string[] = []): 'short' | 'guessable' | null {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'short';
  if (!ready) {
    zxcvbnOptions.setOptions({ graphs: common.adjacencyGraphs, dictionary: { ...common.dictionary, ...en.dictionary, ...de.dictionary } });
    ready = true;
  }
  // The name as typed, each of its words, and its words run together: a guesser tries all three.
  const inputs = userInputs.flatMap((input) => {
    const words = input.split(/[\s@.,-]+/).filter((word) => word.length >= 3);
    return [input, ...words, words.join('')];
  });
  return zxcvbn(passphrase.slice(0, ESTIMATED_CHARACTERS), inputs).score >= MIN_SCORE ? null : 'guessable';
}
