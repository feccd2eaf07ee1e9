import type { MessageKey } from '@shared/i18n/keys';

/** A message to show in the current language: an i18n key and its parameters. */
export interface Message {
  key: MessageKey;
  params?: Record<string, string | number>;
}
