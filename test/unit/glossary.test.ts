import { describe, expect, it } from 'vitest';
import { messages, supportedLanguages } from '@shared/i18n';
import { glossary, type GlossaryEntry } from '@shared/i18n/glossary';
import { bundlesDe, bundlesEn } from '@shared/i18n/bundles';
import { historyDe, historyEn } from '@shared/i18n/history';
import { acceptanceDe, acceptanceEn } from '@shared/i18n/acceptance';

/** The first screen's strings and those that load with their screens. */
const allStrings = { en: { ...messages.en, ...bundlesEn, ...historyEn, ...acceptanceEn }, de: { ...messages.de, ...bundlesDe, ...historyDe, ...acceptanceDe } };

/** Every string of a table with its dot-separated path. */
function strings(table: unknown, path = ''): [string, string][] {
  if (typeof table === 'string') return [[path, table]];
  if (table && typeof table === 'object') return Object.entries(table).flatMap(([key, value]) => strings(value, path ? `${path}.${key}` : key));
  return [];
}

const at = (table: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), table);

const entries = Object.entries(glossary) as [string, GlossaryEntry][];

describe('glossary', () => {
  for (const language of supportedLanguages) {
    it(`has no ${language} string use a wording the glossary rules out`, () => {
      const found = strings(allStrings[language]).flatMap(([path, text]) =>
        entries.flatMap(([concept, entry]) =>
          (entry.not?.[language] ?? []).filter((pattern) => pattern.test(text)).map((pattern) => `${path}: ${concept} ${pattern} in "${text}"`),
        ),
      );
      expect(found).toEqual([]);
    });

    it(`says each term where the ${language} strings name the concept`, () => {
      for (const [concept, entry] of entries) {
        for (const key of entry.keys ?? []) expect(at(messages[language], key), `${concept} at ${key}`).toBe(entry.term[language]);
      }
    });
  }

  it('rules out the German variants seen so far', () => {
    const ruledOut = (text: string) => entries.filter(([, entry]) => (entry.not?.de ?? []).some((pattern) => pattern.test(text))).map(([concept]) => concept);
    expect(ruledOut('Mit Auflagen freigeben')).toEqual(['approveWithConditions']);
    expect(ruledOut('Dieser Bereich verliert 3 Punkte')).toEqual(['domain']);
    expect(ruledOut('Bewertung nach Bereichen')).toEqual(['domain']);
    expect(ruledOut('Trifft nicht zu')).toEqual(['doesNotApply']);
    expect(ruledOut('K.-o.-Regeln')).toEqual(['knockout']);
    expect(ruledOut('Der Geltungsbereich deckt die Leistung ab')).toEqual([]);
    expect(ruledOut('Unter Auflagen freigeben')).toEqual([]);
  });
});
