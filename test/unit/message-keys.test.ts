import i18next from 'i18next';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { messages, type Language } from '@shared/i18n';
import { isMessageKey, messageKeyOr, type MessageKey } from '@shared/i18n/keys';
import type { RiskFactorId } from '@shared/scoring/risk';
import type { Message } from '../../renderer/src/ui/message';
import { translateIfKey, useT, type Translate } from '../../renderer/src/ui/use-t';

describe('translation keys that arrive at run time', () => {
  it('are keys only when the strings hold them, plural forms by their base key', () => {
    expect(isMessageKey('assessment.errors.noteTooLong')).toBe(true);
    expect(isMessageKey('assessment.finalise.drafts')).toBe(true);
    expect(isMessageKey('assessment.finalise.drafts_one')).toBe(true);
    expect(isMessageKey('assessment.errors')).toBe(false);
    expect(isMessageKey('assessment.errors.noSuchKey')).toBe(false);
    expect(isMessageKey('Too small: expected number to be >=0')).toBe(false);
    expect(isMessageKey('constructor.name')).toBe(false);
    expect(isMessageKey('')).toBe(false);
  });

  it('fall back to a known key when a schema speaks in its own words', () => {
    expect(messageKeyOr('vendors.errors.nameRequired', 'vendors.errors.invalid')).toBe('vendors.errors.nameRequired');
    expect(messageKeyOr('Invalid input', 'vendors.errors.invalid')).toBe('vendors.errors.invalid');
    expect(messageKeyOr(undefined, 'vendors.errors.invalid')).toBe('vendors.errors.invalid');
  });
});

describe('translation keys in the renderer', () => {
  it('fail the type check when a key is misspelt, names a group of strings or a plural form', () => {
    expectTypeOf<Translate>().parameter(0).toEqualTypeOf<MessageKey>();
    expectTypeOf<string>().not.toExtend<MessageKey>();
    expectTypeOf<Message['key']>().toEqualTypeOf<MessageKey>();
    expectTypeOf<`assessment.profile.factor.${RiskFactorId}`>().toExtend<MessageKey>();

    const known: MessageKey[] = ['vendors.title', 'vendors.count', 'assessment.finalise.drafts'];
    // @ts-expect-error misspelt: the strings have vendors.title
    const misspelt: MessageKey = 'vendors.tilte';
    // @ts-expect-error a group of strings, not one
    const group: MessageKey = 'vendors.columns';
    // @ts-expect-error a message names a key of the strings
    const refusal: Message = { key: 'identities.refusals.expird' };
    // @ts-expect-error code asks for a plural form by its base key (vendors.count); i18next picks the form
    const plural: MessageKey = 'vendors.count_one';
    expect(known.every(isMessageKey)).toBe(true);
    expect([misspelt, group, refusal.key].some(isMessageKey)).toBe(false);
    expect(isMessageKey(plural)).toBe(true);
  });

  it('are worded in the UI language by useT, with values and plural forms', async () => {
    const seen: string[] = [];
    const Probe = () => {
      const t = useT();
      seen.push(t('vendors.count', { count: 1 }), t('vendors.countFiltered', { shown: 2, count: 5 }), t('nav.settings'));
      // @ts-expect-error misspelt, so i18next would show the key itself
      seen.push(t('nav.setings'));
      return null;
    };
    const render = async (language: Language) => {
      const i18n = i18next.createInstance();
      await i18n.use(initReactI18next).init({
        lng: language,
        resources: { de: { translation: messages.de }, en: { translation: messages.en } },
        interpolation: { escapeValue: false },
      });
      renderToString(createElement(I18nextProvider, { i18n }, createElement(Probe)));
    };
    await render('en');
    await render('de');
    expect(seen).toEqual(['1 vendor', '2 of 5 vendors', 'Settings', 'nav.setings', '1 Anbieter', '2 von 5 Anbietern', 'Einstellungen', 'nav.setings']);
  });

  it('that arrive at run time are worded only when the strings hold them; other text shows as it is', () => {
    const t: Translate = (key) => `worded ${key}`;
    expect(translateIfKey(t, 'vendors.errors.nameRequired')).toBe('worded vendors.errors.nameRequired');
    expect(translateIfKey(t, 'vendors.count')).toBe('worded vendors.count');
    expect(translateIfKey(t, 'vendors.errors.noSuchKey')).toBe('vendors.errors.noSuchKey');
    expect(translateIfKey(t, 'Error: disk full. Try again.')).toBe('Error: disk full. Try again.');
  });
});
