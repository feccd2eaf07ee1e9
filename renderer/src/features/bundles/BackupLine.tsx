import type { BackupListing } from '@shared/bundle/opened';
import { useFormat } from '../../ui/use-format';
import { useT } from '../../ui/use-t';
import { countsWords } from './problem-words';

/** A backup of the backups folder in one line: when it was made, its size and, when its manifest says, what it holds. */
export function BackupLine({ backup }: { backup: BackupListing }) {
  const t = useT();
  const format = useFormat();
  return (
    <>
      <strong>{t('backups.listed', { date: format.dateTime(backup.createdAt), size: format.bytes(backup.size) })}</strong>
      {backup.contents && <span className="muted"> · {countsWords(t, backup.contents)}</span>}
    </>
  );
}
