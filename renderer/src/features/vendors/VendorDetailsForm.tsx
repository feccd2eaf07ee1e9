import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useController, useFieldArray, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RepositoryError } from '../../db';
import {
  VENDOR_CONTACTS_MAX,
  VENDOR_SERVICES_MAX,
  vendorDetailsSchema,
  vendorServiceSchema,
  type VendorDetails,
  type VendorDetailsData,
  type VendorDetailsInput,
} from '../../db/vendors';
import { useApp } from '../../app/context';
import { PlusIcon, TrashIcon } from '../../ui/icons';
import { useToast } from '../../ui/Toast';
import './vendors.css';

type FormValues = VendorDetailsInput;

const emptyContact = { name: '', role: '', email: '', phone: '' };

function toFormValues(details: VendorDetails): FormValues {
  return {
    website: details.website ?? '',
    services: [...details.services],
    contacts: details.contacts.map((contact) => ({
      name: contact.name,
      role: contact.role ?? '',
      email: contact.email ?? '',
      phone: contact.phone ?? '',
    })),
  };
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (describedBy: string | undefined) => ReactNode;
  className?: string;
}

/** A labelled field whose error (an i18n key) or hint describes the input. */
function Field({ id, label, hint, error, children, className }: FieldProps) {
  const { t } = useTranslation();
  const noteId = `${id}-note`;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(error || hint ? noteId : undefined)}
      {error ? (
        <p id={noteId} className="field-error" role="alert">
          {t(error)}
        </p>
      ) : hint ? (
        <p id={noteId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Website, services in scope and contacts of a vendor, saved together. */
export function VendorDetailsForm({ details }: { details: VendorDetails }) {
  const { t } = useTranslation();
  const { store } = useApp();
  const toast = useToast();
  const baseId = useId();
  const serviceInputRef = useRef<HTMLInputElement>(null);
  const [serviceDraft, setServiceDraft] = useState('');
  const [serviceError, setServiceError] = useState<string | null>(null);

  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isDirty, isSubmitting, submitCount },
  } = useForm<FormValues, unknown, VendorDetailsData>({
    resolver: zodResolver(vendorDetailsSchema),
    defaultValues: toFormValues(details),
  });
  const contacts = useFieldArray({ control, name: 'contacts' });
  const services = useController({ control, name: 'services' });
  const contactValues = useWatch({ control, name: 'contacts' });

  // Follow changes made elsewhere (another window) while nothing is being edited here.
  useEffect(() => {
    if (!isDirty) reset(toFormValues(details));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the stored row changes, not when editing starts or stops
  }, [details.updatedAt, reset]);

  /** Moves the typed service into the list; false when it cannot be added. */
  const addService = (required: boolean): boolean => {
    if (serviceDraft.trim() === '' && !required) return true;
    const parsed = vendorServiceSchema.safeParse(serviceDraft);
    const current = services.field.value;
    let problem: string | null = null;
    if (!parsed.success) problem = parsed.error.issues[0]!.message;
    else if (current.some((service) => service.toLocaleLowerCase() === parsed.data.toLocaleLowerCase())) problem = 'vendors.errors.serviceDuplicate';
    else if (current.length >= VENDOR_SERVICES_MAX) problem = 'vendors.errors.tooManyServices';
    if (problem || !parsed.success) {
      setServiceError(problem);
      serviceInputRef.current?.focus();
      return false;
    }
    services.field.onChange([...current, parsed.data]);
    setServiceDraft('');
    setServiceError(null);
    return true;
  };

  const removeService = (index: number) => {
    services.field.onChange(services.field.value.filter((_, i) => i !== index));
    serviceInputRef.current?.focus();
  };

  const onServiceKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      addService(true);
    }
  };

  const save = handleSubmit(async (data) => {
    try {
      const saved = await store.vendors.updateDetails(details.id, data);
      reset(toFormValues(saved));
      toast(t('vendors.toast.detailsSaved', { name: saved.name }));
    } catch (error) {
      if (error instanceof RepositoryError && error.code === 'invalid' && error.params.path) {
        setError(error.params.path as FieldPath<FormValues>, { message: error.messageKey }, { shouldFocus: true });
      } else {
        const message =
          error instanceof RepositoryError
            ? t(error.messageKey, error.params)
            : t('vendors.errors.unexpected', { message: error instanceof Error ? error.message : String(error) });
        toast(message, 'error');
      }
    }
  });

  const discard = () => {
    reset(toFormValues(details));
    setServiceDraft('');
    setServiceError(null);
  };

  const pending = isDirty || serviceDraft.trim() !== '';
  const serviceListError = errors.services?.message ?? errors.services?.root?.message ?? errors.services?.find?.((e) => e?.message)?.message;
  const contactsError = errors.contacts?.message ?? errors.contacts?.root?.message;
  const ids = {
    website: `${baseId}-website`,
    service: `${baseId}-service`,
    contact: (index: number, field: string) => `${baseId}-contact-${index}-${field}`,
  };

  return (
    <form
      className="vendors-details-form"
      noValidate
      aria-labelledby={`${baseId}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        if (addService(false)) void save();
      }}
    >
      <div className="vendors-card-header">
        <h2 id={`${baseId}-title`}>{t('vendors.detail.details.title')}</h2>
        <p className="muted">{t('vendors.detail.details.description')}</p>
      </div>

      <div className="vendors-card-body">
        <Field id={ids.website} label={t('vendors.detail.website.label')} hint={t('vendors.detail.website.hint')} error={errors.website?.message} className="vendors-website">
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

        <div className="field">
          <label htmlFor={ids.service}>{t('vendors.detail.services.label')}</label>
          {services.field.value.length > 0 ? (
            <ul className="vendors-chips">
              {services.field.value.map((service, index) => (
                <li key={service} className="vendors-chip">
                  <span>{service}</span>
                  <button
                    type="button"
                    className="vendors-chip-remove"
                    aria-label={t('vendors.detail.services.remove', { name: service })}
                    title={t('vendors.detail.services.remove', { name: service })}
                    onClick={() => removeService(index)}
                  >
                    <svg width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" aria-hidden="true" focusable="false">
                      <path d="M6 6l12 12M18 6 6 18" />
                    </svg>
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted vendors-empty-line">{t('vendors.detail.services.empty')}</p>
          )}
          <div className="vendors-inline">
            <input
              id={ids.service}
              ref={serviceInputRef}
              className="input"
              autoComplete="off"
              placeholder={t('vendors.detail.services.placeholder')}
              value={serviceDraft}
              aria-invalid={serviceError || serviceListError ? true : undefined}
              aria-describedby={`${ids.service}-note`}
              onChange={(event) => {
                setServiceDraft(event.target.value);
                if (serviceError) setServiceError(null);
              }}
              onKeyDown={onServiceKey}
            />
            <button type="button" className="button" aria-label={t('vendors.detail.services.addLabel')} onClick={() => addService(true)}>
              <PlusIcon />
              {t('vendors.detail.services.add')}
            </button>
          </div>
          {serviceError || serviceListError ? (
            <p id={`${ids.service}-note`} className="field-error" role="alert">
              {t((serviceError ?? serviceListError)!)}
            </p>
          ) : (
            <p id={`${ids.service}-note`} className="field-hint">
              {t('vendors.detail.services.hint')}
            </p>
          )}
        </div>

        <div className="vendors-contacts">
          <h3 className="vendors-subheading">{t('vendors.detail.contacts.title')}</h3>
          {contacts.fields.length === 0 && <p className="muted vendors-empty-line">{t('vendors.detail.contacts.empty')}</p>}
          {contacts.fields.map((field, index) => {
            const fieldErrors = errors.contacts?.[index];
            const name = contactValues?.[index]?.name?.trim() ?? '';
            return (
              <fieldset key={field.id} className="vendors-contact" data-contact-index={index}>
                <legend className="visually-hidden">{t('vendors.detail.contacts.legend', { number: index + 1 })}</legend>
                {(['name', 'role', 'email', 'phone'] as const).map((key) => (
                  <Field key={key} id={ids.contact(index, key)} label={t(`vendors.detail.contacts.${key}`)} error={fieldErrors?.[key]?.message}>
                    {(describedBy) => (
                      <input
                        id={ids.contact(index, key)}
                        className="input"
                        type={key === 'email' ? 'email' : key === 'phone' ? 'tel' : 'text'}
                        autoComplete="off"
                        spellCheck={key === 'email' || key === 'phone' ? false : undefined}
                        aria-required={key === 'name' ? true : undefined}
                        aria-invalid={fieldErrors?.[key] ? true : undefined}
                        aria-describedby={describedBy}
                        {...register(`contacts.${index}.${key}`)}
                      />
                    )}
                  </Field>
                ))}
                <button
                  type="button"
                  className="button button-ghost button-danger-text vendors-contact-remove"
                  aria-label={
                    name
                      ? t('vendors.detail.contacts.remove', { name })
                      : t('vendors.detail.contacts.removeUnnamed', { number: index + 1 })
                  }
                  title={name ? t('vendors.detail.contacts.remove', { name }) : t('vendors.detail.contacts.removeUnnamed', { number: index + 1 })}
                  onClick={() => contacts.remove(index)}
                >
                  <TrashIcon />
                </button>
              </fieldset>
            );
          })}
          {contactsError && (
            <p className="field-error" role="alert">
              {t(contactsError)}
            </p>
          )}
          <div>
            <button
              type="button"
              className="button"
              disabled={contacts.fields.length >= VENDOR_CONTACTS_MAX}
              onClick={() => contacts.append({ ...emptyContact })}
            >
              <PlusIcon />
              {t('vendors.detail.contacts.add')}
            </button>
          </div>
        </div>
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
