import { useEffect, useId, useMemo } from 'react';
import { answerVersion } from '../../db/database';
import { useForm, useWatch, type FieldPath, type UseFormRegister } from 'react-hook-form';
import { MAX_NOTE_LENGTH, MAX_TEXT_ANSWER_LENGTH } from '@shared/questionnaire/limits';
import type { Question } from '@shared/questionnaire/schema';
import { isTyping } from '../../ui/keyboard';
import type { Language } from '@shared/i18n';
import { DateInput } from '../../ui/DateInput';
import { FieldError } from '../../ui/FieldError';
import { LimitedTextarea } from '../../ui/LimitedTextarea';
import { useUiLanguage } from '../../ui/use-format';
import { useT } from '../../ui/use-t';
import type { AnswerRow } from '../../db/database';
import { digitOptions, formValues, localized, type AnswerFormValues } from './answer-model';
import { answerIssues, withDraft, type AnswerSaver } from './answer-saver';
import { CertificationFields } from './CertificationFields';

interface Props {
  question: Question;
  row: AnswerRow | undefined;
  readOnly: boolean;
  /** The assessment date (YYYY-MM-DD): certificates are judged as of this day. */
  asOf: string;
  saver: AnswerSaver;
}

/** What the form starts from: this session's newest values for the question, else its stored row. */
function startingValues(question: Question, row: AnswerRow | undefined, saver: AnswerSaver, language: Language): AnswerFormValues {
  const newest = saver.latest(question.id);
  if (newest) return structuredClone(newest.values);
  // Shown as stored: the form's writes go over this version of the row, or are refused.
  saver.startFrom(question.id, answerVersion(row));
  if (row?.draft) return withDraft(formValues(question, undefined, row.note, language), row.draft);
  return formValues(question, row?.answer ?? undefined, row?.note, language);
}

function ChoiceInputs({
  question,
  register,
  disabled,
  error,
}: {
  question: Question;
  register: UseFormRegister<AnswerFormValues>;
  disabled: boolean;
  error?: string;
}) {
  const t = useT();
  const language = useUiLanguage();
  const spec = question.answer;
  const options =
    spec.type === 'yesNo'
      ? (['yes', 'partial', 'no'] as const).map((id) => ({ id, label: t(`assessment.answer.${id}`) }))
      : spec.type === 'choice' || spec.type === 'multiChoice'
        ? spec.options.map((o) => ({ id: o.id, label: localized(o.label, language) }))
        : [];
  const multiple = spec.type === 'multiChoice';
  return (
    <div className="options" role={multiple ? 'group' : 'radiogroup'} aria-label={t('assessment.answer.label')} aria-invalid={error ? true : undefined}>
      {options.map((option, index) => (
        <label key={option.id} className="option">
          <input type={multiple ? 'checkbox' : 'radio'} value={option.id} disabled={disabled} {...register(multiple ? 'choices' : 'choice')} />
          <span>{option.label}</span>
          {index < 9 && <kbd aria-hidden="true">{index + 1}</kbd>}
        </label>
      ))}
    </div>
  );
}

