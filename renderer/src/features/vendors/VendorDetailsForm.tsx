import { zodResolver } from '@hookform/resolvers/zod';
import { failureMessage } from '../../ui/failure-message';
import { useEffect, useId, useRef } from 'react';
import { useController, useFieldArray, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { vendorDetailsSchema, type VendorDetails, type VendorDetailsData } from '@shared/domain/vendor-details';
import { useApp } from '../../app/context';
import { RepositoryError } from '../../db';
import { Field } from '../../ui/Field';
import { useToast } from '../../ui/Toast';
import { useT } from '../../ui/use-t';
import { ContactFields } from './ContactFields';
import { toFormValues, type DetailsFormValues } from './details-form-values';
import { ServicesField } from './ServicesField';
import { useServiceDraft } from './use-service-draft';
import './vendors.css';

/** Website, services in scope and contacts of a vendor, saved together. */
export function VendorDetailsForm({ details }: { details: VendorDetails }) {
  const t = useT();
  const { store } = useApp();
  const toast = useToast();
  const baseId = useId();

  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isDirty, isSubmitting, submitCount },
  } = useForm<DetailsFormValues, unknown, VendorDetailsData>({
    resolver: zodResolver(vendorDetailsSchema),
    defaultValues: toFormValues(details),
  });
  const contacts = useFieldArray({ control, name: 'contacts' });
  const services = useController({ control, name: 'services' });
  const serviceInput = useRef<HTMLInputElement>(null);
  const serviceDraft = useServiceDraft(services.field, serviceInput);
  const contactValues = useWatch({ control, name: 'contacts' });

  // Follow changes made elsewhere (another window) while nothing is being edited here.
  useEffect(() => {
    if (!isDirty) reset(toFormValues(details));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the stored row changes, not when editing starts or stops
  }, [details.updatedAt, reset]);

  const save = handleSubmit(async (data) => {
    try {
      const saved = await store.vendors.updateDetails(details.id, data);
      reset(toFormValues(saved));
      toast(t('vendors.toast.detailsSaved', { name: saved.name }));
    } catch (error) {
      if (error instanceof RepositoryError && error.code === 'invalid' && error.params.path) {
        setError(error.params.path as FieldPath<DetailsFormValues>, { message: error.messageKey }, { shouldFocus: true });
      } else {
        const message =
          error instanceof RepositoryError ? t(error.messageKey, error.params) : t('vendors.errors.unexpected', { message: failureMessage(t, error) });
        toast(message, 'error');
      }
    }
  });

  const discard = () => {
    reset(toFormValues(details));
    serviceDraft.clear();
  };

  const pending = isDirty || serviceDraft.pending;
  const serviceListError = errors.services?.message ?? errors.services?.root?.message ?? errors.services?.find?.((e) => e?.message)?.message;
  const ids = { website: `${baseId}-website`, service: `${baseId}-service` };

  return (
    <form
      className="vendors-details-form"
      noValidate
      aria-labelledby={`${baseId}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        if (serviceDraft.add(false)) void save();
      }}
    >
      <div className="vendors-card-header">
        <h2 id={`${baseId}-title`}>{t('vendors.detail.details.title')}</h2>
        <p className="muted">{t('vendors.detail.details.description')}</p>
      </div>

      <div className="vendors-card-body">
        <Field
          id={ids.website}
          label={t('vendors.detail.website.label')}
          hint={t('vendors.detail.website.hint')}
          error={errors.website?.message}
          className="vendors-website"
        >
          {(describedBy) => (
            <input
              id={ids.website}
              type="url"
              inputMode="url"
              className="input"
              autoComplete="off"
              spellCheck={false}
              placeholder={t('vendors.detail.website.placeholder')}
              aria-invalid={errors.website ? true : undefined}
              aria-describedby={describedBy}
              {...register('website')}
            />
          )}
        </Field>

        <ServicesField id={ids.service} services={services.field.value} draft={serviceDraft} inputRef={serviceInput} listError={serviceListError} />

        <ContactFields baseId={baseId} contacts={contacts} values={contactValues} register={register} errors={errors.contacts} />
      </div>

      <div className="vendors-card-footer">
        <p className="vendors-form-state" aria-live="polite">
          {submitCount > 0 && Object.keys(errors).length > 0 ? (
            <span className="field-error">{t('vendors.detail.details.invalid')}</span>
          ) : pending ? (
            <span className="vendors-unsaved">{t('vendors.detail.details.unsaved')}</span>
          ) : null}
        </p>
        {pending && (
          <button type="button" className="button" onClick={discard}>
            {t('vendors.detail.details.discard')}
          </button>
        )}
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {t('vendors.detail.details.save')}
        </button>
      </div>
    </form>
  );
}
