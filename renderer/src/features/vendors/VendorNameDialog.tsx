import { zodResolver } from '@hookform/resolvers/zod';
import { failureMessage } from '../../ui/failure-message';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { translateIfKey, useT } from '../../ui/use-t';
import { z } from 'zod';
import { vendorNameSchema } from '@shared/domain/vendor';
import { RepositoryError } from '../../db';
import { Dialog } from '../../ui/Dialog';

const formSchema = z.object({ name: vendorNameSchema });
type FormValues = z.input<typeof formSchema>;

interface Props {
  mode: 'create' | 'rename';
  initialName?: string;
  onSave: (name: string) => Promise<void>;
  onClose: () => void;
}

/** Name a new vendor or rename one; repository refusals show on the field. */
export function VendorNameDialog({ mode, initialName = '', onSave, onClose }: Props) {
  const t = useT();
  const fieldId = useId();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({ resolver: zodResolver(formSchema), defaultValues: { name: initialName } });

  const submit = handleSubmit(async ({ name }) => {
    try {
      await onSave(name);
    } catch (error) {
      const message =
        error instanceof RepositoryError ? t(error.messageKey, error.params) : t('vendors.errors.unexpected', { message: failureMessage(t, error) });
      setError('name', { message }, { shouldFocus: true });
    }
  });

  const error = errors.name?.message;
  return (
    <Dialog
      title={t(mode === 'create' ? 'vendors.dialog.createTitle' : 'vendors.dialog.renameTitle')}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {t(mode === 'create' ? 'vendors.dialog.create' : 'common.save')}
          </button>
        </>
      }
    >
      <div className="field">
        <label htmlFor={fieldId}>{t('vendors.dialog.nameLabel')}</label>
        <input
          id={fieldId}
          className="input"
          autoFocus
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${fieldId}-hint`}
          {...register('name')}
        />
        {error ? (
          <p id={`${fieldId}-hint`} className="field-error" role="alert">
            {translateIfKey(t, error)}
          </p>
        ) : (
          <p id={`${fieldId}-hint`} className="field-hint">
            {t('vendors.dialog.nameHint')}
          </p>
        )}
      </div>
    </Dialog>
  );
}
