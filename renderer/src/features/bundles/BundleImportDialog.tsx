import { useId, useState } from 'react';
import { assessmentsDocumentSchema, type AssessmentsDocument } from '@shared/bundle/assessments';
import type { OpenedBundle } from '@shared/bundle/opened';
import { useApp } from '../../app/context';
import { href } from '../../app/router';
import { receiveFile, receiveText, sendFile } from '../../app/transfer';
import type { BundlePlan, BundleReceipt, VendorChoice } from '../../db/bundles';
import { Dialog } from '../../ui/Dialog';
import { FileChooser } from '../../ui/FileChooser';
import { useFormat, useUiLanguage } from '../../ui/use-format';
import { useT } from '../../ui/use-t';
import { useTopic } from '../../ui/use-topic';
import { failureWords, refusalWords } from './problem-words';
import { bundleStrings } from './strings';
import { openStored, useHeldFiles } from './held-files';
import './bundles.css';

type Opened = Extract<OpenedBundle, { ok: true }>;

type Step =
  | { at: 'choose' }
  | { at: 'reading'; done: number; total: number }
  | { at: 'checking' }
  | { at: 'refused'; message: string }
  | { at: 'preview'; fileName: string; opened: Opened; document: AssessmentsDocument; plan: BundlePlan }
  | { at: 'importing'; done: number; total: number }
  | { at: 'done'; receipt: BundleReceipt; vendor?: { id: string; name: string } };

export const BUNDLE_ACCEPT = '.assay,application/zip';

/**
 * Imports a bundle: the file is copied to the Node side in chunks and checked there completely (every byte against
 * the manifest, the document by its schema); then what it would add is shown, and only the user's go writes it,
 * in one transaction. The store's copies are released whatever happens.
 */
