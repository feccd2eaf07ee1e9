import type { VendorDetails, VendorDetailsInput } from '@shared/domain/vendor-details';

/** What the details form edits: every field as typed, before the schema trims and checks it. */
export type DetailsFormValues = VendorDetailsInput;

export const emptyContact = { name: '', role: '', email: '', phone: '' };

/** The stored details as the form's fields show them: missing values as empty text. */
export function toFormValues(details: VendorDetails): DetailsFormValues {
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
