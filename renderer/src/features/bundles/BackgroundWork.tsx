import { useEffect, useState } from 'react';
import { BackupLine } from './BackupLine';
import type { BackupListing } from '@shared/bundle/opened';
import { useApp } from '../../app/context';
import { Dialog } from '../../ui/Dialog';
import { useT } from '../../ui/use-t';
import { useTopic } from '../../ui/use-topic';
import { startAutoBackups } from './auto-backup';
import { RestoreDialog } from './RestoreDialog';
import { latestBackup } from './latest-backup';
import { bundleStrings } from './strings';

/**
 * What runs beside every screen once the first one is up: automatic backups, and at start-up, when the database is
 * empty but the data folder keeps backups (the browser profile was lost or cleared), the offer to restore the latest.
 */
export default function BackgroundWork() {
  useTopic(bundleStrings);
  const t = useT();
  const { store } = useApp();
  const [offer, setOffer] = useState<BackupListing | null>(null);
  const [restoring, setRestoring] = useState<string | null>(null);

  useEffect(() => startAutoBackups(store), [store]);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      if (!(await store.isEmpty())) return;
      const latest = await latestBackup();
      if (!cancelled && latest) setOffer(latest);
    })().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [store]);

  if (restoring) return <RestoreDialog source={{ listed: restoring }} onClose={() => setRestoring(null)} />;
  if (!offer) return null;
  const decline = () => {
    setOffer(null);
    void store.settings.declineRecovery();
  };
  return (
    <Dialog
      title={t('backups.recovery.title')}
      onClose={decline}
      footer={
        <>
          <button type="button" className="button" onClick={decline}>
            {t('backups.recovery.later')}
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setRestoring(offer.name);
              setOffer(null);
            }}
          >
            {t('backups.recovery.restore')}
          </button>
        </>
      }
    >
      <p>{t('backups.recovery.body')}</p>
      <p>
        <BackupLine backup={offer} />
      </p>
    </Dialog>
  );
}
