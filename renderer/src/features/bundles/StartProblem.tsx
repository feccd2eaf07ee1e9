import { useEffect, useState } from 'react';
import { BackupLine } from './BackupLine';
import type { BackupListing } from '@shared/bundle/opened';
import type { DatabaseState } from '../../app/database-check';
import { startAfresh } from '../../app/database-check';
import { useApp } from '../../app/context';
import { DATABASE_VERSION } from '../../db/database';
import { Dialog } from '../../ui/Dialog';
import { useFormat } from '../../ui/use-format';
import { useT } from '../../ui/use-t';
import { useTopic } from '../../ui/use-topic';
import { RestoreDialog } from './RestoreDialog';
import { latestBackup } from './latest-backup';
import { bundleStrings } from './strings';
import './bundles.css';

export type StartProblemKind = Exclude<DatabaseState, { state: 'readable' }>;

/**
 * The screen shown instead of the app when its database cannot be used. An unreadable or lost one can be replaced by
 * the latest backup from the backups folder, and a lost one left empty on purpose; one written by a newer version is
 * left alone, since only that version can keep it whole. Nothing changes until the user confirms.
 */
export default function StartProblem({ problem }: { problem: StartProblemKind }) {
  useTopic(bundleStrings);
  const t = useT();
  const format = useFormat();
  const { store } = useApp();
  // A partial loss offers the automatic backup it was found against; the others, the latest backup there is.
  const [latest, setLatest] = useState<BackupListing | null | undefined>(problem.state === 'partial' ? problem.backup : undefined);
  const [step, setStep] = useState<'shown' | 'restoring' | 'startingEmpty' | 'goingOn'>('shown');

  useEffect(() => {
    if (problem.state === 'newer' || problem.state === 'partial') return;
    latestBackup().then(setLatest, () => setLatest(null));
  }, [problem.state]);

  const reload = () => window.location.reload();
  const words = {
    unreadable: { title: t('backups.unreadable.title'), body: t('backups.unreadable.body') },
    lost: { title: t('backups.unreadable.lostTitle'), body: t('backups.unreadable.lostBody') },
    partial: {
      title: t('backups.unreadable.partialTitle'),
      body: t('backups.unreadable.partialBody', {
        missing: format.list(
          problem.state === 'partial'
            ? (['vendors', 'assessments', 'evidence'] as const)
                .filter((kind) => problem.missing[kind] > 0)
                .map((kind) =>
                  t(`backups.unreadable.${kind === 'vendors' ? 'partialVendors' : kind === 'assessments' ? 'partialAssessments' : 'partialEvidence'}`, {
                    count: problem.missing[kind],
                  }),
                )
            : [],
        ),
      }),
    },
    newer: {
      title: t('backups.unreadable.newerTitle'),
      body: t('backups.unreadable.newerBody', {
        found: format.quantity(Math.floor(problem.state === 'newer' ? problem.found : 0)),
        supported: format.quantity(DATABASE_VERSION),
      }),
    },
  }[problem.state];
  return (
    <main className="start-problem">
      <div className="card card-padded" role="alert" aria-labelledby="start-problem-title">
        <h1 id="start-problem-title">{words.title}</h1>
        <p>{words.body}</p>
        {latest === null && <p className="muted">{t('backups.unreadable.none')}</p>}
        {latest && (
          <p>
            {t(problem.state === 'partial' ? 'backups.unreadable.partialBackup' : 'backups.unreadable.latest')} <BackupLine backup={latest} />
          </p>
        )}
        <div className="start-problem-actions">
          <button type="button" className="button" onClick={reload}>
            {t('backups.unreadable.retry')}
          </button>
          {problem.state === 'lost' && (
            <button type="button" className={latest ? 'button' : 'button button-primary'} onClick={() => setStep('startingEmpty')}>
              {t('backups.unreadable.startEmpty')}
            </button>
          )}
          {problem.state === 'partial' && (
            <button type="button" className="button" onClick={() => setStep('goingOn')}>
              {t('backups.unreadable.goOn')}
            </button>
          )}
          {latest && (
            <button type="button" className="button button-primary" onClick={() => setStep('restoring')}>
              {t(problem.state === 'partial' ? 'backups.unreadable.restoreAutomatic' : 'backups.unreadable.restore')}
            </button>
          )}
        </div>
      </div>
      {step === 'restoring' && latest && (
        <RestoreDialog source={{ listed: latest.name }} unreadable={problem.state === 'unreadable'} onClose={() => setStep('shown')} />
      )}
      {step === 'startingEmpty' && (
        <Dialog
          title={t('backups.unreadable.startEmptyTitle')}
          onClose={() => setStep('shown')}
          footer={
            <>
              <button type="button" className="button" onClick={() => setStep('shown')}>
                {t('common.cancel')}
              </button>
              <button type="button" className="button button-primary" onClick={() => void startAfresh(store).then(reload)}>
                {t('backups.unreadable.startEmptyConfirm')}
              </button>
            </>
          }
        >
          <p>{t('backups.unreadable.startEmptyBody')}</p>
        </Dialog>
      )}
      {step === 'goingOn' && (
        <Dialog
          title={t('backups.unreadable.goOnTitle')}
          onClose={() => setStep('shown')}
          footer={
            <>
              <button type="button" className="button" onClick={() => setStep('shown')}>
                {t('common.cancel')}
              </button>
              <button type="button" className="button button-primary" onClick={() => void store.settings.countFromNow().then(reload)}>
                {t('backups.unreadable.goOnConfirm')}
              </button>
            </>
          }
        >
          <p>{t('backups.unreadable.goOnBody')}</p>
        </Dialog>
      )}
    </main>
  );
}
