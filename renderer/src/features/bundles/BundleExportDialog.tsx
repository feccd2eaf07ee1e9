import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useState } from 'react';
import type { IdentitySummaryDto } from '@shared/ipc/contract';
import { call } from '../../app/api';
import { ASSESSMENTS_DOCUMENT } from '@shared/bundle/assessments';
import { useApp } from '../../app/context';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toast';
import { useFormat } from '../../ui/use-format';
import { useT } from '../../ui/use-t';
import { useTopic } from '../../ui/use-topic';
import { failureWords } from './problem-words';
import { saveBundle } from './save-bundle';
import { bundleStrings } from './strings';
import './bundles.css';

type Step = { at: 'choose' } | { at: 'preparing' } | { at: 'sending'; done: number; total: number } | { at: 'writing' } | { at: 'failed'; message: string };

/** A file name from the vendor's name and today's date, without characters a file system refuses. */
export function bundleFileName(vendor: string, date: string): string {
  const stem = `${vendor} ${date}`
    .replace(/[/\\:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 180);
  return `${stem || 'Assay'}.assay`;
}

/**
 * Exports a vendor's assessments as one bundle: the chosen ones with their answers, findings and evidence. The
 * document and the evidence files go to the Node side in chunks (files it holds already are not sent again),
 * which writes the bundle where the user chooses.
 */
export function BundleExportDialog({ vendorId, vendorName, onClose }: { vendorId: string; vendorName: string; onClose: () => void }) {
  useTopic(bundleStrings);
  const t = useT();
  const toast = useToast();
  const format = useFormat();
  const { store } = useApp();
  const formId = useId();
  const assessments = useLiveQuery(() => store.assessments.listForVendor(vendorId), [store, vendorId]);
  // Until the user changes them: every assessment, and the name of the vendor's last own assessor.
  const [picked, setPicked] = useState<ReadonlySet<string> | undefined>();
  const [typedCreator, setCreator] = useState<string | undefined>();
  const [step, setStep] = useState<Step>({ at: 'choose' });
  const [identities, setIdentities] = useState<IdentitySummaryDto[]>([]);
  const [identityId, setIdentityId] = useState('');
  const [passphrase, setPassphrase] = useState('');
  useEffect(() => {
    void call('identities:list', {}).then((list) => setIdentities(list.filter((identity) => new Date(identity.notAfter) > new Date())));
  }, []);
  const chosen = useMemo(() => picked ?? new Set((assessments ?? []).map((a) => a.id)), [picked, assessments]);
  const creator = typedCreator ?? assessments?.find((a) => !a.received)?.assessor ?? '';

  const evidence = useLiveQuery(async () => {
    const files = new Map<string, number>();
    for (const id of chosen) for (const file of await store.assessments.evidence(id)) files.set(file.sha256, file.size);
    return { count: files.size, bytes: [...files.values()].reduce((sum, size) => sum + size, 0) };
  }, [store, chosen]);

  const ids = useMemo(() => (assessments ?? []).filter((a) => chosen.has(a.id)).map((a) => a.id), [assessments, chosen]);
  const busy = step.at === 'preparing' || step.at === 'sending' || step.at === 'writing';

  const run = async () => {
    if (busy || ids.length === 0) return;
    if (identityId && passphrase === '') {
      setStep({ at: 'failed', message: t('export.errors.passphraseRequired') });
      return;
    }
    setStep({ at: 'preparing' });
    try {
      const { document, evidence } = await (await store.bundles()).collect(ids);
      const result = await saveBundle(
        {
          kind: 'assessments',
          fileName: bundleFileName(vendorName, new Date().toISOString().slice(0, 10)),
          creator: creator.trim().slice(0, 200),
          document: { path: ASSESSMENTS_DOCUMENT, value: document },
          evidence,
          ...(identityId ? { signing: { identityId, passphrase } } : {}),
        },
        (done, total) => setStep({ at: 'sending', done, total }),
      );
      if ('cancelled' in result) {
        setStep({ at: 'choose' });
        return;
      }
      setPassphrase('');
      toast(t(result.signed ? 'bundles.export.savedSigned' : 'bundles.export.saved', { path: result.path }));
      onClose();
    } catch (error) {
      setStep({ at: 'failed', message: t('bundles.export.failed', { reason: failureWords(t, error) }) });
    }
  };

  const toggle = (id: string) =>
    setPicked(() => {
      const next = new Set(chosen);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Dialog
      title={t('bundles.export.title')}
      onClose={() => {
        if (!busy) onClose();
      }}
      onSubmit={() => void run()}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || ids.length === 0}>
            {t('bundles.export.run')}
          </button>
        </>
      }
    >
      <p>{t('bundles.export.intro')}</p>
      {/* The choices wait for the vendor's assessments, so the sender's name is there before anyone types. */}
      {assessments === undefined && <p className="muted">{t('common.loading')}</p>}
      {assessments !== undefined && (
        <>
          <fieldset className="bundle-choice field">
            <legend className="field-label">{t('bundles.export.choose')}</legend>
            {(assessments ?? []).map((assessment) => (
              <label key={assessment.id}>
                <input type="checkbox" checked={chosen.has(assessment.id)} onChange={() => toggle(assessment.id)} disabled={busy} />
                {t('bundles.export.assessment', {
                  service: assessment.serviceName,
                  date: format.date(assessment.assessmentDate),
                  revision: assessment.revision,
                  status: t(`bundles.export.${assessment.status}`),
                })}
              </label>
            ))}
          </fieldset>
          {ids.length === 0 && assessments && <p className="field-error">{t('bundles.export.noneChosen')}</p>}
          {evidence && evidence.count > 0 && (
            <p className="muted">{t('bundles.export.evidence', { count: evidence.count, size: format.bytes(evidence.bytes) })}</p>
          )}
          <div className="field">
            <label htmlFor={`${formId}-creator`}>{t('bundles.export.creator')}</label>
            <input
              id={`${formId}-creator`}
              className="input"
              aria-describedby={`${formId}-creator-hint`}
              value={creator}
              maxLength={200}
              onChange={(event) => setCreator(event.target.value)}
              disabled={busy}
            />
            <p id={`${formId}-creator-hint`} className="field-hint">
              {t('bundles.export.creatorHint')}
            </p>
          </div>
          {identities.length > 0 && (
            <div className="field">
              <label htmlFor={`${formId}-identity`}>{t('bundles.export.sign')}</label>
              <select id={`${formId}-identity`} className="input" value={identityId} onChange={(event) => setIdentityId(event.target.value)} disabled={busy}>
                <option value="">{t('bundles.export.noSigning')}</option>
                {identities.map((identity) => (
                  <option key={identity.id} value={identity.id}>
                    {identity.organisation ? `${identity.name} (${identity.organisation})` : identity.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          {identityId && (
            <div className="field">
              <label htmlFor={`${formId}-passphrase`}>{t('bundles.export.passphrase')}</label>
              <input
                id={`${formId}-passphrase`}
                className="input"
                type="password"
                autoComplete="off"
                value={passphrase}
                onChange={(event) => setPassphrase(event.target.value)}
                disabled={busy}
              />
            </div>
          )}
          <p className="muted">{t(identityId ? 'bundles.export.signed' : 'bundles.export.unsigned')}</p>
        </>
      )}
      {step.at === 'preparing' && <p role="status">{t('bundles.export.preparing')}</p>}
      {step.at === 'sending' && (
        <p role="status">
          {t('bundles.export.sending', { done: format.bytes(step.done), total: format.bytes(step.total) })}
          <progress max={step.total || 1} value={step.done} />
        </p>
      )}
      {step.at === 'writing' && <p role="status">{t('bundles.export.writing')}</p>}
      {step.at === 'failed' && (
        <p className="field-error" role="alert">
          {step.message}
        </p>
      )}
    </Dialog>
  );
}
