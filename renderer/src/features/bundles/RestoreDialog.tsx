import { useEffect, useRef, useState } from 'react';
import { BACKUP_DOCUMENT, IDENTITY_PATH, backupDocumentSchema, type BackupContents } from '@shared/bundle/backup';
import { call } from '../../app/api';
import { useApp } from '../../app/context';
import { receiveFile, receiveText, sendFile, TransferError } from '../../app/transfer';
import type { PreparedRestore } from '../../db/backup';
import { DATABASE_VERSION } from '../../db/database';
import { Dialog } from '../../ui/Dialog';
import { FileChooser } from '../../ui/FileChooser';
import { useFormat } from '../../ui/use-format';
import { useT } from '../../ui/use-t';
import { useTopic } from '../../ui/use-topic';
import { countsWords, failureWords, refusalWords } from './problem-words';
import { saveBundle, stampedFileName } from './save-bundle';
import { bundleStrings } from './strings';
import { openStored, useHeldFiles } from './held-files';
import './bundles.css';

type Source = { file: File } | { listed: string } | null;

type Step =
  | { at: 'choose' }
  | { at: 'reading'; done: number; total: number }
  | { at: 'checking' }
  | { at: 'refused'; message: string }
  | { at: 'ready'; prepared: PreparedRestore; appVersion: string; current: BackupContents | null; identities: string[] }
  | { at: 'restoring' }
  | { at: 'done'; file: string | null; identities: number };

/**
 * Restores a backup, from a file or from the data folder's backups: it is copied to the Node side and checked there
 * (every byte against its manifest), then loaded, upgraded and checked row by row in a scratch database; only then
 * does the user confirm, the current state is saved as a backup of its own, and one transaction replaces the
 * database. A refusal at any step changes nothing. With `unreadable`, the database could not be opened: there is
 * nothing to keep, and the confirmed restore deletes it and makes it anew.
 */
