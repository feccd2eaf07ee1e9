import { z } from 'zod';

export const VENDOR_NAME_MAX = 120;

/** Error keys are i18n keys, so a form can show the message in the user's language. */
export const vendorNameSchema = z.string().trim().min(1, 'vendors.errors.nameRequired').max(VENDOR_NAME_MAX, 'vendors.errors.nameTooLong');

export const vendorSchema = z.object({
  id: z.uuid(),
  name: vendorNameSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Vendor = z.infer<typeof vendorSchema>;

/** Key under which names are compared: two vendors may not differ only in case or spacing. */
export function vendorNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}
