import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { findingStatuses, manualFindingSchema, type FindingStatus, type FindingTracking, type ManualFinding } from '../../../../shared/domain/assessment';
import { severities, type Severity } from '../../../../shared/questionnaire/schema';
import { useApp } from '../../app/context';
import { href } from '../../app/router';
import { RepositoryError } from '../../db';
import type { FindingRow } from '../../db/database';
import { useToast } from '../../ui/Toast';
import { localized } from './answer-model';
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

function TrackingCells({ row, readOnly, onChange }: { row: Row; readOnly: boolean; onChange: (tracking: FindingTracking) => void }) {
  const { t } = useTranslation();
  const [owner, setOwner] = useState(row.tracking.owner ?? '');
  return (
    <td className="tracking">
      <label className="tracking-field">
        <span>{t('findings.columns.owner')}</span>
        <input
          className="input input-compact"
          aria-label={t('findings.ownerLabel', { number: row.number || row.title })}
          value={owner}
          disabled={readOnly}
          onChange={(event) => setOwner(event.target.value)}
          onBlur={() => owner !== (row.tracking.owner ?? '') && onChange({ ...row.tracking, owner: owner.trim() || undefined })}
        />
      </label>
      <label className="tracking-field">
        <span>{t('findings.columns.due')}</span>
        <input
          type="date"
          className="input input-compact"
          aria-label={t('findings.dueLabel', { number: row.number || row.title })}
          value={row.tracking.dueDate ?? ''}
          disabled={readOnly}
          onChange={(event) => onChange({ ...row.tracking, dueDate: event.target.value || undefined })}
        />
      </label>
      <label className="tracking-field">
        <span>{t('findings.columns.status')}</span>
        <select
          className="input input-compact"
          aria-label={t('findings.statusLabel', { number: row.number || row.title })}
          value={row.tracking.status}
          disabled={readOnly}
          onChange={(event) => onChange({ ...row.tracking, status: event.target.value as FindingStatus })}
        >
          {findingStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`findings.status.${s}`)}
            </option>
          ))}
        </select>
      </label>
    </td>
  );
}

function ManualFindingForm({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const { store } = useApp();
  const toast = useToast();
  const id = useId();
  const { register, handleSubmit, reset, formState: { errors } } = useForm<ManualFinding>({
    resolver: zodResolver(manualFindingSchema),
    defaultValues: { title: '', severity: 'medium', remediation: '' },
  });
  const submit = handleSubmit(async (values) => {
    try {
      await store.assessments.addManualFinding(assessmentId, values);
      reset();
      toast(t('findings.added'));
    } catch (error) {
      toast(error instanceof RepositoryError ? t(error.messageKey, error.params) : String(error), 'error');
    }
  });
  return (
    <form className="card card-padded manual-finding" noValidate onSubmit={(event) => void submit(event)}>
      <h2>{t('findings.addTitle')}</h2>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('findings.fields.title')}</label>
        <input id={`${id}-title`} className="input" {...register('title')} aria-invalid={errors.title ? true : undefined} />
        {errors.title?.message && <p className="field-error" role="alert">{t(errors.title.message)}</p>}
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
  const { t, i18n } = useTranslation();
  const { store } = useApp();
  const toast = useToast();
  const data = useAssessment(assessmentId);
  const tracked = useLiveQuery(() => store.assessments.findings(assessmentId), [store, assessmentId]);

  const rows = useMemo<Row[]>(() => {
    if (!data || !tracked) return [];
    const byId = new Map<string, FindingRow>(tracked.map((f) => [f.findingId, f]));
    const questions = new Map(data.entries.map((e) => [e.question.id, e.question]));
    const scored = data.result.findings.map((f) => ({
      findingId: f.id,
      number: f.number,
      title: localized(questions.get(f.questionId)!.text, i18n.language),
      kind: t(`findings.kind.${f.kind}`),
      severity: f.severity,
      remediation: localized(f.remediation, i18n.language),
      validUntil: f.validUntil,
      tracking: byId.get(f.id) ?? { status: 'open' as const },
    }));
    const manual = tracked
      .filter((f) => f.manual)
      .map((f) => ({ findingId: f.findingId, number: '', title: f.manual!.title, kind: t('findings.kind.manual'), severity: f.manual!.severity, remediation: f.manual!.remediation, tracking: f }));
    return [...scored, ...manual];
  }, [data, tracked, i18n.language, t]);

  if (data === undefined || tracked === undefined) return <p className="muted page">{t('common.loading')}</p>;
  if (data === null) return <p className="page">{t('assessment.errors.notFound')}</p>;
  const readOnly = data.assessment.status === 'final';

  const track = async (findingId: string, tracking: FindingTracking) => {
    try {
      await store.assessments.trackFinding(assessmentId, findingId, { owner: tracking.owner, dueDate: tracking.dueDate, status: tracking.status });
    } catch (error) {
      toast(error instanceof RepositoryError ? t(error.messageKey, error.params) : String(error), 'error');
    }
  };

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
      </header>
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
                      <a href={href({ name: 'assessment', assessmentId, questionId: row.findingId.replace(/^F-/, '').replace(/-EXPIRING$/, '') })}>{row.number}</a>
                    )}{' '}
                    {row.title}
                    <span className="muted finding-kind">
                      {row.kind}
                      {row.validUntil && ` · ${t('findings.validUntil', { date: row.validUntil })}`}
                    </span>
                  </th>
                  <td className="finding-remediation">{row.remediation}</td>
                  <TrackingCells row={row} readOnly={readOnly} onChange={(tracking) => void track(row.findingId, tracking)} />
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
