import { zodResolver } from '@hookform/resolvers/zod';
import { failureMessage } from '../../ui/failure-message';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useState } from 'react';
import { useForm, useWatch, type Control, type Resolver } from 'react-hook-form';
import { assessmentSetupSchema, type AssessmentSetup } from '@shared/domain/assessment';
import { formatDateInput, parseDateInput } from '@shared/i18n/date-entry';
import { refKey } from '@shared/questionnaire/catalog';
import type { Questionnaire } from '@shared/questionnaire/schema';
import { allQuestions, applicableQuestions } from '@shared/questionnaire/questions';
import { aiAutonomyLevels, criticalityLevels, dataCategories, regulations, sectors } from '@shared/questionnaire/profile';
import { inherentRisk } from '@shared/scoring/risk';
import { useApp } from '../../app/context';
import { href, navigate } from '../../app/router';
import { RepositoryError } from '../../db';
import { DateInput } from '../../ui/DateInput';
import { useToast } from '../../ui/Toast';
import { useUiLanguage } from '../../ui/use-format';
import { translateIfKey, useT } from '../../ui/use-t';
import { localized } from './answer-model';
import './assessments.css';

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Live consequences of the intake: inherent risk and how many questions apply. */
function IntakeSummary({ control, questionnaire }: { control: Control<AssessmentSetup>; questionnaire: Questionnaire }) {
  const t = useT();
  const profile = useWatch({ control, name: 'profile' });
  const risk = inherentRisk(profile);
  const applicable = applicableQuestions(questionnaire, profile).length;
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
      <p data-applicable-count={applicable}>{t('assessment.new.applicable', { count: applicable, total: allQuestions(questionnaire).length })}</p>
    </aside>
  );
}

/** The questionnaires a new assessment can use, newest last; undefined while they load. */
function useQuestionnaires(): Questionnaire[] | undefined {
  const { store } = useApp();
  const [list, setList] = useState<Questionnaire[]>();
  useEffect(() => {
    let live = true;
    void store.questionnaires.list().then((all) => live && setList(all));
    return () => {
      live = false;
    };
  }, [store]);
  return list;
}

export function NewAssessmentPage({ vendorId }: { vendorId: string }) {
  const questionnaires = useQuestionnaires();
  const t = useT();
  if (!questionnaires) return <p className="muted">{t('common.loading')}</p>;
  return <IntakeForm vendorId={vendorId} questionnaires={questionnaires} />;
}

function IntakeForm({ vendorId, questionnaires }: { vendorId: string; questionnaires: Questionnaire[] }) {
  const t = useT();
  const { store } = useApp();
  const [chosenKey, setChosenKey] = useState(() => refKey(questionnaires[questionnaires.length - 1]!));
  const questionnaire = questionnaires.find((q) => refKey(q) === chosenKey) ?? questionnaires[questionnaires.length - 1]!;
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
      profile: {
        dataCategories: ['personal'],
        aiAutonomy: 'assistive',
        criticality: 'medium',
        regulatoryScope: ['gdpr'],
        sector: 'other',
        requiresEuResidency: true,
      },
    },
  });

  const submit = handleSubmit(async (setup) => {
    try {
      const row = await store.assessments.create(vendorId, setup, questionnaire);
      navigate({ name: 'assessment', assessmentId: row.id }, { replace: true });
    } catch (error) {
      toast(error instanceof RepositoryError ? failureMessage(t, error) : t('common.failures.notDone', { message: failureMessage(t, error) }), 'error');
    }
  });

  const fieldError = (message?: string) =>
    message ? (
      <p className="field-error" role="alert">
        {translateIfKey(t, message)}
      </p>
    ) : null;

  return (
    <section className="page" aria-labelledby={`${id}-title`}>
      <header className="page-header">
        <div>
          <a className="back-link" href={href({ name: 'vendor', vendorId })}>
            ← {vendor?.name ?? t('vendors.title')}
          </a>
          <h1 id={`${id}-title`}>{t('assessment.new.title')}</h1>
          <p className="page-subtitle">
            {t('assessment.new.subtitle', { questionnaire: localized(questionnaire.title, language), version: questionnaire.version })}
          </p>
        </div>
      </header>
      <form className="intake" noValidate onSubmit={(event) => void submit(event)}>
        <div className="intake-main">
          <section className="card card-padded form-grid" aria-labelledby={`${id}-engagement`}>
            <h2 id={`${id}-engagement`}>{t('assessment.new.engagement')}</h2>
            <div className="field span-all">
              <label htmlFor={`${id}-questionnaire`}>{t('assessment.new.questionnaire')}</label>
              <select
                id={`${id}-questionnaire`}
                className="input"
                value={chosenKey}
                aria-describedby={`${id}-questionnaire-facts`}
                onChange={(event) => setChosenKey(event.target.value)}
              >
                {questionnaires.map((q) => (
                  <option key={refKey(q)} value={refKey(q)}>
                    {t('assessment.new.questionnaireOption', { title: localized(q.title, language), version: q.version })}
                  </option>
                ))}
              </select>
              <p id={`${id}-questionnaire-facts`} className="field-hint" data-questionnaire={chosenKey}>
                {t('assessment.new.questionnaireFacts', { domains: questionnaire.domains.length, questions: allQuestions(questionnaire).length })}
              </p>
            </div>
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
        <IntakeSummary control={control} questionnaire={questionnaire} />
      </form>
    </section>
  );
}
