import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { failureMessage } from '../../ui/failure-message';
import { useT } from '../../ui/use-t';
import { MAX_VERIFY_PDF_BYTES, type VerificationDto } from '@shared/ipc/contract';
import { call } from '../../app/api';
import { FileCheckIcon } from '../../ui/icons';
import type { Message } from '../../ui/message';
import { readAsBase64 } from '../../ui/read-file';
import { Spinner } from '../../ui/Spinner';
import { AttachmentCard } from './AttachmentCard';
import { lastSignature } from './verdict';
import { useVerdictText, VerdictCard } from './VerdictCard';
import './verify.css';

type State =
  | { phase: 'idle' }
  | { phase: 'checking'; fileName: string }
  | { phase: 'done'; fileName: string; result: VerificationDto; key: number }
  | { phase: 'error'; message: Message };

/** Pick or drop a PDF; the Node side checks every signature in it and the page says what that means. */
export function VerifyPage() {
  const t = useT();
  const inputId = useId();
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [dragging, setDragging] = useState(false);
  const request = useRef(0);
  const verdictText = useVerdictText();

  useEffect(
    () => () => {
      // A check still running when the page closes is ignored.
      request.current += 1;
    },
    [],
  );

  const check = async (file: File) => {
    const id = (request.current += 1);
    if (file.size > MAX_VERIFY_PDF_BYTES) {
      setState({ phase: 'error', message: { key: 'verify.errors.tooLarge', params: { name: file.name } } });
      return;
    }
    setState({ phase: 'checking', fileName: file.name });
    let data: string;
    try {
      data = await readAsBase64(file);
    } catch {
      if (id === request.current) setState({ phase: 'error', message: { key: 'verify.errors.unreadable', params: { name: file.name } } });
      return;
    }
    try {
      const result = await call('reports:verify', { fileName: file.name.slice(-260), data });
      if (id === request.current) setState({ phase: 'done', fileName: file.name, result, key: id });
    } catch (error) {
      if (id === request.current) setState({ phase: 'error', message: { key: 'verify.errors.failed', params: { message: failureMessage(t, error) } } });
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void check(file);
  };

  const announcement =
    state.phase === 'checking'
      ? t('verify.checking', { name: state.fileName })
      : state.phase === 'done'
        ? (() => {
            const text = verdictText(state.result);
            return `${t('verify.resultTitle', { name: state.fileName })}: ${text.title}. ${text.body}`;
          })()
        : '';

  return (
    <section className="page verify-page" aria-labelledby="verify-title">
      <header className="page-header">
        <div>
          <h1 id="verify-title">{t('verify.title')}</h1>
          <p className="page-subtitle">{t('verify.subtitle')}</p>
        </div>
      </header>

      <div
        className={dragging ? 'card verify-drop is-dragging' : 'card verify-drop'}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        aria-busy={state.phase === 'checking'}
      >
        <span className="verify-drop-icon" aria-hidden="true">
          <FileCheckIcon />
        </span>
        <input
          id={inputId}
          type="file"
          accept="application/pdf,.pdf"
          className="visually-hidden"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Clear the input so choosing the same file again checks it again.
            event.target.value = '';
            if (file) void check(file);
          }}
        />
        <label htmlFor={inputId} className="button button-primary">
          {t('verify.choose')}
        </label>
        <span className="muted">
          {state.phase === 'checking' ? (
            <span className="verify-checking">
              <Spinner />
              {t('verify.checking', { name: state.fileName })}
            </span>
          ) : (
            t('verify.dropHint')
          )}
        </span>
      </div>

      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      {state.phase === 'error' && (
        <p className="field-error verify-error" role="alert">
          {t(state.message.key, state.message.params ?? {})}
        </p>
      )}

      {state.phase === 'done' && (
        <div className="verify-results" key={state.key}>
          <VerdictCard fileName={state.fileName} result={state.result} />
          {state.result.attachment && (
            <AttachmentCard
              fileName={state.fileName}
              attachment={state.result.attachment}
              signature={lastSignature(state.result)}
              verified={state.result.verdict === 'valid'}
            />
          )}
        </div>
      )}
    </section>
  );
}
