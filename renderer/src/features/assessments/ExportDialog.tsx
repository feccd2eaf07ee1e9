import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/i18n';
import type { IdentitySummaryDto } from '../../../../shared/ipc/contract';
import { buildAssessmentExport } from '../../../../shared/report/assessment-export';
import { buildReportModel, reportFileName } from '../../../../shared/report/build';
import { DEFAULT_EXPIRY_WINDOW_DAYS } from '../../../../shared/scoring/engine';
import { call, IpcCallError } from '../../app/api';
import { useApp } from '../../app/context';
import { href } from '../../app/router';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toast';
import type { LoadedAssessment } from './use-assessment';

interface Props {
  data: LoadedAssessment;
  onClose: () => void;
}

/** Builds the report model and the embedded assessment here; the Node side lays out, signs and saves. */
export function ExportDialog({ data, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { store } = useApp();
  const toast = useToast();
  const id = useId();
  const [identities, setIdentities] = useState<IdentitySummaryDto[] | null>(null);
  const [language, setLanguage] = useState<Language>(i18n.language === 'de' ? 'de' : 'en');
  const [identityId, setIdentityId] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void call('identities:list', {}).then((list) => {
      const usable = list.filter((identity) => new Date(identity.notAfter) > new Date());
      setIdentities(usable);
      setIdentityId(usable[0]?.id ?? '');
    });
  }, []);

  const submit = async () => {
    setError('');
    if (identityId && passphrase === '') {
      setError(t('export.errors.passphraseRequired'));
      return;
    }
    setBusy(true);
    try {
      const { assessment, vendor, questionnaire, result } = data;
      const tracking = await store.assessments.findings(assessment.id);
      const rows = [...data.rows.values()];
      const model = buildReportModel({
        language,
        generatedAt: new Date().toISOString(),
        vendor: { name: vendor?.name ?? '—', website: vendor?.website, services: vendor?.services ?? [] },
        assessment,
        questionnaire,
        result,
        answers: Object.fromEntries(rows.map((row) => [row.questionId, { answer: row.answer, note: row.note }])),
        evidence: data.evidence.map((e) => ({ questionId: e.questionId, fileName: e.fileName, size: e.size, sha256: e.sha256 })),
        tracking,
        expiryWindowDays: DEFAULT_EXPIRY_WINDOW_DAYS,
      });
      const exported = buildAssessmentExport({
        exportedAt: new Date().toISOString(),
        vendor: { name: vendor?.name ?? '—', ...(vendor?.website ? { website: vendor.website } : {}), services: vendor?.services ?? [] },
        assessment: {
          id: assessment.id,
          serviceName: assessment.serviceName,
          assessor: assessment.assessor,
          assessmentDate: assessment.assessmentDate,
          profile: assessment.profile,
          questionnaireId: assessment.questionnaireId,
          questionnaireVersion: assessment.questionnaireVersion,
          status: assessment.status,
          revision: assessment.revision,
          domainWeights: assessment.domainWeights,
          ...(assessment.override ? { override: assessment.override } : {}),
          ...(assessment.finalisedAt ? { finalisedAt: assessment.finalisedAt } : {}),
        },
        answers: rows.map((row) => ({ questionId: row.questionId, answer: row.answer, ...(row.note ? { note: row.note } : {}) })),
        evidence: data.evidence.map((e) => ({ questionId: e.questionId, fileName: e.fileName, mediaType: e.mediaType, size: e.size, sha256: e.sha256 })),
        findings: tracking.map(({ findingId, owner, dueDate, status, manual }) => ({ findingId, status, ...(owner ? { owner } : {}), ...(dueDate ? { dueDate } : {}), ...(manual ? { manual } : {}) })),
      });
      const outcome = await call('reports:export', {
        model,
        assessmentJson: JSON.stringify(exported),
        fileName: reportFileName(language, vendor?.name ?? 'vendor', assessment.assessmentDate),
        ...(identityId ? { identityId, passphrase } : {}),
      });
      if ('refused' in outcome) {
        setError(t(`export.errors.${outcome.refused}`, { defaultValue: outcome.message }));
      } else if ('cancelled' in outcome) {
        setBusy(false);
      } else {
        setPassphrase('');
        toast(t(outcome.signed ? 'export.savedSigned' : 'export.saved', { path: outcome.path }));
        onClose();
      }
    } catch (e) {
      setError(e instanceof IpcCallError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('export.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || identities === null}>
            {busy ? t('export.working') : t(identityId ? 'export.signAndSave' : 'export.saveUnsigned')}
          </button>
        </>
      }
    >
      <div className="field">
        <label htmlFor={`${id}-lang`}>{t('export.language')}</label>
        <select id={`${id}-lang`} className="input" value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
          <option value="en">English</option>
          <option value="de">Deutsch</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-identity`}>{t('export.identity')}</label>
        <select id={`${id}-identity`} className="input" value={identityId} onChange={(event) => setIdentityId(event.target.value)} disabled={identities === null}>
          {(identities ?? []).map((identity) => (
            <option key={identity.id} value={identity.id}>
              {identity.name}
              {identity.organisation ? ` · ${identity.organisation}` : ''}
            </option>
          ))}
          <option value="">{t('export.unsigned')}</option>
        </select>
        {identities !== null && identities.length === 0 && (
          <p className="field-hint">
            {t('export.noIdentity')} <a href={href({ name: 'settings' })}>{t('nav.settings')}</a>
          </p>
        )}
      </div>
      {identityId && (
        <div className="field">
          <label htmlFor={`${id}-pass`}>{t('export.passphrase')}</label>
          <input id={`${id}-pass`} type="password" className="input" autoComplete="off" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
