import { useCallback, useEffect, useId, useRef } from 'react';
import { useForm, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { answerSchema } from '../../../../shared/questionnaire/answers';
import type { Question } from '../../../../shared/questionnaire/schema';
import { useApp } from '../../app/context';
import { isTyping } from '../../ui/keyboard';
import { RepositoryError } from '../../db';
import type { AnswerRow } from '../../db/database';
import { answerFromForm, formValues, localized, type AnswerFormValues } from './answer-model';

/** Autosave waits this long after the last change, well inside the 500 ms promise. */
export const AUTOSAVE_DELAY_MS = 250;

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

interface Props {
  assessmentId: string;
  question: Question;
  row: AnswerRow | undefined;
  readOnly: boolean;
  onSaveState: (state: SaveState, message?: string) => void;
}


function ChoiceInputs({ question, register, disabled }: { question: Question; register: UseFormRegister<AnswerFormValues>; disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const spec = question.answer;
  const options =
    spec.type === 'yesNo'
      ? (['yes', 'partial', 'no'] as const).map((id) => ({ id, label: t(`assessment.answer.${id}`) }))
      : spec.type === 'choice' || spec.type === 'multiChoice'
        ? spec.options.map((o) => ({ id: o.id, label: localized(o.label, i18n.language) }))
        : [];
  const multiple = spec.type === 'multiChoice';
  return (
    <div className="options" role={multiple ? 'group' : 'radiogroup'} aria-label={t('assessment.answer.label')}>
      {options.map((option, index) => (
        <label key={option.id} className="option">
          <input type={multiple ? 'checkbox' : 'radio'} value={option.id} disabled={disabled} {...register(multiple ? 'choices' : 'choice')} />
          <span>{option.label}</span>
          {!multiple && index < 9 && <kbd aria-hidden="true">{index + 1}</kbd>}
        </label>
      ))}
    </div>
  );
}

export function AnswerForm({ assessmentId, question, row, readOnly, onSaveState }: Props) {
  const { t, i18n } = useTranslation();
  const { store } = useApp();
  const id = useId();
  const { register, watch, setValue, getValues, setError, clearErrors, formState } = useForm<AnswerFormValues>({
    defaultValues: formValues(question, row?.answer ?? undefined, row?.note),
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef(false);

  const save = useCallback(async () => {
    timer.current = null;
    if (!pending.current) return;
    pending.current = false;
    const values = getValues();
    const answer = answerFromForm(question, values);
    if (answer) {
      const parsed = answerSchema(question).safeParse(answer);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        setError('root', { message: issue.message.includes('.') ? t(issue.message) : t('assessment.answer.invalid') });
        onSaveState('error', t('assessment.answer.notSaved'));
        return;
      }
    }
    clearErrors('root');
    onSaveState('saving');
    try {
      await store.assessments.saveAnswer(assessmentId, question.id, answer, values.note);
      onSaveState('saved');
    } catch (error) {
      onSaveState('error', error instanceof RepositoryError ? t(error.messageKey, error.params) : String(error));
    }
  }, [assessmentId, clearErrors, getValues, onSaveState, question, setError, store, t]);

  // Every change schedules one save; leaving the question or the page saves at once.
  useEffect(() => {
    const subscription = watch(() => {
      if (readOnly) return;
      pending.current = true;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    });
    const flush = () => {
      if (timer.current) clearTimeout(timer.current);
      void save();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [readOnly, save, watch]);

  // Answer shortcuts: digits pick an option (yes / partial / no are 1 / 2 / 3), 0 toggles not applicable.
  useEffect(() => {
    if (readOnly) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const spec = question.answer;
      const key = event.key.toLowerCase();
      const set = (name: 'choice' | 'na', value: string | boolean) => {
        event.preventDefault();
        if (name === 'choice') setValue('na', false, { shouldDirty: true });
        setValue(name, value as never, { shouldDirty: true });
      };
      const options = spec.type === 'yesNo' ? ['yes', 'partial', 'no'] : spec.type === 'choice' ? spec.options.map((o) => o.id) : [];
      if (/^[1-9]$/.test(key) && options[Number(key) - 1]) set('choice', options[Number(key) - 1]!);
      if (key === '0' && question.allowNotApplicable) set('na', !getValues('na'));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [getValues, question, readOnly, setValue]);

  const na = watch('na');
  const held = watch('cert.held');
  const spec = question.answer;
  const disabled = readOnly || na;

  return (
    <form className="answer-form" noValidate onSubmit={(event) => event.preventDefault()} aria-describedby={`${id}-error`}>
      {(spec.type === 'yesNo' || spec.type === 'choice' || spec.type === 'multiChoice') && (
        <ChoiceInputs question={question} register={register} disabled={disabled} />
      )}
      {spec.type === 'number' && (
        <div className="field inline-field">
          <label htmlFor={`${id}-number`}>{t('assessment.answer.value')}</label>
          <input id={`${id}-number`} className="input input-number" inputMode="decimal" disabled={disabled} {...register('number')} />
          <span className="muted">{localized(spec.unit, i18n.language)}</span>
        </div>
      )}
      {spec.type === 'date' && (
        <div className="field inline-field">
          <label htmlFor={`${id}-date`}>{t('assessment.answer.date')}</label>
          <input id={`${id}-date`} type="date" className="input input-date" disabled={disabled} {...register('date')} />
        </div>
      )}
      {spec.type === 'text' && (
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('assessment.answer.text')}</label>
          <textarea id={`${id}-text`} className="input textarea" rows={4} disabled={disabled} {...register('text')} />
        </div>
      )}
      {spec.type === 'certification' && (
        <div className="cert-grid">
          <fieldset className="field span-all">
            <legend>{t('assessment.cert.held')}</legend>
            <div className="options options-row">
              {(['yes', 'inProgress', 'no'] as const).map((value) => (
                <label key={value} className="option">
                  <input type="radio" value={value} disabled={disabled} {...register('cert.held')} />
                  <span>{t(`assessment.cert.heldOptions.${value}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          {held === 'yes' && (
            <>
              {(['certificateId', 'issuer'] as const).map((name) => (
                <div className="field" key={name}>
                  <label htmlFor={`${id}-${name}`}>{t(`assessment.cert.${name}`)}</label>
                  <input id={`${id}-${name}`} className="input" disabled={disabled} {...register(`cert.${name}`)} />
                </div>
              ))}
              <div className="field span-all">
                <label htmlFor={`${id}-scope`}>{t('assessment.cert.scope')}</label>
                <input id={`${id}-scope`} className="input" disabled={disabled} {...register('cert.scope')} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-issueDate`}>{t('assessment.cert.issueDate')}</label>
                <input id={`${id}-issueDate`} type="date" className="input" disabled={disabled} {...register('cert.issueDate')} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-validUntil`}>{t(spec.kind === 'report' ? 'assessment.cert.periodEnd' : 'assessment.cert.validUntil')}</label>
                <input id={`${id}-validUntil`} type="date" className="input" disabled={disabled} {...register('cert.validUntil')} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-scopeCovers`}>{t('assessment.cert.scopeCoversService')}</label>
                <select id={`${id}-scopeCovers`} className="input" disabled={disabled} {...register('cert.scopeCoversService')}>
                  <option value="">{t('assessment.cert.unknown')}</option>
                  <option value="yes">{t('assessment.answer.yes')}</option>
                  <option value="no">{t('assessment.answer.no')}</option>
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-evidenceRef`}>{t('assessment.cert.evidenceRef')}</label>
                <input id={`${id}-evidenceRef`} className="input" disabled={disabled} {...register('cert.evidenceRef')} />
              </div>
            </>
          )}
        </div>
      )}
      {question.allowNotApplicable && (
        <label className="check na-check">
          <input type="checkbox" disabled={readOnly} {...register('na')} />
          {t('assessment.answer.na')} <kbd aria-hidden="true">0</kbd>
        </label>
      )}
      <p id={`${id}-error`} className="field-error" role="alert">
        {formState.errors.root?.message ?? ''}
      </p>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('assessment.answer.note')}</label>
        <textarea id={`${id}-note`} className="input textarea" rows={3} disabled={readOnly} placeholder={t('assessment.answer.notePlaceholder')} {...register('note')} />
      </div>
    </form>
  );
}
