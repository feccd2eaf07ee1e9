import { useEffect, useState } from 'react';
import type { BackupListing } from '@shared/bundle/opened';
import { DATABASE_VERSION } from '../../db/database';
import { useFormat } from '../../ui/use-format';
import { useT } from '../../ui/use-t';
import { useTopic } from '../../ui/use-topic';
import { RestoreDialog } from './RestoreDialog';
import { countsWords } from './problem-words';
import { latestBackup } from './latest-backup';
import { bundleStrings } from './strings';
import './bundles.css';

export type StartProblemKind = { state: 'unreadable' } | { state: 'newer'; found: number };

/**
 * The screen shown instead of the app when its database cannot be used. An unreadable one can be replaced by the
 * latest backup from the backups folder; one written by a newer version is left alone, since only that version can
 * keep it whole. Either way nothing changes until the user confirms a restore.
 */
export default function StartProblem({ problem }: { problem: StartProblemKind }) {
  useTopic(bundleStrings);
  const t = useT();
  const format = useFormat();
  const [latest, setLatest] = useState<BackupListing | null | undefined>(undefined);
  const [restoring, setRestoring] = useState(false);

  useEffect(() => {
    if (problem.state !== 'unreadable') return;
    latestBackup().then(setLatest, () => setLatest(null));
  }, [problem.state]);

  const retry = () => window.location.reload();
  return (
    <main className="start-problem">
      <div className="card card-padded" role="alert" aria-labelledby="start-problem-title">
        <h1 id="start-problem-title">{problem.state === 'newer' ? t('backups.unreadable.newerTitle') : t('backups.unreadable.title')}</h1>
        <p>
          {problem.state === 'newer'
            ? t('backups.unreadable.newerBody', { found: format.quantity(Math.floor(problem.found)), supported: format.quantity(DATABASE_VERSION) })
            : t('backups.unreadable.body')}
        </p>
        {latest === null && <p className="muted">{t('backups.unreadable.none')}</p>}
        {latest && (
          <p>
            {t('backups.unreadable.latest')}{' '}
            <strong>{t('backups.listed', { date: format.dateTime(latest.createdAt), size: format.bytes(latest.size) })}</strong>
            {latest.contents && <span className="muted"> · {countsWords(t, latest.contents)}</span>}
          </p>
        )}
        <div className="start-problem-actions">
          <button type="button" className={latest ? 'button' : 'button button-primary'} onClick={retry}>
            {t('backups.unreadable.retry')}
          </button>
          {latest && (
            <button type="button" className="button button-primary" onClick={() => setRestoring(true)}>
              {t('backups.unreadable.restore')}
            </button>
          )}
        </div>
      </div>
      {restoring && latest && <RestoreDialog source={{ listed: latest.name }} unreadable onClose={() => setRestoring(false)} />}
    </main>
  );
}
