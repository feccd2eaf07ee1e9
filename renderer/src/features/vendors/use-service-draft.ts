import { useState, type RefObject } from 'react';
import { VENDOR_SERVICES_MAX, vendorServiceSchema } from '@shared/domain/vendor-details';

/** The services in the form, and how to replace them. */
export interface ServiceList {
  value: string[];
  onChange: (services: string[]) => void;
}

/**
 * The service being typed before it joins the list: the text and why it cannot be added
 * (an i18n key). The input it is typed into keeps focus while services are added and removed.
 */
export function useServiceDraft(services: ServiceList, inputRef: RefObject<HTMLInputElement | null>) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  /** Moves the typed service into the list; false when it cannot be added. An empty draft is fine unless `required`. */
  const add = (required: boolean): boolean => {
    if (draft.trim() === '' && !required) return true;
    const parsed = vendorServiceSchema.safeParse(draft);
    const current = services.value;
    let problem: string | null = null;
    if (!parsed.success) problem = parsed.error.issues[0]!.message;
    else if (current.some((service) => service.toLocaleLowerCase() === parsed.data.toLocaleLowerCase())) problem = 'vendors.errors.serviceDuplicate';
    else if (current.length >= VENDOR_SERVICES_MAX) problem = 'vendors.errors.tooManyServices';
    if (problem || !parsed.success) {
      setError(problem);
      inputRef.current?.focus();
      return false;
    }
    services.onChange([...current, parsed.data]);
    setDraft('');
    setError(null);
    return true;
  };

  const remove = (index: number) => {
    services.onChange(services.value.filter((_, i) => i !== index));
    inputRef.current?.focus();
  };

  const change = (text: string) => {
    setDraft(text);
    if (error) setError(null);
  };

  const clear = () => {
    setDraft('');
    setError(null);
  };

  return { draft, error, add, remove, change, clear, pending: draft.trim() !== '' };
}

export type ServiceDraft = ReturnType<typeof useServiceDraft>;
