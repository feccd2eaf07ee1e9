import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useT } from '../../ui/use-t';
import { historyOf, type AssessmentExport } from '@shared/report/assessment-export';
import { MAX_ATTACHMENT_BYTES, type AttachmentReport, type SignatureReport } from '@shared/verify/report';
import { useApp } from '../../app/context';
import { href } from '../../app/router';
import { RepositoryError } from '../../db';
import type { ReceivedImport } from '../../db/received';
import { useToast } from '../../ui/Toast';
import { useFormat } from '../../ui/use-format';
import type { Message } from '../../ui/message';
import { Spinner } from '../../ui/Spinner';
import { UntrustedSignerDialog } from './UntrustedSignerDialog';
import { useTopic } from '../../ui/use-topic';
import { bundleStrings } from '../bundles';
import { historyStrings } from '../assessments';

/** When the signer's machine says it signed, if it says so in a form a date can be read from. */
const signedAt = (signature: SignatureReport | undefined): string | undefined =>
  signature?.time && !Number.isNaN(Date.parse(signature.time)) ? new Date(signature.time).toISOString() : undefined;
import { parseAttachment } from './verdict';

interface Props {
  /** The report's file name, which a received assessment remembers. */
  fileName: string;
  attachment: AttachmentReport;
  /** The last signature: its signer vouches for what is imported. */
  signature: SignatureReport | undefined;
  /** The document's verdict is valid: only then is what the assessment says about itself shown as confirmed. */
  verified: boolean;
}

/**
 * The file a report carries: its name and size, and, only when the verifier
 * offers it for import (valid whole-document signature, unchanged since), the
 * assessment it holds with an import as a read-only received assessment.
 */
export function AttachmentCard({ fileName, attachment, signature, verified }: Props) {
  useTopic(bundleStrings);
  useTopic(historyStrings);
  const t = useT();
  const format = useFormat();
  const titleId = useId();
  const parsed = useMemo(
    () => (attachment.importable && attachment.json !== undefined ? parseAttachment(attachment.json) : null),
    [attachment.importable, attachment.json],
  );

  const refusal = !parsed
    ? attachment.problem
      ? t(`verify.attachment.problems.${attachment.problem}`, { limit: MAX_ATTACHMENT_BYTES / (1024 * 1024) })
      : t('verify.attachment.onlyValid')
    : !parsed.ok
      ? t(parsed.reason === 'newer' ? 'verify.attachment.newerVersion' : 'verify.attachment.notAssessment', { name: attachment.name })
      : null;

  return (
    <section
      className="card card-padded verify-attachment"
      aria-labelledby={titleId}
      data-attachment={parsed?.ok ? 'assessment' : parsed ? parsed.reason : 'refused'}
    >
      <h2 id={titleId}>{t('verify.attachment.title')}</h2>
      <dl className="facts">
        <dt>{t('verify.attachment.file')}</dt>
        <dd className="verify-attachment-file">{t('verify.attachment.fileValue', { name: attachment.name, size: format.bytes(attachment.size) })}</dd>
        {parsed?.ok && <AssessmentFacts data={parsed.data} verified={verified} />}
      </dl>
      {refusal && <p className="verify-attachment-refusal">{refusal}</p>}
      {parsed?.ok && <ImportAction fileName={fileName} data={parsed.data} signature={signature} />}
    </section>
  );
}

