import { useId } from 'react';
import { useT } from '../../ui/use-t';
import type { SignatureReport } from '@shared/verify/report';
import { Dialog } from '../../ui/Dialog';
import { Fingerprint } from '../../ui/Fingerprint';

interface Props {
  signature: SignatureReport | undefined;
  onCancel: () => void;
  onConfirm: () => void;
}

/**
 * Before importing from a signer who is not an identity on this device: who
 * they claim to be and the full fingerprint to compare with them out of band.
 * Cancel is first in the footer, so the default focus does not import.
 */
export function UntrustedSignerDialog({ signature, onCancel, onConfirm }: Props) {
  const t = useT();
  const fingerprintId = useId();
  const signer = signature?.signer;
  const fingerprint = signer?.fingerprint ?? signature?.fingerprint;
  const name = signer ? [signer.name, signer.organisation].filter(Boolean).join(', ') : '—';

  return (
    <Dialog
      title={t('verify.attachment.confirm.title')}
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button-primary" onClick={onConfirm}>
            {t('verify.attachment.confirm.submit')}
          </button>
        </>
      }
    >
      <p>{t('verify.attachment.confirm.body', { name })}</p>
      {fingerprint && (
        <div className="verify-confirm-fingerprint">
          <p id={fingerprintId} className="muted">
            {t('verify.attachment.confirm.fingerprint')}
          </p>
          <div aria-labelledby={fingerprintId} role="group">
            <Fingerprint value={fingerprint} />
          </div>
        </div>
      )}
    </Dialog>
  );
}
