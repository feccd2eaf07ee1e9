import type { BackupListing } from '@shared/bundle/opened';
import { call } from '../../app/api';

/**
 * The backup to offer when the data on this device is lost or cannot be read: the newest that holds vendors or
 * assessments, else the newest of all. A backup of an empty database, such as the one kept before a restore into it,
 * would bring nothing back. `null` when the backups folder holds none.
 */
export async function latestBackup(): Promise<BackupListing | null> {
  const listed = await call('backups:list', {});
  return listed.find((backup) => backup.contents && backup.contents.vendors + backup.contents.assessments > 0) ?? listed[0] ?? null;
}
