import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerificationDto } from '../../../../shared/ipc/contract';
import { useApp } from '../../app/context';
import { href } from '../../app/router';
import { RepositoryError } from '../../db';
import { importReceivedAssessment, type ReceivedImport } from '../../db/received';
import { useToast } from '../../ui/Toast';
import { Spinner, type Message } from '../identities/Field';
import { useCalendarDate } from '../vendors/display';
import { parseAttachment } from './verdict';

type Attachment = NonNullable<VerificationDto['attachment']>;

/** The assessment a report carries: what it is, and an import as a read-only received assessment when the signature is valid. */
export function AttachmentCard({ attachment, signatureValid }: { attachment: Attachment; signatureValid: boolean }) {
  const { t } = useTranslation();
  const { store } = useApp();
  const toast = useToast();
  const calendarDate = useCalendarDate();
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [imported, setImported] = useState<ReceivedImport | null>(null);
  const [error, setError] = useState<{ reason: Message } | { raw: string } | null>(null);
  const openLink = useRef<HTMLAnchorElement>(null);
  const parsed = useMemo(() => parseAttachment(attachment.json), [attachment.json]);

  useEffect(() => {
    // The import button is gone once the import is done: keyboard focus continues on the link to the new assessment.
    if (imported) openLink.current?.focus();
  }, [imported]);

  if (!parsed.ok) {
    return (
      <section className="card card-padded verify-attachment" aria-labelledby={titleId} data-attachment="foreign">
        <h2 id={titleId}>{t('verify.attachment.title')}</h2>
        <p>{t('verify.attachment.notAssessment', { name: attachment.fileName })}</p>
      </section>
    );
  }

  const { vendor, assessment } = parsed.data;
  const runImport = async () => {
    if (busy || imported) return;
    setBusy(true);
    setError(null);
    try {
      const result = await importReceivedAssessment(store.db, parsed.data);
      setImported(result);
      toast(t('verify.attachment.imported', { vendor: vendor.name }));
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
    <section className="card card-padded verify-attachment" aria-labelledby={titleId} data-attachment="assessment">
      <h2 id={titleId}>{t('verify.attachment.title')}</h2>
      <dl className="facts">
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
          <span className={`verify-badge verify-status-${assessment.status}`}>{t(`verify.attachment.${assessment.status}`)}</span>
          {assessment.revision > 1 && (
            <span className="muted verify-revision">
              {t('verify.attachment.revision')} {assessment.revision}
            </span>
          )}
        </dd>
      </dl>
      {signatureValid ? (
        <div className="verify-import">
          {imported ? null : (
            <>
              <button type="button" className="button button-primary" aria-disabled={busy || undefined} onClick={() => void runImport()}>
                {busy && <Spinner />}
                {t(busy ? 'verify.attachment.importing' : 'verify.attachment.import')}
              </button>
              <p className="field-hint">{t('verify.attachment.importHint')}</p>
            </>
          )}
        </div>
      ) : (
        <p className="muted">{t('verify.attachment.onlyValid')}</p>
      )}
      <div aria-live="polite">
        {imported && (
          <div className="verify-imported">
            <p>
              {t('verify.attachment.imported', { vendor: vendor.name })}{' '}
              <a ref={openLink} href={href({ name: 'assessment', assessmentId: imported.assessmentId })}>{t('verify.attachment.openLink')}</a>
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
    </section>
  );
}
