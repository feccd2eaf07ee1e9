import type { Store } from '../db';
import type { BackupCounts } from '../db/settings';
import { DAILY_STEM, ROLLING_STEM } from '@shared/bundle/backup';
import type { BackupListing } from '@shared/bundle/opened';
import { call } from './api';

export type DatabaseState =
  | { state: 'readable' }
  | { state: 'unreadable' }
  | { state: 'newer'; found: number }
  /** Empty, while the data folder remembers a database that was used here: cleared or damaged, not new. */
  | { state: 'lost' }
  /** Holds less than the last automatic backup, and no removal in Assay explains it: `missing` of each kind. */
  | { state: 'partial'; backup: BackupListing; missing: BackupCounts };

const newDatabaseId = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * Checks the database before the first screen, so that damaged storage is never used silently. It must open and be
 * of a version this app knows (store.health), and it must not be empty while the data folder remembers a database:
 * every database gets an id at its first start, kept in it and in the data folder. Nothing is written to a database
 * that fails the check; one that passes has its id, and the data folder remembers it.
 */
export async function checkDatabase(store: Store): Promise<DatabaseState> {
  const health = await store.health();
  if (health.state !== 'readable') return health;
  const [id, { id: remembered }] = await Promise.all([store.settings.databaseId(), call('database:marker', {})]);
  if (id) {
    // Another id than remembered: a database restored or brought from elsewhere, which is the one in use now.
    if (id !== remembered) await call('database:setMarker', { id });
    return (await partialLoss(store)) ?? health;
  }
  if (remembered && (await store.isEmpty())) return { state: 'lost' };
  // New, or from before databases had ids.
  await startAfresh(store);
  return health;
}

/** Gives the database a new id, remembered in the data folder: after a first start, or when the user chooses to begin anew. */
export async function startAfresh(store: Store): Promise<void> {
  const id = newDatabaseId();
  await store.settings.setDatabaseId(id);
  await call('database:setMarker', { id });
}

/**
 * Whether rows went missing since the last automatic backup: fewer vendors, assessments or evidence files than its
 * manifest lists, beyond what was removed in Assay since it was made.
 */
async function partialLoss(store: Store): Promise<DatabaseState | undefined> {
  const listed = await call('backups:list', {});
  const backup = listed.find((item) => item.contents && (item.name.startsWith(ROLLING_STEM) || item.name.startsWith(DAILY_STEM)));
  if (!backup?.contents) return undefined;
  const counts = await store.settings.countsSince(backup.createdAt);
  if (!counts) return undefined;
  const short = (kind: keyof BackupCounts) => Math.max(0, backup.contents![kind] - counts.here[kind] - counts.removed[kind]);
  const missing = { vendors: short('vendors'), assessments: short('assessments'), evidence: short('evidence') };
  return missing.vendors + missing.assessments + missing.evidence > 0 ? { state: 'partial', backup, missing } : undefined;
}
