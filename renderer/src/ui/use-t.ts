import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isMessageKey, type MessageKey } from '@shared/i18n/keys';

/** What fills a message's `{{name}}` placeholders; `count` also picks its plural form. */
export type MessageValues = Readonly<Record<string, string | number | null | undefined>>;

/** A key of the strings in shared/i18n, worded in the UI language; a key the strings lack is a type error. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/**
 * The UI's `t`. Screens take it from here rather than from react-i18next, whose `t` accepts any
 * string. (Typing i18next's own `t` from the strings made the renderer's type check almost twice as
 * slow, and its types refuse a `MessageKey` variable passed with values.) A new function whenever the
 * language changes, so it can be a memo or effect dependency.
 */
export function useT(): Translate {
  const { t } = useTranslation();
  return useCallback((key, values) => (values === undefined ? t(key) : t(key, values)), [t]);
}

/**
 * A text that arrives at run time, such as a form schema's message or an error's text: worded by `t` when
 * the strings hold it as a key, shown as it is when they do not. The UI's one way from a plain string to a
 * key; everything else passes `MessageKey`s.
 */
export function translateIfKey(t: Translate, text: string): string {
  return isMessageKey(text) ? t(text) : text;
}
