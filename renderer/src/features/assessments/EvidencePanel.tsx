import { useEffect, useId, useMemo, useState, type DragEvent } from 'react';
import { failureMessage } from '../../ui/failure-message';
import { useT } from '../../ui/use-t';
import { useApp } from '../../app/context';
import { RepositoryError } from '../../db';
import type { EvidenceRow } from '../../db/database';
import { useToast } from '../../ui/Toast';
import { useFormat } from '../../ui/use-format';

interface Props {
  assessmentId: string;
  questionId: string;
  evidence: EvidenceRow[];
  readOnly: boolean;
}

function Preview({ row }: { row: EvidenceRow }) {
  const url = useMemo(() => (row.mediaType.startsWith('image/') ? URL.createObjectURL(row.blob) : null), [row]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return url ? (
    <img className="evidence-thumb" src={url} alt="" />
  ) : (
    <span className="evidence-icon" aria-hidden="true">
      {row.mediaType === 'application/pdf' ? 'PDF' : 'FILE'}
    </span>
  );
}

/** Files attached to one question: drop or pick, stored with their SHA-256; remove with undo. */
export function EvidencePanel({ assessmentId, questionId, evidence, readOnly }: Props) {
  const t = useT();
  const format = useFormat();
  const { store } = useApp();
  const toast = useToast();
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const files = evidence.filter((e) => e.questionId === questionId);

  const attach = async (files: File[]) => {
    setBusy(true);
    const limitMb = await store.settings.evidenceLimitMb();
    for (const file of files) {
      try {
        await store.assessments.addEvidence(assessmentId, questionId, { name: file.name, type: file.type, size: file.size, blob: file }, limitMb * 1024 * 1024);
        toast(t('evidence.attached', { name: file.name }));
      } catch (error) {
        toast(error instanceof RepositoryError ? failureMessage(t, error) : t('common.failures.notDone', { message: failureMessage(t, error) }), 'error');
      }
    }
    setBusy(false);
  };

  const remove = async (row: EvidenceRow) => {
    try {
      const removed = await store.assessments.removeEvidence(row.id);
      toast(t('evidence.removed', { name: row.fileName }), 'success', {
        label: t('evidence.undo'),
        run: () => void store.assessments.restoreEvidence(removed),
      });
    } catch (error) {
      toast(error instanceof RepositoryError ? failureMessage(t, error) : t('common.failures.notDone', { message: failureMessage(t, error) }), 'error');
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!readOnly && event.dataTransfer.files.length > 0) void attach(Array.from(event.dataTransfer.files));
  };

  return (
    <section className="evidence" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>{t('evidence.title', { count: files.length })}</h3>
      {files.length > 0 && (
        <ul className="evidence-list">
          {files.map((row) => (
            <li key={row.id} data-sha256={row.sha256}>
              <Preview row={row} />
              <span className="evidence-name">
                {row.fileName}
                <span className="muted">
                  {format.bytes(row.size)} · SHA-256 <code title={row.sha256}>{row.sha256.slice(0, 12)}…</code>
                </span>
              </span>
              {!readOnly && (
                <button
                  type="button"
                  className="button button-ghost button-danger-text"
                  aria-label={t('evidence.removeLabel', { name: row.fileName })}
                  onClick={() => void remove(row)}
                >
                  {t('evidence.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div
          className={dragging ? 'dropzone dragging' : 'dropzone'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label htmlFor={inputId} className="button">
            {t('evidence.choose')}
          </label>
          <input
            id={inputId}
            type="file"
            multiple
            className="visually-hidden"
            disabled={busy}
            onChange={(event) => {
              // Copy the list first: clearing the input empties the live FileList.
              if (event.target.files) void attach(Array.from(event.target.files));
              event.target.value = '';
            }}
          />
          <span className="muted">{busy ? t('evidence.hashing') : t('evidence.dropHint')}</span>
        </div>
      )}
    </section>
  );
}
