import { useId, useState } from 'react';
import { supportedLanguages, type Language } from '@shared/i18n';
import { buildResponsePack, questionSetText, responsePackFileName } from '@shared/response-pack/build';
import { applicableQuestions } from '@shared/questionnaire/questions';
import { call } from '../../app/api';
import { sha256Hex } from '../../db/assessments';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toast';
import { useUiLanguage } from '../../ui/use-format';
import { useT } from '../../ui/use-t';
import type { LoadedAssessment } from './use-assessment';

interface Props {
  data: LoadedAssessment;
  onClose: () => void;
}

/** Asks who is asking and by when, then has the Node side write the workbook the vendor fills in. */
export function ResponsePackDialog({ data, onClose }: Props) {
  const t = useT();
  const toast = useToast();
  const uiLanguage = useUiLanguage();
  const id = useId();
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [format, setFormat] = useState<'xlsx' | 'html'>('xlsx');
  const [buyer, setBuyer] = useState('');
  const [contact, setContact] = useState('');
  const [deadline, setDeadline] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { assessment, questionnaire, vendor } = data;
  const questions = applicableQuestions(questionnaire, assessment.profile);

  const submit = async () => {
    if (buyer.trim() === '') {
      setError(t('responsePacks.export.buyerMissing'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const createdAt = new Date().toISOString();
      const pack = buildResponsePack({
        packId: crypto.randomUUID(),
        assessmentId: assessment.id,
        questionnaire,
        profile: assessment.profile,
        questionSetSha256: await sha256Hex(new Blob([questionSetText(questionnaire, questions)])),
        language,
        createdAt,
        vendor: vendor?.name ?? '—',
        buyer: buyer.trim(),
        contact: contact.trim(),
        ...(deadline && { deadline }),
      });
      const result = await call('responsePacks:export', {
        pack,
        format,
        fileName: responsePackFileName(pack.vendor, language, createdAt.slice(0, 10), format),
      });
      if ('path' in result) {
        toast(t('responsePacks.export.saved', { path: result.path }));
        onClose();
      } else if ('refused' in result) setError(t('responsePacks.export.failed'));
    } catch {
      setError(t('responsePacks.export.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('responsePacks.export.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t(format === 'html' ? 'responsePacks.export.submitHtml' : 'responsePacks.export.submit')}
          </button>
        </>
      }
    >
      <p className="muted">{t('responsePacks.export.intro', { count: questions.length })}</p>
      <div className="field">
        <label htmlFor={`${id}-language`}>{t('responsePacks.export.language')}</label>
        <select id={`${id}-language`} className="input" value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
          {supportedLanguages.map((l) => (
            <option key={l} value={l}>
              {t(`settings.language.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field">
        <legend>{t('responsePacks.export.format')}</legend>
        {(['xlsx', 'html'] as const).map((value) => (
          <label key={value} className="radio-line">
            <input type="radio" name={`${id}-format`} value={value} checked={format === value} onChange={() => setFormat(value)} />{' '}
            {t(value === 'xlsx' ? 'responsePacks.export.formatXlsx' : 'responsePacks.export.formatHtml')}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-buyer`}>{t('responsePacks.export.buyer')}</label>
        <input
          id={`${id}-buyer`}
          className="input"
          autoFocus
          required
          maxLength={200}
          value={buyer}
          onChange={(e) => setBuyer(e.target.value)}
          aria-invalid={error !== null && buyer.trim() === '' ? true : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-contact`}>{t('responsePacks.export.contact')}</label>
        <input
          id={`${id}-contact`}
          className="input"
          maxLength={300}
          value={contact}
          onChange={(e) => setContact(e.target.value)}
          aria-describedby={`${id}-contact-hint`}
        />
        <p id={`${id}-contact-hint`} className="field-hint">
          {t('responsePacks.export.contactHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-deadline`}>{t('responsePacks.export.deadline')}</label>
        <input id={`${id}-deadline`} className="input" type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
