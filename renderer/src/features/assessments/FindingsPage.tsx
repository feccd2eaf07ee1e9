import { zodResolver } from '@hookform/resolvers/zod';
import { assessmentLockName, useWriterLock } from '../../app/writer-lock';
import { failureKind, failureMessage } from '../../ui/failure-message';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { translateIfKey, useT } from '../../ui/use-t';
import { findingStatuses, manualFindingSchema, type FindingStatus, type FindingTracking, type ManualFinding } from '@shared/domain/assessment';
import { severities, type Severity } from '@shared/questionnaire/schema';
import { acceptanceExpired, assessmentFindings } from '@shared/scoring/finding-list';
import { localDate } from '@shared/calendar';
import { useTopic } from '../../ui/use-topic';
import { acceptanceStrings } from './acceptance-strings';
import { AcceptRiskDialog } from './AcceptRiskDialog';
import { createAutosaver, useSaveStatus, type Autosaver } from '../../app/autosave';
import { useApp } from '../../app/context';
import { href } from '../../app/router';
import { RepositoryError } from '../../db';
import type { FindingRow } from '../../db/database';
import { CalendarDateInput } from '../../ui/DateInput';
import { useToast } from '../../ui/Toast';
import { useFormat, useUiLanguage } from '../../ui/use-format';
import { useLatest } from '../../ui/use-latest';
import { localized } from './answer-model';
import { AUTOSAVE_DELAY_MS } from './answer-saver';
import { useAssessment } from './use-assessment';
import './assessments.css';

interface Row {
  findingId: string;
  number: string;
  title: string;
  kind: string;
  severity: Severity;
  remediation: string;
  validUntil?: string;
  tracking: FindingTracking;
}

/** The tracking fields as edited: owner as typed, due date and status. */
interface TrackingEdit {
  owner: string;
  dueDate?: string;
  status: FindingStatus;
}

/**
 * A finding's tracking fields; every change hands all three fields to the page's save
 * queue, so a quick status change can never overwrite an owner still being typed.
 */
