import type { ReactNode } from 'react';
import { translateIfKey, useT } from './use-t';

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  /** An i18n key. */
  error?: string | undefined;
  className?: string;
  children: (describedBy: string | undefined, invalid: true | undefined) => ReactNode;
}

/** A labelled field whose error (an i18n key) or hint describes the input. */
export function Field({ id, label, hint, error, className, children }: FieldProps) {
  const t = useT();
  const noteId = `${id}-note`;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children(error || hint ? noteId : undefined, error ? true : undefined)}
      {error ? (
        <p id={noteId} className="field-error" role="alert">
          {translateIfKey(t, error)}
        </p>
      ) : hint ? (
        <p id={noteId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
