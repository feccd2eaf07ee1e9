import type { FieldErrors, UseFieldArrayReturn, UseFormRegister } from 'react-hook-form';
import { VENDOR_CONTACTS_MAX } from '@shared/domain/vendor-details';
import { Field } from '../../ui/Field';
import { PlusIcon, TrashIcon } from '../../ui/icons';
import { translateIfKey, useT } from '../../ui/use-t';
import { emptyContact, type DetailsFormValues } from './details-form-values';

const contactKeys = ['name', 'role', 'email', 'phone'] as const;

interface Props {
  baseId: string;
  contacts: UseFieldArrayReturn<DetailsFormValues, 'contacts'>;
  /** The contacts as typed so far, so a remove button can name its contact. */
  values: DetailsFormValues['contacts'] | undefined;
  register: UseFormRegister<DetailsFormValues>;
  errors: FieldErrors<DetailsFormValues>['contacts'];
}

/** The vendor's contacts, one group of fields each, with buttons to add and remove them. */
export function ContactFields({ baseId, contacts, values, register, errors }: Props) {
  const t = useT();
  const listError = errors?.message ?? errors?.root?.message;
  const fieldId = (index: number, field: string) => `${baseId}-contact-${index}-${field}`;
  return (
    <div className="vendors-contacts">
      <h3 className="vendors-subheading">{t('vendors.detail.contacts.title')}</h3>
      {contacts.fields.length === 0 && <p className="muted vendors-empty-line">{t('vendors.detail.contacts.empty')}</p>}
      {contacts.fields.map((field, index) => {
        const fieldErrors = errors?.[index];
        const name = values?.[index]?.name?.trim() ?? '';
        const removeLabel = name ? t('vendors.detail.contacts.remove', { name }) : t('vendors.detail.contacts.removeUnnamed', { number: index + 1 });
        return (
          <fieldset key={field.id} className="vendors-contact" data-contact-index={index}>
            <legend className="visually-hidden">{t('vendors.detail.contacts.legend', { number: index + 1 })}</legend>
            {contactKeys.map((key) => (
              <Field key={key} id={fieldId(index, key)} label={t(`vendors.detail.contacts.${key}`)} error={fieldErrors?.[key]?.message}>
                {(describedBy) => (
                  <input
                    id={fieldId(index, key)}
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
              aria-label={removeLabel}
              title={removeLabel}
              onClick={() => contacts.remove(index)}
            >
              <TrashIcon />
            </button>
          </fieldset>
        );
      })}
      {listError && (
        <p className="field-error" role="alert">
          {translateIfKey(t, listError)}
        </p>
      )}
      <div>
        <button type="button" className="button" disabled={contacts.fields.length >= VENDOR_CONTACTS_MAX} onClick={() => contacts.append({ ...emptyContact })}>
          <PlusIcon />
          {t('vendors.detail.contacts.add')}
        </button>
      </div>
    </div>
  );
}