export function BundleImportDialog({ onClose }: { onClose: () => void }) {
  useTopic(bundleStrings);
  const t = useT();
  const format = useFormat();
  const language = useUiLanguage();
  const { store } = useApp();
  const headingId = useId();
  const [step, setStep] = useState<Step>({ at: 'choose' });
  const [choices, setChoices] = useState<Record<string, VendorChoice>>({});
  const { hold, release } = useHeldFiles();
  const read = async (file: File) => {
    release();
    setStep({ at: 'reading', done: 0, total: file.size });
    try {
      const sha256 = await sendFile(file, (done, total) => setStep({ at: 'reading', done, total }));
      setStep({ at: 'checking' });
      const opened = await openStored(sha256, 'assessments');
      if (!opened.ok) {
        setStep({ at: 'refused', message: t('bundles.import.refused', { reason: refusalWords(t, format, opened.refusal) }) });
        return;
      }
      hold([opened.document.sha256, ...opened.files.map((f) => f.sha256)]);
      const parsed = assessmentsDocumentSchema.safeParse(JSON.parse(await receiveText(opened.document.sha256, opened.document.size)));
      if (!parsed.success) {
        setStep({ at: 'refused', message: t('bundles.import.refused', { reason: t('bundles.errors.document') }) });
        return;
      }
      const plan = await (await store.bundles()).plan(parsed.data);
      setChoices(Object.fromEntries(plan.vendors.map((vendor) => [vendor.key, 'merge' as const])));
      setStep({ at: 'preview', fileName: file.name, opened, document: parsed.data, plan });
    } catch (error) {
      release();
      setStep({ at: 'refused', message: t('bundles.import.refused', { reason: failureWords(t, error) }) });
    }
  };

  const adding = step.at === 'preview' ? step.plan.assessments.filter((a) => a.state !== 'same').length : 0;

  const run = async () => {
    if (step.at !== 'preview' || adding === 0) return;
    const { opened, document, fileName } = step;
    const wanted = new Set(document.assessments.flatMap(({ content }) => content.evidence.map((e) => e.sha256)));
    const files = opened.files.filter((file) => wanted.has(file.sha256));
    const total = files.reduce((sum, file) => sum + file.size, 0);
    setStep({ at: 'importing', done: 0, total });
    try {
      const evidence = new Map<string, Blob>();
      let done = 0;
      for (const file of files) {
        evidence.set(file.sha256, await receiveFile(file.sha256, file.size, undefined, (read) => setStep({ at: 'importing', done: done + read, total })));
        done += file.size;
      }
      const receipt = await (
        await store.bundles()
      ).receive(document, { via: 'bundle', fileName: fileName.slice(0, 260), from: opened.creator, sentAt: opened.createdAt }, choices, evidence);
      release();
      const first = receipt.added[0] ?? receipt.present[0];
      const vendor = first && (await store.vendors.get(first.vendorId));
      setStep({ at: 'done', receipt, ...(vendor ? { vendor: { id: vendor.id, name: vendor.name } } : {}) });
    } catch (error) {
      setStep({ at: 'refused', message: t('bundles.import.failed', { reason: failureWords(t, error) }) });
      release();
    }
  };

  const busy = step.at === 'reading' || step.at === 'checking' || step.at === 'importing';

  return (
    <Dialog
      title={t('bundles.import.title')}
      onClose={() => {
        if (!busy) onClose();
      }}
      size="wide"
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {step.at === 'done' ? t('common.close') : t('common.cancel')}
          </button>
          {step.at === 'preview' && adding > 0 && (
            <button type="button" className="button button-primary" onClick={() => void run()}>
              {t('bundles.import.run', { count: adding })}
            </button>
          )}
        </>
      }
    >
      {step.at !== 'done' && (
        <>
          <p>{t('bundles.import.intro')}</p>
          <div className="field">
            <FileChooser
              accept={BUNDLE_ACCEPT}
              label={t('bundles.import.file')}
              onFile={(file) => void read(file)}
              className={busy ? 'button is-disabled' : 'button'}
            />
          </div>
        </>
      )}
      {step.at === 'reading' && (
        <p role="status">
          {t('bundles.import.reading', { done: format.bytes(step.done), total: format.bytes(step.total) })}
          <progress max={step.total || 1} value={step.done} />
        </p>
      )}
      {step.at === 'checking' && <p role="status">{t('bundles.import.checking')}</p>}
      {step.at === 'importing' && (
        <p role="status">
          {t('bundles.import.loading', { done: format.bytes(step.done), total: format.bytes(step.total) })}
          <progress max={step.total || 1} value={step.done} />
        </p>
      )}
      {step.at === 'refused' && (
        <p className="field-error" role="alert">
          {step.message}
        </p>
      )}
      {step.at === 'preview' && (
        <div className="bundle-preview" data-testid="bundle-preview">
          <p>
            <strong>{step.fileName}</strong> ·{' '}
            {t('bundles.import.madeBy', {
              creator: step.opened.creator || t('bundles.import.unknownCreator'),
              version: step.opened.appVersion,
              date: format.date(step.opened.createdAt),
            })}
          </p>
          {step.opened.signature ? (
            <p
              className={step.opened.signature.trusted ? 'bundle-note' : 'bundle-warning'}
              role="note"
              data-signature={step.opened.signature.trusted ? 'trusted' : 'untrusted'}
            >
              {t(step.opened.signature.trusted ? 'bundles.import.signedTrusted' : 'bundles.import.signedUntrusted', {
                name: step.opened.signature.organisation ? `${step.opened.signature.name} (${step.opened.signature.organisation})` : step.opened.signature.name,
                fingerprint: step.opened.signature.fingerprint,
              })}
            </p>
          ) : (
            <p className="bundle-warning" role="note" data-signature="none">
              {t('bundles.import.unsigned')}
            </p>
          )}
          {step.plan.vendors.length > 0 && (
            <section aria-labelledby={`${headingId}-vendors`}>
              <h3 id={`${headingId}-vendors`}>{t('bundles.import.vendorsTitle')}</h3>
              <ul className="bundle-vendors">
                {step.plan.vendors.map((vendor) =>
                  vendor.match && vendor.used ? (
                    <li key={vendor.key}>
                      <fieldset>
                        <legend>{t('bundles.import.vendorExists', { name: vendor.name, existing: vendor.match.name })}</legend>
                        {(['merge', 'keepBoth'] as const).map((choice) => (
                          <label key={choice}>
                            <input
                              type="radio"
                              name={`${headingId}-${vendor.key}`}
                              checked={choices[vendor.key] === choice}
                              onChange={() => setChoices((all) => ({ ...all, [vendor.key]: choice }))}
                            />{' '}
                            {t(`bundles.import.${choice}`, { name: vendor.name, existing: vendor.match!.name })}
                          </label>
                        ))}
                      </fieldset>
                    </li>
                  ) : (
                    <li key={vendor.key}>{vendor.match ? vendor.match.name : t('bundles.import.vendorNew', { name: vendor.name })}</li>
                  ),
                )}
              </ul>
            </section>
          )}
          <section aria-labelledby={`${headingId}-assessments`}>
            <h3 id={`${headingId}-assessments`}>{t('bundles.import.assessmentsTitle')}</h3>
            <table className="table bundle-assessments">
              <thead>
                <tr>
                  <th scope="col">{t('bundles.import.columns.service')}</th>
                  <th scope="col">{t('bundles.import.columns.date')}</th>
                  <th scope="col">{t('bundles.import.columns.revision')}</th>
                  <th scope="col">{t('bundles.import.columns.state')}</th>
                </tr>
              </thead>
              <tbody>
                {step.plan.assessments.map((assessment) => (
                  <tr key={assessment.sourceId} data-state={assessment.state}>
                    <th scope="row">{assessment.serviceName}</th>
                    <td>{format.date(assessment.assessmentDate)}</td>
                    <td>{assessment.revision}</td>
                    <td>{t(`bundles.import.state.${assessment.state}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {step.plan.questionnaires.length > 0 && (
            <p>
              {t('bundles.import.questionnaires', {
                count: step.plan.questionnaires.length,
                names: step.plan.questionnaires.map((q) => `${q.title[language]} ${q.version}`).join(', '),
              })}
            </p>
          )}
          {step.plan.evidence.files > 0 && (
            <p>{t('bundles.import.evidence', { count: step.plan.evidence.files, size: format.bytes(step.plan.evidence.bytes) })}</p>
          )}
          {adding === 0 && (
            <p role="status" className="bundle-note">
              {t('bundles.import.nothing')}
            </p>
          )}
        </div>
      )}
      {step.at === 'done' && (
        <div role="status">
          <p>{t('bundles.import.done', { count: step.receipt.added.length })}</p>
          {step.vendor && (
            <p>
              <a href={href({ name: 'vendor', vendorId: step.vendor.id })} onClick={onClose}>
                {t('bundles.import.openVendor', { name: step.vendor.name })}
              </a>
            </p>
          )}
        </div>
      )}
    </Dialog>
  );
}
