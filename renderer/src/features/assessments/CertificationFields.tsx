import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useT } from '../../ui/use-t';
import type { AnswerSpec } from '@shared/questionnaire/schema';
import { BRIDGE_LETTER_MONTHS, DEFAULT_REPORT_VALIDITY_MONTHS } from '@shared/scoring/current-until';
import { daysBetween } from '@shared/calendar';
import { DEFAULT_EXPIRY_WINDOW_DAYS } from '@shared/scoring/engine';
import { useFormat } from '../../ui/use-format';
import { DateInput } from '../../ui/DateInput';
import { FieldError } from '../../ui/FieldError';
import type { AnswerFormValues } from './answer-model';
import { CERTIFICATION_DATE_FIELDS, typedCurrentUntil } from './certification-marker';
import './certification-fields.css';

type CertificationSpec = Extract<AnswerSpec, { type: 'certification' }>;
type CertValues = AnswerFormValues['cert'];
type TextField = 'certificateId' | 'issuer' | 'scope' | 'evidenceRef';
type DateField = (typeof CERTIFICATION_DATE_FIELDS)[CertificationSpec['kind']][number];

interface Props {
  spec: CertificationSpec;
  /** The form's certification values as they stand now. */
  values: CertValues;
  register: UseFormRegister<AnswerFormValues>;
  errors: FieldErrors<AnswerFormValues>['cert'];
  disabled: boolean;
  /** The assessment date (YYYY-MM-DD): the marker says how long the record is current from this day. */
  asOf: string;
  /** Prefix for element ids, unique per form. */
  idPrefix: string;
}

function CurrentUntilMarker({ spec, values, asOf, id }: { spec: CertificationSpec; values: CertValues; asOf: string; id: string }) {
  const t = useT();
  const format = useFormat();
  const until = typedCurrentUntil(spec, values);
  const rule =
    spec.kind === 'report'
      ? t('certification.rule.report', { months: spec.reportValidityMonths ?? DEFAULT_REPORT_VALIDITY_MONTHS, bridgeMonths: BRIDGE_LETTER_MONTHS })
      : t('certification.rule.certificate');
  if (!until) {
    return (
      <p id={id} className="field-hint span-all">
        {rule}
      </p>
    );
  }
  const days = daysBetween(asOf, until);
  const state = days < 0 ? 'expired' : days <= DEFAULT_EXPIRY_WINDOW_DAYS ? 'expiring' : 'current';
  const distance =
    days < 0
      ? t('certification.marker.expiredAgo', { count: -days })
      : days === 0
        ? t('certification.marker.expiresToday')
        : t('certification.marker.expiresIn', { count: days });
  return (
    <div id={id} className="cert-current span-all" data-state={state} role="status" title={t('certification.marker.asOf', { date: format.date(asOf) })}>
      <p className="cert-current-marker">
        <strong>{t('certification.marker.currentUntil', { date: format.date(until) })}</strong> · <span>{distance}</span>
      </p>
      <p className="field-hint">{rule}</p>
    </div>
  );
}

/** What a certificate or report states, with the fields its kind has, and how long it is current as of the assessment date. */
export function CertificationFields({ spec, values, register, errors, disabled, asOf, idPrefix }: Props) {
  const t = useT();
  const id = (field: string) => `${idPrefix}-${field}`;
  const errorOf = (field: keyof CertValues) => errors?.[field]?.message;
  const invalid = (field: keyof CertValues, hint?: string) => {
    const message = errorOf(field);
    const describedBy = [message ? id(`${field}-error`) : undefined, hint].filter(Boolean).join(' ');
    return { 'aria-invalid': message ? true : undefined, 'aria-describedby': describedBy || undefined } as const;
  };
  const markerId = id('current-until');

  const textInput = (field: TextField, wide = false) => (
    <div className={wide ? 'field span-all' : 'field'} key={field}>
      <label htmlFor={id(field)}>{t(`assessment.cert.${field}`)}</label>
      <input id={id(field)} className="input" disabled={disabled} {...invalid(field)} {...register(`cert.${field}`)} />
      <FieldError id={id(`${field}-error`)} message={errorOf(field)} />
    </div>
  );

  const dateInput = (field: DateField) => {
    const hint = field === 'bridgeLetterUntil' ? id('bridgeLetterUntil-hint') : undefined;
    const decides = field === 'validUntil' || field === 'periodEnd' || field === 'bridgeLetterUntil';
    return (
      <div className="field" key={field}>
        <label htmlFor={id(field)}>{t(`assessment.cert.${field}`)}</label>
        <DateInput
          id={id(field)}
          className="input input-date"
          disabled={disabled}
          {...invalid(field, [hint, decides ? markerId : undefined].filter(Boolean).join(' ') || undefined)}
          {...register(`cert.${field}`)}
        />
        {hint && (
          <p id={hint} className="field-hint">
            {t('assessment.cert.bridgeLetterHint')}
          </p>
        )}
        <FieldError id={id(`${field}-error`)} message={errorOf(field)} />
      </div>
    );
  };

  return (
    <div className="cert-grid" data-kind={spec.kind}>
      <fieldset className="field span-all" aria-invalid={errorOf('held') ? true : undefined} aria-describedby={errorOf('held') ? id('held-error') : undefined}>
        <legend>{t('assessment.cert.held')}</legend>
        <div className="options options-row">
          {(['yes', 'inProgress', 'no'] as const).map((value, index) => (
            <label key={value} className="option">
              <input type="radio" value={value} disabled={disabled} {...register('cert.held')} />
              <span>{t(`assessment.cert.heldOptions.${value}`)}</span>
              <kbd aria-hidden="true">{index + 1}</kbd>
            </label>
          ))}
        </div>
        <FieldError id={id('held-error')} message={errorOf('held')} />
      </fieldset>
      {values.held === 'yes' && (
        <>
          {textInput('certificateId')}
          {textInput('issuer')}
          {textInput('scope', true)}
          {CERTIFICATION_DATE_FIELDS[spec.kind].map(dateInput)}
          <CurrentUntilMarker spec={spec} values={values} asOf={asOf} id={markerId} />
          <div className="field">
            <label htmlFor={id('scopeCovers')}>{t('assessment.cert.scopeCoversService')}</label>
            <select id={id('scopeCovers')} className="input" disabled={disabled} {...invalid('scopeCoversService')} {...register('cert.scopeCoversService')}>
              <option value="">{t('assessment.cert.unknown')}</option>
              <option value="yes">{t('assessment.answer.yes')}</option>
              <option value="no">{t('assessment.answer.no')}</option>
            </select>
            <FieldError id={id('scopeCoversService-error')} message={errorOf('scopeCoversService')} />
          </div>
          {textInput('evidenceRef')}
        </>
      )}
    </div>
  );
}