export function AnswerForm({ question, row, readOnly, asOf, saver }: Props) {
  const t = useT();
  const id = useId();
  const language = useUiLanguage();
  const initial = useMemo(() => startingValues(question, row, saver, language), []); // eslint-disable-line react-hooks/exhaustive-deps -- the form starts once per question
  const { register, control, watch, setValue, getValues, setError, clearErrors, formState } = useForm<AnswerFormValues>({ defaultValues: initial });

  // Problems are shown at their fields as they happen; the answer is kept as a draft meanwhile.
  const showIssues = useMemo(
    () => (values: AnswerFormValues) => {
      clearErrors();
      for (const issue of answerIssues(question, values, t)) setError(issue.field as FieldPath<AnswerFormValues>, { message: issue.message });
    },
    [clearErrors, question, setError, t],
  );

  useEffect(() => showIssues(getValues()), [getValues, showIssues]);

  // Every change hands a copy of the whole form, tagged with this question, to the one save queue.
  useEffect(() => {
    if (readOnly) return;
    // eslint-disable-next-line react-hooks/incompatible-library -- a subscription made in an effect, not a value read in render
    const subscription = watch((values) => {
      const snapshot = structuredClone(values) as AnswerFormValues;
      showIssues(snapshot);
      saver.schedule(question.id, { question, values: snapshot });
    });
    return () => {
      subscription.unsubscribe();
      void saver.flush(question.id);
    };
  }, [question, readOnly, saver, showIssues, watch]);

  // Answer shortcuts: digits pick the n-th option (held / in progress / no on certifications,
  // toggles on multi-select), 0 toggles not applicable.
  useEffect(() => {
    if (readOnly) return;
    const options = digitOptions(question);
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const key = event.key;
      if (/^[1-9]$/.test(key) && options[Number(key) - 1]) {
        event.preventDefault();
        const option = options[Number(key) - 1]!;
        setValue('na', false, { shouldDirty: true });
        if (option.field === 'choices') {
          const chosen = getValues('choices');
          setValue('choices', chosen.includes(option.value) ? chosen.filter((c) => c !== option.value) : [...chosen, option.value], { shouldDirty: true });
        } else {
          setValue(option.field, option.value as never, { shouldDirty: true });
        }
      } else if (key === '0' && question.allowNotApplicable) {
        event.preventDefault();
        setValue('na', !getValues('na'), { shouldDirty: true });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [getValues, question, readOnly, setValue]);

  const [na, note, text, cert] = useWatch({ control, name: ['na', 'note', 'text', 'cert'] });
  const errors = formState.errors;
  const spec = question.answer;
  const disabled = readOnly || na;

  return (
    <form className="answer-form" data-question={question.id} noValidate onSubmit={(event) => event.preventDefault()}>
      {(spec.type === 'yesNo' || spec.type === 'choice' || spec.type === 'multiChoice') && (
        <>
          <ChoiceInputs question={question} register={register} disabled={disabled} error={errors.choice?.message ?? errors.choices?.message} />
          <FieldError id={`${id}-choice-error`} message={errors.choice?.message ?? errors.choices?.message} />
        </>
      )}
      {spec.type === 'number' && (
        <div className="field inline-field">
          <label htmlFor={`${id}-number`}>{t('assessment.answer.value')}</label>
          <input
            id={`${id}-number`}
            className="input input-number"
            inputMode="decimal"
            disabled={disabled}
            aria-invalid={errors.number ? true : undefined}
            aria-describedby={errors.number ? `${id}-number-error` : undefined}
            {...register('number')}
          />
          <span className="muted">{localized(spec.unit, language)}</span>
          <FieldError id={`${id}-number-error`} message={errors.number?.message} />
        </div>
      )}
      {spec.type === 'date' && (
        <div className="field inline-field">
          <label htmlFor={`${id}-date`}>{t('assessment.answer.date')}</label>
          <DateInput
            id={`${id}-date`}
            className="input input-date"
            disabled={disabled}
            aria-invalid={errors.date ? true : undefined}
            aria-describedby={errors.date ? `${id}-date-error` : undefined}
            {...register('date')}
          />
          <FieldError id={`${id}-date-error`} message={errors.date?.message} />
        </div>
      )}
      {spec.type === 'text' && (
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('assessment.answer.text')}</label>
          <LimitedTextarea
            id={`${id}-text`}
            className="input textarea"
            rows={4}
            disabled={disabled}
            maxLength={MAX_TEXT_ANSWER_LENGTH}
            length={text.length}
            {...register('text')}
          />
          <FieldError id={`${id}-text-error`} message={errors.text?.message} />
        </div>
      )}
      {spec.type === 'certification' && (
        <CertificationFields spec={spec} values={cert} register={register} errors={errors.cert} disabled={disabled} asOf={asOf} idPrefix={id} />
      )}
      {question.allowNotApplicable && (
        <label className="check na-check">
          <input type="checkbox" disabled={readOnly} {...register('na')} />
          {t('assessment.answer.na')} <kbd aria-hidden="true">0</kbd>
        </label>
      )}
      <FieldError id={`${id}-error`} message={errors.root?.message} />
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('assessment.answer.note')}</label>
        <LimitedTextarea
          id={`${id}-note`}
          className="input textarea"
          rows={3}
          disabled={readOnly}
          placeholder={t('assessment.answer.notePlaceholder')}
          maxLength={MAX_NOTE_LENGTH}
          length={note.length}
          {...register('note')}
        />
      </div>
    </form>
  );
}
