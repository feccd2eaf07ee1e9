import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo } from 'react';
import { useForm, useWatch, type Control, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { assessmentSetupSchema, type AssessmentSetup } from '../../../../shared/domain/assessment';
import { formatDateInput, parseDateInput } from '../../../../shared/i18n/date-entry';
import { builtInQuestionnaire } from '../../../../shared/questionnaire/bank';
import { aiAutonomyLevels, criticalityLevels, dataCategories, matchesProfile, regulations, sectors } from '../../../../shared/questionnaire/profile';
import { inherentRisk } from '../../../../shared/scoring/risk';
import { useApp } from '../../app/context';
import { href, navigate } from '../../app/router';
import { RepositoryError } from '../../db';
import { DateInput } from '../../ui/DateInput';
import { useToast } from '../../ui/Toast';
import { useUiLanguage } from '../../ui/use-format';
import { localized } from './answer-model';
import './assessments.css';

const questions = builtInQuestionnaire.domains.flatMap((d) => d.sections.flatMap((s) => s.questions));

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Live consequences of the intake: inherent risk and how many questions apply. */
function IntakeSummary({ control }: { control: Control<AssessmentSetup> }) {
  const { t } = useTranslation();
  const profile = useWatch({ control, name: 'profile' });
  const risk = inherentRisk(profile);
  const applicable = questions.filter((q) => matchesProfile(q.appliesWhen, profile)).length;
  return (
    <aside className="card card-padded intake-summary" aria-live="polite">
      <h2>{t('assessment.new.summaryTitle')}</h2>
      <p className="muted">{t('assessment.new.inherentRisk')}</p>
      <p>
        <span className={`badge tier-${risk.tier}`} data-inherent-tier={risk.tier}>
          {t(`risk.tier.${risk.tier}`)}
        </span>{' '}
        <span className="muted">{t('assessment.new.points', { count: risk.points })}</span>
      </p>
      <ul className="factor-list">
        {risk.factors.map((f) => (
          <li key={f.factor}>
            {t(`assessment.profile.factor.${f.factor}`)} <span className="muted">+{f.points}</span>
          </li>
        ))}
      </ul>
      <p data-applicable-count={applicable}>{t('assessment.new.applicable', { count: applicable, total: questions.length })}</p>
    </aside>
  );
}

export function NewAssessmentPage({ vendorId }: { vendorId: string }) {
  const { t, i18n } = useTranslation();
  const { store } = useApp();
  const toast = useToast();
  const vendor = useLiveQuery(() => store.vendors.get(vendorId), [store, vendorId]);
  const id = useId();
  const language = useUiLanguage();
  // The form holds the date as typed ("02.12.2026"); the schema checks, and the repository gets, YYYY-MM-DD.
  const resolver = useMemo<Resolver<AssessmentSetup>>(() => {
    const schema = zodResolver(assessmentSetupSchema);
    return (values, context, options) => {
      const date = parseDateInput(values.assessmentDate, language);
      return schema({ ...values, assessmentDate: date ?? '' }, context, options);
    };
  }, [language]);
  const {
    register,
    handleSubmit,
    control,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<AssessmentSetup>({
    resolver,
    defaultValues: {
      serviceName: '',
      assessor: '',
      assessmentDate: formatDateInput(today(), language),
      profile: { dataCategories: ['personal'], aiAutonomy: 'assistive', criticality: 'medium', regulatoryScope: ['gdpr'], sector: 'other', requiresEuResidency: true },
    },
  });

  const submit = handleSubmit(async (setup) => {
    try {
      const row = await store.assessments.create(vendorId, setup, builtInQuestionnaire);
      navigate({ name: 'assessment', assessmentId: row.id }, { replace: true });
    } catch (error) {
      toast(error instanceof RepositoryError ? t(error.messageKey, error.params) : String(error), 'error');
    }
  });

  const fieldError = (message?: string) => (message ? <p className="field-error" role="alert">{t(message)}</p> : null);

  return (
    <section className="page" aria-labelledby={`${id}-title`}>
      <header className="page-header">
        <div>
          <a className="back-link" href={href({ name: 'vendor', vendorId })}>
            ← {vendor?.name ?? t('vendors.title')}
          </a>
          <h1 id={`${id}-title`}>{t('assessment.new.title')}</h1>
          <p className="page-subtitle">
            {t('assessment.new.subtitle', { questionnaire: localized(builtInQuestionnaire.title, i18n.language), version: builtInQuestionnaire.version })}
          </p>
        </div>
      </header>
      <form className="intake" noValidate onSubmit={(event) => void submit(event)}>
        <div className="intake-main">
          <section className="card card-padded form-grid" aria-labelledby={`${id}-engagement`}>
            <h2 id={`${id}-engagement`}>{t('assessment.new.engagement')}</h2>
            <div className="field">
              <label htmlFor={`${id}-service`}>{t('assessment.new.serviceName')}</label>
              <input id={`${id}-service`} className="input" autoFocus {...register('serviceName')} aria-invalid={errors.serviceName ? true : undefined} />
              <p className="field-hint">{t('assessment.new.serviceHint')}</p>
              {fieldError(errors.serviceName?.message)}
            </div>
            <div className="field">
              <label htmlFor={`${id}-assessor`}>{t('assessment.new.assessor')}</label>
              <input id={`${id}-assessor`} className="input" autoComplete="name" {...register('assessor')} aria-invalid={errors.assessor ? true : undefined} />
              {fieldError(errors.assessor?.message)}
            </div>
            <div className="field">
              <label htmlFor={`${id}-date`}>{t('assessment.new.date')}</label>
              <DateInput id={`${id}-date`} {...register('assessmentDate')} aria-invalid={errors.assessmentDate ? true : undefined} />
              {fieldError(errors.assessmentDate && (getValues('assessmentDate').trim() ? 'dateField.invalid' : 'assessment.errors.dateRequired'))}
            </div>
          </section>

          <section className="card card-padded form-grid" aria-labelledby={`${id}-profile`}>
            <h2 id={`${id}-profile`}>{t('assessment.new.profile')}</h2>
            <p className="field-hint span-all">{t('assessment.new.profileHint')}</p>
            <fieldset className="field">
              <legend>{t('assessment.profile.dataCategories')}</legend>
              {dataCategories.map((value) => (
                <label key={value} className="check">
                  <input type="checkbox" value={value} {...register('profile.dataCategories')} />
                  {t(`assessment.profile.factor.dataCategories.${value}`)}
                </label>
              ))}
            </fieldset>
            <fieldset className="field">
              <legend>{t('assessment.profile.aiAutonomy')}</legend>
              {aiAutonomyLevels.map((value) => (
                <label key={value} className="check">
                  <input type="radio" value={value} {...register('profile.aiAutonomy')} />
                  {t(`assessment.profile.factor.aiAutonomy.${value}`)}
                </label>
              ))}
            </fieldset>
            <fieldset className="field">
              <legend>{t('assessment.profile.regulatoryScope')}</legend>
              {regulations.map((value) => (
                <label key={value} className="check">
                  <input type="checkbox" value={value} {...register('profile.regulatoryScope')} />
                  {t(`assessment.profile.factor.regulatoryScope.${value}`)}
                </label>
              ))}
            </fieldset>
            <div className="field">
              <label htmlFor={`${id}-criticality`}>{t('assessment.profile.criticality')}</label>
              <select id={`${id}-criticality`} className="input" {...register('profile.criticality')}>
                {criticalityLevels.map((value) => (
                  <option key={value} value={value}>
                    {t(`assessment.profile.factor.criticality.${value}`)}
                  </option>
                ))}
              </select>
              <label htmlFor={`${id}-sector`}>{t('assessment.profile.sector')}</label>
              <select id={`${id}-sector`} className="input" {...register('profile.sector')}>
                {sectors.map((value) => (
                  <option key={value} value={value}>
                    {t(`assessment.profile.sectors.${value}`)}
                  </option>
                ))}
              </select>
              <label className="check">
                <input type="checkbox" {...register('profile.requiresEuResidency')} />
                {t('assessment.profile.requiresEuResidency')}
              </label>
            </div>
          </section>
          <div className="form-actions">
            <a className="button" href={href({ name: 'vendor', vendorId })}>
              {t('common.cancel')}
            </a>
            <button type="submit" className="button button-primary" disabled={isSubmitting}>
              {t('assessment.new.start')}
            </button>
          </div>
        </div>
        <IntakeSummary control={control} />
      </form>
    </section>
  );
}
