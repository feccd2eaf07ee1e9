import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useLatest } from './use-latest';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer: ReactNode;
  tone?: 'default' | 'danger';
  /** Wide dialogs hold tables, such as an import's preview. */
  size?: 'default' | 'wide';
  /** Wraps body and footer in a form so Enter submits. */
  onSubmit?: () => void;
}

/** A modal built on the native <dialog>: focus is trapped, Escape closes. */
export function Dialog({ title, onClose, children, footer, tone = 'default', size = 'default', onSubmit }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const currentOnClose = useLatest(onClose);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    const onCancel = (event: Event) => {
      event.preventDefault();
      currentOnClose()();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.close();
    };
  }, [currentOnClose]);

  const content = (
    <>
      <div className="dialog-body">{children}</div>
      <div className="dialog-footer">{footer}</div>
    </>
  );

  return (
    <dialog ref={ref} className={`dialog dialog-${tone}${size === 'wide' ? ' dialog-wide' : ''}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {onSubmit ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
          }}
        >
          {content}
        </form>
      ) : (
        content
      )}
    </dialog>
  );
}
