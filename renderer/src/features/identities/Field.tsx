import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A message to show in the current language: an i18n key and its parameters. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  /** An i18n key. */
  error?: string;
  children: (describedBy: string | undefined, invalid: true | undefined) => ReactNode;
}

/** A labelled field whose error (an i18n key) or hint describes the input. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  const { t } = useTranslation();
  const noteId = `${id}-note`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(error || hint ? noteId : undefined, error ? true : undefined)}
      {error ? (
        <p id={noteId} className="field-error" role="alert">
          {t(error)}
        </p>
      ) : hint ? (
        <p id={noteId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A small spinner for busy buttons; hidden from assistive technology (the label says what is happening). */
export function Spinner() {
  return <span className="identities-spinner" aria-hidden="true" />;
}

interface FormFooterProps {
  error: Message | null;
  busy: boolean;
  submitLabel: string;
  busyLabel: string;
  onCancel: () => void;
}

/** The form-level error, then submit (with a spinner while busy) and cancel. */
export function FormFooter({ error, busy, submitLabel, busyLabel, onCancel }: FormFooterProps) {
  const { t } = useTranslation();
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
