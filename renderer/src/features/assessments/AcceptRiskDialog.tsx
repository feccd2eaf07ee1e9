import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { addMonths, localDate } from '@shared/calendar';
import { riskAcceptanceSchema } from '@shared/domain/assessment';
import type { MessageKey } from '@shared/i18n/keys';
import { useApp } from '../../app/context';
import { RepositoryError } from '../../db';
import { CalendarDateInput } from '../../ui/DateInput';
import { Dialog } from '../../ui/Dialog';
import { failureMessage } from '../../ui/failure-message';
import { useToast } from '../../ui/Toast';
import { useFormat } from '../../ui/use-format';
import { useT } from '../../ui/use-t';

const formSchema = riskAcceptanceSchema.omit({ acceptedOn: true });
type AcceptanceForm = z.infer<typeof formSchema>;

/**
 * Accepts a finding's risk: why, who approved it and in which role, the compensating control, and until when (by
 * default as long as Settings allow). Nothing is written until the form is complete and valid.
 */
export function AcceptRiskDialog({
  assessmentId,
  findingId,
  label,
  onClose,
}: {
  assessmentId: string;
  findingId: string;
  label: string;
  onClose: (accepted: boolean) => void;
}) {
  const t = useT();
  const format = useFormat();
  const { store } = useApp();
  const toast = useToast();
  const id = useId();
  const [months, setMonths] = useState<number | null>(null);
  const [failure, setFailure] = useState('');
  const today = localDate(new Date());
  const {
    register,
    handleSubmit,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = useForm<AcceptanceForm>({
    resolver: zodResolver(formSchema),
    defaultValues: { justification: '', approver: '', approverRole: '', control: '', until: '' },
  });

  useEffect(() => {
    void store.settings.acceptanceMonths().then((allowed) => {
      setMonths(allowed);
      setValue('until', addMonths(localDate(new Date()), allowed));
    });
  }, [setValue, store]);

  // The schema's messages are keys of the acceptance strings.
  const error = (field: keyof AcceptanceForm) => {
    const message = errors[field]?.message;
    return message ? t(message.startsWith('acceptance.errors.') ? (message as MessageKey) : 'acceptance.errors.required') : undefined;
  };

  const submit = handleSubmit(async (values) => {
    setFailure('');
    try {
      await store.assessments.acceptRisk(assessmentId, findingId, { ...values, acceptedOn: today });
      toast(t('acceptance.done', { finding: label, date: format.date(values.until) }));
      onClose(true);
    } catch (cause) {
      setFailure(cause instanceof RepositoryError ? failureMessage(t, cause) : t('common.failures.notDone', { message: failureMessage(t, cause) }));
    }
  });

  const field = (name: 'justification' | 'approver' | 'approverRole' | 'control', multiline = false) => {
    const message = error(name);
    const props = {
      id: `${id}-${name}`,
      className: multiline ? 'input textarea' : 'input',
      'aria-invalid': message ? true : undefined,
      'aria-describedby': message ? `${id}-${name}-error` : name === 'control' ? `${id}-control-hint` : undefined,
      ...register(name),
    };
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>{t(`acceptance.${name}`)}</label>
        {multiline ? <textarea rows={3} {...props} /> : <input {...props} />}
        {name === 'control' && !message && (
          <p id={`${id}-control-hint`} className="field-hint">
            {t('acceptance.controlHint')}
          </p>
        )}
        {message && (
          <p id={`${id}-${name}-error`} className="field-error" role="alert">
            {message}
          </p>
        )}
      </div>
    );
  };

  const until = useWatch({ control, name: 'until' });
  const untilError = error('until');
  return (
    <Dialog
      title={t('acceptance.title', { finding: label })}
      onClose={() => onClose(false)}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" className="button" onClick={() => onClose(false)}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={isSubmitting || months === null}>
            {t('acceptance.confirm')}
          </button>
        </>
      }
    >
      <p>{t('acceptance.intro')}</p>
      {field('justification', true)}
      {field('approver')}
      {field('approverRole')}
      {field('control', true)}
      <div className="field">
        <label htmlFor={`${id}-until`}>{t('acceptance.until')}</label>
        <CalendarDateInput
          id={`${id}-until`}
          className="input"
          value={until || undefined}
          aria-invalid={untilError ? true : undefined}
          aria-describedby={`${id}-until-hint`}
          onChange={(until) => setValue('until', until ?? '', { shouldValidate: true })}
        />
        <p id={`${id}-until-hint`} className={untilError ? 'field-error' : 'field-hint'} role={untilError ? 'alert' : undefined}>
          {untilError ?? (months === null ? '' : t('acceptance.untilHint', { count: months }))}
        </p>
      </div>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
    </Dialog>
  );
}