function AssessmentFacts({ data, verified }: { data: AssessmentExport; verified: boolean }) {
  const t = useT();
  const calendarDate = useFormat().date;
  const { vendor, assessment } = data;
  const history = useMemo(() => historyOf(data), [data]);
  return (
    <>
      <dt>{t('verify.attachment.vendor')}</dt>
      <dd>
        <strong>{vendor.name}</strong>
      </dd>
      <dt>{t('verify.attachment.service')}</dt>
      <dd>{assessment.serviceName}</dd>
      <dt>{t('verify.attachment.date')}</dt>
      <dd>{calendarDate(assessment.assessmentDate)}</dd>
      <dt>{t('verify.attachment.assessor')}</dt>
      <dd>{assessment.assessor}</dd>
      <dt>{t('verify.attachment.status')}</dt>
      <dd>
        <span className={verified ? `verify-badge verify-status-${assessment.status}` : 'verify-badge'}>{t(`verify.attachment.${assessment.status}`)}</span>
        {!verified && <span className="verify-stated">{t('verify.attachment.stated')}</span>}
        {assessment.revision > 1 && (
          <span className="muted verify-revision">
            {t('verify.attachment.revision')} {assessment.revision}
          </span>
        )}
      </dd>
      <dt>{t('history.report.label')}</dt>
      <dd data-history={history}>
        {history === 'holds' ? (
          <>
            {t('history.report.holds', { count: data.history!.entries })}
            {!verified && <span className="verify-stated">{t('verify.attachment.stated')}</span>}
          </>
        ) : history === 'altered' ? (
          <strong className="verify-history-altered">{t('history.report.altered')}</strong>
        ) : (
          <span className="muted">{t('history.report.none')}</span>
        )}
      </dd>
    </>
  );
}

/** Imports at once from a trusted signer; from anyone else only after a confirmation that shows who they are. */
function ImportAction({ fileName, data, signature }: { fileName: string; data: AssessmentExport; signature: SignatureReport | undefined }) {
  const t = useT();
  const { store } = useApp();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [imported, setImported] = useState<ReceivedImport | null>(null);
  const [error, setError] = useState<{ reason: Message } | { raw: string } | null>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const openLink = useRef<HTMLAnchorElement>(null);
  const wasConfirming = useRef(false);
  const trusted = signature?.trusted === true;

  useEffect(() => {
    // The import button is gone once the import is done: keyboard focus continues on the link to the new assessment.
    if (imported) openLink.current?.focus();
  }, [imported]);

  useEffect(() => {
    // Closing the confirmation, however, puts focus back where it was: on the import button (if it is still there).
    if (wasConfirming.current && !confirming) importButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const runImport = async () => {
    if (busy || imported) return;
    setBusy(true);
    setError(null);
    try {
      const result = await store.received.importReport(data, {
        fileName: fileName.slice(0, 260),
        from: data.assessment.assessor,
        ...(signature?.signer ? { signer: signature.signer.name } : {}),
        sentAt: signedAt(signature) ?? data.exportedAt,
      });
      setImported(result);
      toast(t(result.alreadyHere ? 'verify.attachment.alreadyHere' : 'verify.attachment.imported', { vendor: data.vendor.name }));
    } catch (failure) {
      setError(
        failure instanceof RepositoryError
          ? { reason: { key: failure.messageKey, params: failure.params } }
          : { raw: failure instanceof Error ? failure.message : String(failure) },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="verify-import">
        {imported ? null : (
          <>
            <button
              ref={importButton}
              type="button"
              className="button button-primary"
              aria-disabled={busy || undefined}
              aria-haspopup={trusted ? undefined : 'dialog'}
              onClick={() => {
                if (busy) return;
                if (trusted) void runImport();
                else setConfirming(true);
              }}
            >
              {busy && <Spinner />}
              {t(busy ? 'verify.attachment.importing' : 'verify.attachment.import')}
            </button>
            <p className="field-hint">{t('verify.attachment.importHint')}</p>
          </>
        )}
      </div>
      <div aria-live="polite">
        {imported && (
          <div className="verify-imported">
            <p>
              {t(imported.alreadyHere ? 'verify.attachment.alreadyHere' : 'verify.attachment.imported', { vendor: data.vendor.name })}{' '}
              <a ref={openLink} href={href({ name: 'assessment', assessmentId: imported.assessmentId })}>
                {t('verify.attachment.openLink')}
              </a>
            </p>
            {imported.skippedEvidence > 0 && <p className="muted">{t('verify.attachment.skipped', { count: imported.skippedEvidence })}</p>}
          </div>
        )}
        {error && (
          <p className="field-error" role="alert">
            {t('verify.attachment.failed', { message: 'reason' in error ? t(error.reason.key, error.reason.params ?? {}) : error.raw })}
          </p>
        )}
      </div>
      {confirming && (
        <UntrustedSignerDialog
          signature={signature}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void runImport();
          }}
        />
      )}
    </>
  );
}
