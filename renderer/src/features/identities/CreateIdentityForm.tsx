import { zodResolver } from '@hookform/resolvers/zod';
import { failureMessage } from '../../ui/failure-message';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useT } from '../../ui/use-t';
import type { IdentitySummaryDto } from '@shared/ipc/contract';
import { DEFAULT_GENERATED_KEY_TYPE, generatedKeyTypes } from '@shared/signing/key-types';
import { call } from '../../app/api';
import { Field } from '../../ui/Field';
import type { Message } from '../../ui/message';
import { FormFooter } from './FormFooter';
import { createIdentitySchema, isKnownRefusal, isRefusal, type CreateIdentityValues } from './model';

interface Props {
  onCreated: (identity: IdentitySummaryDto) => void;
  onCancel: () => void;
}

const empty: CreateIdentityValues = { name: '', organisation: '', email: '', passphrase: '', repeat: '', keyType: DEFAULT_GENERATED_KEY_TYPE };

/** Creates a self-signed identity on the Node side (an RSA key takes a second or two, an EC key a moment). */
export function CreateIdentityForm({ onCreated, onCancel }: Props) {
  const t = useT();
  const id = useId();
  const [formError, setFormError] = useState<Message | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CreateIdentityValues>({ resolver: zodResolver(createIdentitySchema), defaultValues: empty });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    const organisation = values.organisation.trim();
    const email = values.email.trim();
    try {
      const result = await call('identities:generate', {
        name: values.name.trim(),
        ...(organisation ? { organisation } : {}),
        ...(email ? { email } : {}),
        passphrase: values.passphrase,
        keyType: values.keyType,
      });
      if (isRefusal(result)) {
        if (result.refused === 'weak_passphrase') setError('passphrase', { message: 'identities.refusals.weak_passphrase' }, { shouldFocus: true });
        else
          setFormError(
            isKnownRefusal(result.refused)
              ? { key: `identities.refusals.${result.refused}` }
              : { key: 'identities.refusals.unknown', params: { message: result.message } },
          );
        return;
      }
      // Passphrases do not outlive the request.
      reset(empty);
      onCreated(result);
    } catch (error) {
      setFormError({ key: 'identities.errors.unexpected', params: { message: failureMessage(t, error) } });
    }
  });

  return (
    <form
      className="identities-form"
      noValidate
      aria-labelledby={`${id}-title`}
      aria-busy={isSubmitting}
      onSubmit={(event) => {
        if (isSubmitting) event.preventDefault();
        else void submit(event);
      }}
    >
      <h3 id={`${id}-title`}>{t('identities.create.title')}</h3>
      <p className="field-hint">{t('identities.create.hint')}</p>
      <Field id={`${id}-name`} label={t('identities.create.name')} hint={t('identities.create.nameHint')} error={errors.name?.message}>
        {(describedBy, invalid) => (
          <input
            id={`${id}-name`}
            className="input"
            autoFocus
            autoComplete="name"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            readOnly={isSubmitting}
            {...register('name')}
          />
        )}
      </Field>
      <div className="identities-row">
        <Field id={`${id}-organisation`} label={t('identities.create.organisation')} error={errors.organisation?.message}>
          {(describedBy, invalid) => (
            <input
              id={`${id}-organisation`}
              className="input"
              autoComplete="organization"
              aria-describedby={describedBy}
              aria-invalid={invalid}
              readOnly={isSubmitting}
              {...register('organisation')}
            />
          )}
        </Field>
        <Field id={`${id}-email`} label={t('identities.create.email')} error={errors.email?.message}>
          {(describedBy, invalid) => (
            <input
              id={`${id}-email`}
              className="input"
              type="email"
              autoComplete="email"
              aria-describedby={describedBy}
              aria-invalid={invalid}
              readOnly={isSubmitting}
              {...register('email')}
            />
          )}
        </Field>
      </div>
      <fieldset className="field identities-key-types" aria-describedby={`${id}-key-type-hint`}>
        <legend>{t('identities.create.keyType')}</legend>
        {generatedKeyTypes.map((keyType) => (
          <label key={keyType} className="identities-choice">
            <input type="radio" value={keyType} {...register('keyType')} />
            <span>{t(`identities.create.keyTypes.${keyType}`)}</span>
          </label>
        ))}
        <p id={`${id}-key-type-hint`} className="field-hint">
          {t('identities.create.keyTypeHint')}
        </p>
      </fieldset>
      <div className="identities-row">
        <Field
          id={`${id}-passphrase`}
          label={t('identities.create.passphrase')}
          hint={t('identities.create.passphraseHint')}
          error={errors.passphrase?.message}
        >
          {(describedBy, invalid) => (
            <input
              id={`${id}-passphrase`}
              className="input"
              type="password"
              autoComplete="off"
              spellCheck={false}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              readOnly={isSubmitting}
              {...register('passphrase')}
            />
          )}
        </Field>
        <Field id={`${id}-repeat`} label={t('identities.create.repeat')} error={errors.repeat?.message}>
          {(describedBy, invalid) => (
            <input
              id={`${id}-repeat`}
              className="input"
              type="password"
              autoComplete="off"
              spellCheck={false}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              readOnly={isSubmitting}
              {...register('repeat')}
            />
          )}
        </Field>
      </div>
      <FormFooter
        error={formError}
        busy={isSubmitting}
        submitLabel={t('identities.create.submit')}
        busyLabel={t('identities.create.busy')}
        onCancel={() => {
          reset(empty);
          onCancel();
        }}
      />
    </form>
  );
}
