import { Spinner } from '../../ui/Spinner';
import type { Message } from '../../ui/message';
import { useT } from '../../ui/use-t';

interface FormFooterProps {
  error: Message | null;
  busy: boolean;
  submitLabel: string;
  busyLabel: string;
  onCancel: () => void;
}

/** The form-level error, then submit (with a spinner while busy) and cancel. */
export function FormFooter({ error, busy, submitLabel, busyLabel, onCancel }: FormFooterProps) {
  const t = useT();
  return (
    <>
      {error && (
        <p className="field-error" role="alert">
          {t(error.key, error.params ?? {})}
        </p>
      )}
      <div className="identities-form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {busy && <Spinner />}
          {busy ? busyLabel : submitLabel}
        </button>
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => !busy && onCancel()}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  );
}
