import { useCallback, useEffect, useId, useState } from 'react';
import { BackupLine } from './BackupLine';
import { AUTO_BACKUP_RANGE } from '../../db/settings';
import { BACKUP_DOCUMENT } from '@shared/bundle/backup';
import type { BackupListing } from '@shared/bundle/opened';
import { call } from '../../app/api';
import { useApp } from '../../app/context';
import { useToast } from '../../ui/Toast';
import { FileChooser } from '../../ui/FileChooser';
import { useFormat } from '../../ui/use-format';
import { useT } from '../../ui/use-t';
import { useTopic } from '../../ui/use-topic';
import { failureWords } from './problem-words';
import { RestoreDialog } from './RestoreDialog';
import { saveBundle, stampedFileName } from './save-bundle';
import { bundleStrings } from './strings';
import './bundles.css';

/** Settings' backups: one now, restoring one from a file, and the backups kept in the data folder. */
export function BackupsCard() {
  useTopic(bundleStrings);
  const t = useT();
  const toast = useToast();
  const format = useFormat();
  const { store } = useApp();
  const [busy, setBusy] = useState<{ done: number; total: number } | null>(null);
  const [listed, setListed] = useState<BackupListing[] | undefined>();
  const [withIdentities, setWithIdentities] = useState(false);
  const [restoring, setRestoring] = useState<{ file: File } | { listed: string } | null | undefined>();

  const refresh = useCallback(() => {
    void call('backups:list', {}).then(setListed, () => setListed([]));
  }, []);
  useEffect(refresh, [refresh]);

  const backUp = async () => {
    if (busy) return;
    setBusy({ done: 0, total: 0 });
    try {
      const { document, evidence, contents } = await (await store.backups()).collect();
      const result = await saveBundle(
        {
          kind: 'backup',
          fileName: stampedFileName('Assay backup'),
          creator: 'Assay',
          document: { path: BACKUP_DOCUMENT, value: document },
          evidence,
          contents,
        },
        (done, total) => setBusy({ done, total }),
      );
      if (!('cancelled' in result)) toast(t('backups.saved', { path: result.path }));
    } catch (error) {
      toast(t('backups.failed', { reason: failureWords(t, error) }), 'error');
    } finally {
      setBusy(null);
      refresh();
    }
  };

  return (
    <div className="card card-padded settings-group" data-testid="backups">
      <h2>{t('backups.title')}</h2>
      <p className="muted">{t('backups.intro')}</p>
      <label className="checkbox">
        <input type="checkbox" checked={withIdentities} onChange={(event) => setWithIdentities(event.target.checked)} /> {t('backups.includeIdentities')}
      </label>
      <div className="backup-actions">
        <button type="button" className="button button-primary" onClick={() => void backUp()} disabled={busy !== null}>
          {t('backups.now')}
        </button>
        <FileChooser accept=".assay,application/zip" label={t('backups.restore')} onFile={(file) => setRestoring({ file })} />
      </div>
      {busy && (
        <p role="status">{busy.total > 0 ? t('backups.sending', { done: format.bytes(busy.done), total: format.bytes(busy.total) }) : t('backups.writing')}</p>
      )}
      <AutomaticBackups />
      <h3>{t('backups.kept')}</h3>
      {listed && listed.length === 0 && <p className="muted">{t('backups.none')}</p>}
      {listed && listed.length > 0 && (
        <ul className="backup-list">
          {listed.map((backup) => (
            <li key={backup.name} data-backup={backup.name}>
              <span>
                <BackupLine backup={backup} />
                <span className="muted backup-name">{backup.name}</span>
              </span>
              <button type="button" className="button button-ghost" onClick={() => setRestoring({ listed: backup.name })}>
                {t('backups.restoreThis')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {restoring && <RestoreDialog source={restoring} onClose={() => setRestoring(undefined)} />}
    </div>
  );
}

/** The automatic backups' settings: on or off, how often at most, how many to keep. */
function AutomaticBackups() {
  const t = useT();
  const { store } = useApp();
  const id = useId();
  const [form, setForm] = useState<{ enabled: boolean; interval: string; keep: string } | undefined>();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  useEffect(() => {
    void store.settings.autoBackup().then((value) => setForm({ enabled: value.enabled, interval: String(value.intervalMinutes), keep: String(value.keep) }));
  }, [store]);
  if (!form) return null;

  const save = async () => {
    const intervalMinutes = Number(form.interval);
    const keep = Number(form.keep);
    const { intervalMinutes: i, keep: k } = AUTO_BACKUP_RANGE;
    if (!Number.isInteger(intervalMinutes) || intervalMinutes < i.min || intervalMinutes > i.max || !Number.isInteger(keep) || keep < k.min || keep > k.max) {
      setMessage({ error: true, text: t('backups.automatic.invalid', { minInterval: i.min, maxInterval: i.max, minKeep: k.min, maxKeep: k.max }) });
      return;
    }
    await store.settings.setAutoBackup({ enabled: form.enabled, intervalMinutes, keep });
    setMessage({ error: false, text: t('backups.automatic.saved') });
  };

  return (
    <form
      className="backup-automatic"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3>{t('backups.automatic.title')}</h3>
      <label className="checkbox">
        <input type="checkbox" checked={form.enabled} onChange={(event) => setForm({ ...form, enabled: event.target.checked })} />{' '}
        {t('backups.automatic.enabled')}
      </label>
      <div className="backup-automatic-fields">
        <div className="field">
          <label htmlFor={`${id}-interval`}>{t('backups.automatic.interval')}</label>
          <input
            id={`${id}-interval`}
            className="input"
            inputMode="numeric"
            value={form.interval}
            aria-describedby={`${id}-hint`}
            onChange={(event) => setForm({ ...form, interval: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-keep`}>{t('backups.automatic.keep')}</label>
          <input
            id={`${id}-keep`}
            className="input"
            inputMode="numeric"
            value={form.keep}
            onChange={(event) => setForm({ ...form, keep: event.target.value })}
          />
        </div>
        <button type="submit" className="button">
          {t('backups.automatic.save')}
        </button>
      </div>
      <p id={`${id}-hint`} className="field-hint">
        {t('backups.automatic.intervalHint')}
      </p>
      <BackupFolder />
      {message && (
        <p className={message.error ? 'field-error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </form>
  );
}

/** Where backups are kept without asking: the data folder's, or one the user chose in the system's folder dialog. */
function BackupFolder() {
  const t = useT();
  const [folder, setFolder] = useState<{ folder: string; isDefault: boolean; canChoose: boolean } | undefined>();
  const [error, setError] = useState(false);
  useEffect(() => {
    void call('backups:folder', {}).then(setFolder);
  }, []);
  if (!folder) return null;
  const choose = async () => {
    const result = await call('backups:chooseFolder', {});
    setError('refused' in result);
    if ('folder' in result) setFolder({ ...result, canChoose: folder.canChoose });
  };
  const reset = async () => {
    const result = await call('backups:resetFolder', {});
    setError(false);
    setFolder({ ...result, canChoose: folder.canChoose });
  };
  return (
    <div className="backup-folder" data-testid="backup-folder">
      <p>
        {t('backups.automatic.folder')}: <code>{folder.folder}</code>
        {folder.isDefault && <span className="muted"> ({t('backups.automatic.folderDefault')})</span>}
      </p>
      <div className="backup-actions">
        {folder.canChoose && (
          <button type="button" className="button" onClick={() => void choose()}>
            {t('backups.automatic.chooseFolder')}
          </button>
        )}
        {!folder.isDefault && (
          <button type="button" className="button button-ghost" onClick={() => void reset()}>
            {t('backups.automatic.resetFolder')}
          </button>
        )}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {t('backups.automatic.folderUnusable')}
        </p>
      )}
    </div>
  );
}
