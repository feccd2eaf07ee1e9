import type { MessageKey } from '@shared/i18n/keys';

export type RepositoryErrorCode = 'invalid' | 'duplicate' | 'not_found' | 'finalised' | 'too_large' | 'conflict';

/** A refusal the UI can explain: `messageKey` is an i18n key, `params` fill it. */
export class RepositoryError extends Error {
  constructor(
    readonly code: RepositoryErrorCode,
    readonly messageKey: MessageKey,
    readonly params: Record<string, string> = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.name = 'RepositoryError';
  }
}
