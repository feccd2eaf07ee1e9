import { zodResolver } from '@hookform/resolvers/zod';
import { failureMessage } from '../../ui/failure-message';
import { useId, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useT } from '../../ui/use-t';
import type { IdentitySummaryDto } from '@shared/ipc/contract';
import { call } from '../../app/api';
import { Field } from '../../ui/Field';
import type { Message } from '../../ui/message';
import { readAsBase64 } from '../../ui/read-file';
import { FormFooter } from './FormFooter';
import { importIdentitySchema, isKnownRefusal, isRefusal, type ImportIdentityValues } from './model';

interface Props {
  onImported: (identity: IdentitySummaryDto) => void;
  onCancel: () => void;
}

const empty: ImportIdentityValues = { file: null, passphrase: '' };

/** Refusals that are about the file rather than the passphrase. */
const fileRefusals = new Set(['invalid_file', 'no_private_key', 'key_mismatch', 'expired', 'not_yet_valid', 'too_complex']);

/** Imports a PKCS#12 (.p12 / .pfx) identity; files over 1 MB are refused before they are read. */
export function ImportIdentityForm({ onImported, onCancel }: Props) {
  const t = useT();
  const id = useId();
  const [formError, setFormError] = useState<Message | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    trigger,
    control,
    formState: { errors, isSubmitting },
  } = useForm<ImportIdentityValues>({ resolver: zodResolver(importIdentitySchema), defaultValues: empty });
  const chosenFile = useWatch({ control, name: 'file' })?.[0];
  const fileInput = useRef<HTMLInputElement | null>(null);

  const fileField = register('file', {
    // Say at once when the chosen file is too large, before anything is read.
    onChange: () => void trigger('file'),
  });

  const submit = handleSubmit(async ({ file, passphrase }) => {
    setFormError(null);
    const chosen = file?.[0];
    if (!chosen) return;
    let data: string;
    try {
      data = await readAsBase64(chosen);
    } catch {
      setError('file', { message: 'identities.errors.fileUnreadable' }, { shouldFocus: true });
      return;
    }
    try {
      const result = await call('identities:import', { fileName: chosen.name.slice(-260), data, passphrase });
      if (isRefusal(result)) {
        const code = result.refused;
        if (!isKnownRefusal(code) || code === 'not_found') {
          setFormError(
            isKnownRefusal(code) ? { key: `identities.refusals.${code}` } : { key: 'identities.refusals.unknown', params: { message: result.message } },
          );
        } else {
          const message = code === 'weak_passphrase' ? 'identities.refusals.weak_passphrase_import' : `identities.refusals.${code}`;
          setError(fileRefusals.has(code) ? 'file' : 'passphrase', { message }, { shouldFocus: true });
        }
        return;
      }
      reset(empty);
      onImported(result);
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
      <h3 id={`${id}-title`}>{t('identities.import.title')}</h3>
      <p className="field-hint">{t('identities.import.hint')}</p>
      <Field id={`${id}-file`} label={t('identities.import.file')} error={errors.file?.message}>
        {(describedBy, invalid) => (
          <div className="identities-file" data-invalid={invalid}>
            {/* The native control is visually hidden (its button would speak the browser's language, not the app's); it keeps focus and keyboard use. */}
            <input
              id={`${id}-file`}
              className="visually-hidden"
              type="file"
              autoFocus
              accept=".p12,.pfx,application/x-pkcs12"
              aria-describedby={describedBy}
              aria-invalid={invalid}
              {...fileField}
              ref={(node) => {
                fileField.ref(node);
                fileInput.current = node;
              }}
            />
            <span className="button identities-file-button" aria-hidden="true" onClick={() => fileInput.current?.click()}>
              {t('identities.import.choose')}
            </span>
            <span className={chosenFile ? 'identities-file-name' : 'identities-file-name muted'} aria-hidden="true">
              {chosenFile?.name ?? t('identities.import.noFile')}
            </span>
          </div>
        )}
      </Field>
      <Field id={`${id}-passphrase`} label={t('identities.import.passphrase')} error={errors.passphrase?.message}>
        {(describedBy, invalid) => (
          <input
            id={`${id}-passphrase`}
            className="input identities-passphrase"
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
      <FormFooter
        error={formError}
        busy={isSubmitting}
        submitLabel={t('identities.import.submit')}
        busyLabel={t('identities.import.busy')}
        onCancel={() => {
          reset(empty);
          onCancel();
        }}
      />
    </form>
  );
}
