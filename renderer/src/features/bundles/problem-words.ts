import type { BundleRefusalDto } from '@shared/bundle/opened';
import type { BackupContents } from '@shared/bundle/backup';
import type { LocaleFormat } from '@shared/i18n/format';
import { RepositoryError } from '../../db';
import { TransferError } from '../../app/transfer';
import type { Translate } from '../../ui/use-t';
import { isMessageKey } from '@shared/i18n/keys';
import { failureKind } from '../../ui/failure-message';

/** Why a bundle was refused, in the user's words: the problem, naming the file it concerns. */
export function refusalWords(t: Translate, format: LocaleFormat, refusal: BundleRefusalDto): string {
  return t(`bundles.problems.${refusal.problem}`, {
    name: refusal.name ?? '',
    limit: refusal.limit ?? '',
    size: refusal.limit === undefined ? '' : format.bytes(refusal.limit),
  });
}

/** A failure while copying, checking or importing, without raw exception text. */
export function failureWords(t: Translate, error: unknown): string {
  if (error instanceof RepositoryError) return t(error.messageKey, error.params);
  if (error instanceof TransferError) {
    // A signing identity's refusal (wrong passphrase, expired certificate …) in the words the report export uses.
    const identityRefusal = `export.errors.${error.problem}`;
    if (isMessageKey(identityRefusal)) return t(identityRefusal);
    const known = (['tooLarge', 'tooManyUploads', 'fileMissing'] as const).find((problem) => problem === error.problem);
    return t(`bundles.transfer.${known ?? 'other'}`);
  }
  const kind = failureKind(error);
  return kind === 'failed' ? t('bundles.transfer.other') : t(`common.failures.${kind}`);
}

/** A backup's contents in words: "2 vendors, 1 assessment, 4 evidence files". */
export function countsWords(t: Translate, contents: BackupContents): string {
  return [
    t('backups.counts.vendors', { count: contents.vendors }),
    t('backups.counts.assessments', { count: contents.assessments }),
    t('backups.counts.evidence', { count: contents.evidence }),
  ].join(', ');
}