export function RestoreDialog({ source, unreadable = false, onClose }: { source: Source; unreadable?: boolean; onClose: () => void }) {
  useTopic(bundleStrings);
  const t = useT();
  const format = useFormat();
  const { store } = useApp();
  const [step, setStep] = useState<Step>({ at: 'choose' });
  const { hold, release } = useHeldFiles();
  const started = useRef(false);

  const refuse = (reason: string) => setStep({ at: 'refused', message: t('backups.refused', { reason }) });

  const read = async (chosen: Exclude<Source, null>) => {
    release();
    try {
      let sha256: string;
      if ('file' in chosen) {
        setStep({ at: 'reading', done: 0, total: chosen.file.size });
        sha256 = await sendFile(chosen.file, (done, total) => setStep({ at: 'reading', done, total }));
      } else {
        setStep({ at: 'checking' });
        const staged = await call('backups:stage', { name: chosen.listed });
        if ('refused' in staged) throw new TransferError(staged.refused);
        sha256 = staged.sha256;
      }
      setStep({ at: 'checking' });
      const opened = await openStored(sha256, 'backup');
      if (!opened.ok) {
        refuse(opened.refusal.problem === 'wrongKind' ? t('backups.wrongKind') : refusalWords(t, format, opened.refusal));
        return;
      }
      hold([opened.document.sha256, ...opened.files.map((f) => f.sha256)]);
      const document = backupDocumentSchema.safeParse(JSON.parse(await receiveText(opened.document.sha256, opened.document.size)));
      if (!document.success) {
        refuse(t('backups.errors.damaged', { detail: BACKUP_DOCUMENT }));
        return;
      }
      const evidence = new Map<string, Blob>();
      const identities = opened.files.filter((file) => IDENTITY_PATH.test(file.path)).map((file) => file.sha256);
      for (const file of opened.files) if (!IDENTITY_PATH.test(file.path)) evidence.set(file.sha256, await receiveFile(file.sha256, file.size));
      const backups = await store.backups();
      const prepared = await backups.prepare(document.data, evidence);
      const current = unreadable ? null : (await backups.collect()).contents;
      // The identity files stay in the store until the restore puts them back; the rest is read and released.
      release(identities);
      setStep({ at: 'ready', prepared, appVersion: opened.appVersion, current, identities });
    } catch (error) {
      release();
      refuse(failureWords(t, error));
    }
  };

  useEffect(() => {
    // A backup chosen from the list is read at once; a file waits for the chooser.
    if (started.current || !source) return;
    started.current = true;
    void read(source);
  });

  const restore = async () => {
    if (step.at !== 'ready') return;
    const { prepared, identities } = step;
    setStep({ at: 'restoring' });
    try {
      const backups = await store.backups();
      let file: string | null = null;
      if (unreadable) await backups.replaceUnreadable(prepared);
      else {
        // First the state it replaces, as a backup of its own: a restore can be undone.
        const before = await backups.collect();
        const fileName = stampedFileName('Assay before restore');
        const saved = await saveBundle({
          kind: 'backup',
          fileName,
          creator: 'Assay',
          document: { path: BACKUP_DOCUMENT, value: before.document },
          evidence: before.evidence,
          place: 'backups',
          contents: before.contents,
        });
        if ('cancelled' in saved) throw new TransferError('other');
        await backups.replace(prepared);
        file = saved.path.split(/[/\\]/).pop() ?? fileName;
      }
      let restoredIdentities = 0;
      if (identities.length > 0) {
        const restored = await call('backups:restoreIdentities', { sha256s: identities });
        if (!('refused' in restored)) restoredIdentities = restored.added;
      }
      setStep({ at: 'done', file, identities: restoredIdentities });
    } catch (error) {
      setStep({ at: 'refused', message: t('backups.refused', { reason: failureWords(t, error) }) });
    }
  };

  const busy = step.at === 'reading' || step.at === 'checking' || step.at === 'restoring';
  const counts = (c: BackupContents) => ({ counts: countsWords(t, c), size: format.bytes(c.evidenceBytes) });

  return (
    <Dialog
      title={t('backups.restoreTitle')}
      tone={step.at === 'ready' ? 'danger' : 'default'}
      onClose={() => {
        if (step.at === 'done') window.location.reload();
        else if (!busy) onClose();
      }}
      footer={
        step.at === 'done' ? (
          <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
            {t('common.close')}
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </button>
            {step.at === 'ready' && (
              <button type="button" className="button button-danger" onClick={() => void restore()}>
                {t('backups.confirm')}
              </button>
            )}
          </>
        )
      }
    >
      {step.at !== 'done' && !unreadable && <p>{t('backups.restoreIntro')}</p>}
      {!source && step.at !== 'done' && (
        <div className="field bundle-file">
          <FileChooser accept=".assay,application/zip" label={t('backups.file')} onFile={(file) => void read({ file })} />
        </div>
      )}
      {step.at === 'reading' && (
        <p role="status">
          {t('backups.reading', { done: format.bytes(step.done), total: format.bytes(step.total) })}
          <progress max={step.total || 1} value={step.done} />
        </p>
      )}
      {step.at === 'checking' && <p role="status">{t('backups.checking')}</p>}
      {step.at === 'restoring' && <p role="status">{t('backups.restoring')}</p>}
      {step.at === 'refused' && (
        <p className="field-error" role="alert">
          {step.message}
        </p>
      )}
      {step.at === 'ready' && (
        <div data-testid="restore-preview">
          <p>{t('backups.contents', { date: format.dateTime(step.prepared.exportedAt), version: step.appVersion, ...counts(step.prepared.contents) })}</p>
          {step.prepared.databaseVersion < DATABASE_VERSION && <p className="bundle-note">{t('backups.older')}</p>}
          {step.current ? (
            <p className="muted">{t('backups.current', counts(step.current))}</p>
          ) : (
            <p className="bundle-warning">{t('backups.unreadable.replaces')}</p>
          )}
        </div>
      )}
      {step.at === 'done' && (
        <p role="status">
          {step.file ? t('backups.restored', { file: step.file }) : t('backups.unreadable.restored')}
          {step.identities > 0 && ` ${t('backups.restoredIdentities', { count: step.identities })}`}
        </p>
      )}
    </Dialog>
  );
}