function TrackingCells({ row, readOnly, saver, assessmentId }: { row: Row; readOnly: boolean; saver: Autosaver<TrackingEdit>; assessmentId: string }) {
  const t = useT();
  const format = useFormat();
  const [edit, setEdit] = useState<TrackingEdit>(
    () => saver.latest(row.findingId) ?? { owner: row.tracking.owner ?? '', dueDate: row.tracking.dueDate, status: row.tracking.status },
  );
  const [accepting, setAccepting] = useState(false);
  const change = (patch: Partial<TrackingEdit>) => {
    const next = { ...edit, ...patch };
    setEdit(next);
    saver.schedule(row.findingId, next);
  };
  // Accepting a risk asks for its terms first; the status changes once they are saved.
  const changeStatus = (status: FindingStatus) => {
    if (status !== 'accepted' || row.tracking.acceptance) change({ status });
    else void saver.flush(row.findingId).then(() => setAccepting(true));
  };
  const acceptance = row.tracking.status === 'accepted' ? row.tracking.acceptance : undefined;
  const expired = acceptanceExpired(row.tracking, localDate(new Date()));
  const owner = edit.owner;
  return (
    <td className="tracking">
      <label className="tracking-field">
        <span>{t('findings.columns.owner')}</span>
        <input
          className="input input-compact"
          aria-label={t('findings.ownerLabel', { number: row.number || row.title })}
          value={owner}
          disabled={readOnly}
          onChange={(event) => change({ owner: event.target.value })}
          onBlur={() => void saver.flush(row.findingId)}
        />
      </label>
      <label className="tracking-field">
        <span>{t('findings.columns.due')}</span>
        <CalendarDateInput
          className="input input-compact"
          aria-label={t('findings.dueLabel', { number: row.number || row.title })}
          value={edit.dueDate}
          disabled={readOnly}
          onChange={(dueDate) => change({ dueDate })}
        />
      </label>
      <label className="tracking-field">
        <span>{t('findings.columns.status')}</span>
        <select
          className="input input-compact"
          aria-label={t('findings.statusLabel', { number: row.number || row.title })}
          value={edit.status}
          disabled={readOnly}
          onChange={(event) => changeStatus(event.target.value as FindingStatus)}
        >
          {findingStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`findings.status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {acceptance && edit.status === 'accepted' && (
        <p className={expired ? 'acceptance-note acceptance-expired' : 'acceptance-note'} data-acceptance={expired ? 'expired' : 'current'}>
          {expired
            ? t('acceptance.expired', { date: format.date(acceptance.until) })
            : t('acceptance.acceptedUntil', { date: format.date(acceptance.until), approver: acceptance.approver, role: acceptance.approverRole })}
        </p>
      )}
      {accepting && (
        <AcceptRiskDialog
          assessmentId={assessmentId}
          findingId={row.findingId}
          label={row.number || row.title}
          onClose={(accepted) => {
            setAccepting(false);
            if (accepted) setEdit((current) => ({ ...current, status: 'accepted' }));
          }}
        />
      )}
    </td>
  );
}

/** How the save state names a finding: its question number, or the title of one the assessor added. */
const findingLabel = (rows: readonly Row[], findingId: string | undefined): string | undefined => {
  const row = rows.find((r) => r.findingId === findingId);
  return row && (row.number || row.title);
};

/** The save state of the finding edited last. */
function TrackingSaveState({ saver, findingId, label }: { saver: Autosaver<TrackingEdit>; findingId: string | undefined; label: string | undefined }) {
  const t = useT();
  const { state, message } = useSaveStatus(saver, findingId ?? '');
  return (
    <span className={`save-state save-${state}`} role="status" data-save-state={state}>
      {state === 'error'
        ? t('findings.save.error', { finding: label, message })
        : t(`findings.save.${state === 'draft' ? 'saved' : state}`, { finding: label })}
    </span>
  );
}

function ManualFindingForm({ assessmentId }: { assessmentId: string }) {
  const t = useT();
  const { store } = useApp();
  const toast = useToast();
  const id = useId();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<ManualFinding>({
    resolver: zodResolver(manualFindingSchema),
    defaultValues: { title: '', severity: 'medium', remediation: '' },
  });
  const submit = handleSubmit(async (values) => {
    try {
      await store.assessments.addManualFinding(assessmentId, values);
      reset();
      toast(t('findings.added'));
    } catch (error) {
      toast(error instanceof RepositoryError ? failureMessage(t, error) : t('common.failures.notDone', { message: failureMessage(t, error) }), 'error');
    }
  });
  return (
    <form className="card card-padded manual-finding" noValidate onSubmit={(event) => void submit(event)}>
      <h2>{t('findings.addTitle')}</h2>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('findings.fields.title')}</label>
        <input id={`${id}-title`} className="input" {...register('title')} aria-invalid={errors.title ? true : undefined} />
        {errors.title?.message && (
          <p className="field-error" role="alert">
            {translateIfKey(t, errors.title.message)}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-severity`}>{t('findings.fields.severity')}</label>
        <select id={`${id}-severity`} className="input" {...register('severity')}>
          {severities.map((s) => (
            <option key={s} value={s}>
              {t(`risk.severity.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field span-all">
        <label htmlFor={`${id}-remediation`}>{t('findings.fields.remediation')}</label>
        <textarea id={`${id}-remediation`} className="input textarea" rows={2} {...register('remediation')} />
      </div>
      <div className="form-actions span-all">
        <button type="submit" className="button button-primary">
          {t('findings.add')}
        </button>
      </div>
    </form>
  );
}

export function FindingsPage({ assessmentId }: { assessmentId: string }) {
  useTopic(acceptanceStrings);
  const t = useT();
  const language = useUiLanguage();
  const format = useFormat();
  const { store } = useApp();
  const data = useAssessment(assessmentId);
  const writer = useWriterLock(data && data.assessment.status !== 'final' && data.assessment.received === undefined ? assessmentLockName(assessmentId) : null);
  const tracked = useLiveQuery(() => store.assessments.findings(assessmentId), [store, assessmentId]);
  const currentT = useLatest(t);
  const saver = useMemo(
    () =>
      createAutosaver<TrackingEdit>({
        delayMs: AUTOSAVE_DELAY_MS,
        async write(findingId, edit) {
          await store.assessments.trackFinding(assessmentId, findingId, { owner: edit.owner.trim() || undefined, dueDate: edit.dueDate, status: edit.status });
          return 'saved';
        },
        describeError: (error) =>
          error instanceof RepositoryError || failureKind(error) === 'storageFull' ? failureMessage(currentT(), error) : currentT()('assessment.save.failed'),
        retryable: (error) => failureKind(error) === 'storageFull',
      }),
    [store, assessmentId, currentT],
  );
  const [lastEdited, setLastEdited] = useState<string>();
  useEffect(() => {
    const stop = saver.subscribe(setLastEdited);
    const flush = () => void saver.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      stop();
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [saver]);

  const rows = useMemo<Row[]>(() => {
    if (!data || !tracked) return [];
    const questions = new Map(data.entries.map((e) => [e.question.id, e.question]));
    return assessmentFindings<FindingRow>(data.result.findings, tracked).map((entry): Row => {
      if (entry.source === 'manual') {
        const { manual } = entry;
        return {
          findingId: entry.findingId,
          number: '',
          title: manual.title,
          kind: t('findings.kind.manual'),
          severity: manual.severity,
          remediation: manual.remediation,
          tracking: entry.tracking,
        };
      }
      const f = entry.finding;
      return {
        findingId: f.id,
        number: f.number,
        title: localized(questions.get(f.questionId)!.text, language),
        kind: t(`findings.kind.${f.kind}`),
        severity: f.severity,
        remediation: localized(f.remediation, language),
        validUntil: f.validUntil,
        tracking: entry.tracking ?? { status: 'open' },
      };
    });
  }, [data, tracked, language, t]);

  if (data === undefined || tracked === undefined) return <p className="muted page">{t('common.loading')}</p>;
  if (data === null) return <p className="page">{t('assessment.errors.notFound')}</p>;
  const readOnly = data.assessment.status === 'final' || data.assessment.received !== undefined || writer === 'elsewhere';

  return (
    <section className="page page-wide" aria-labelledby="findings-title">
      <header className="page-header">
        <div>
          <a className="back-link" href={href({ name: 'assessment', assessmentId })}>
            ← {data.assessment.serviceName}
          </a>
          <h1 id="findings-title">{t('findings.title')}</h1>
          <p className="page-subtitle">{t('findings.subtitle', { vendor: data.vendor?.name ?? '', count: rows.length })}</p>
        </div>
        {!readOnly && <TrackingSaveState saver={saver} findingId={lastEdited} label={findingLabel(rows, lastEdited)} />}
      </header>
      {writer === 'elsewhere' && (
        <p className="banner" role="note" data-testid="open-elsewhere">
          {t('assessment.openElsewhere')}
        </p>
      )}
      {rows.length === 0 ? (
        <div className="empty-state">
          <h2>{t('findings.empty.title')}</h2>
          <p>{t('findings.empty.body')}</p>
        </div>
      ) : (
        <div className="card table-scroll">
          <table className="table findings-table">
            <thead>
              <tr>
                <th scope="col">{t('findings.columns.severity')}</th>
                <th scope="col">{t('findings.columns.finding')}</th>
                <th scope="col">{t('findings.columns.remediation')}</th>
                <th scope="col">{t('findings.columns.tracking')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.findingId} data-finding-id={row.findingId}>
                  <td>
                    <span className={`badge severity-${row.severity}`}>{t(`risk.severity.${row.severity}`)}</span>
                  </td>
                  <th scope="row" className="finding-title">
                    {row.number && (
                      <a href={href({ name: 'assessment', assessmentId, questionId: row.findingId.replace(/^F-/, '').replace(/-EXPIRING$/, '') })}>
                        {row.number}
                      </a>
                    )}{' '}
                    {row.title}
                    <span className="muted finding-kind">
                      {row.kind}
                      {row.validUntil && ` · ${t('findings.validUntil', { date: format.date(row.validUntil) })}`}
                    </span>
                  </th>
                  <td className="finding-remediation">{row.remediation}</td>
                  <TrackingCells row={row} readOnly={readOnly} saver={saver} assessmentId={assessmentId} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!readOnly && <ManualFindingForm assessmentId={assessmentId} />}
    </section>
  );
}
