import { z } from 'zod';
import type { Vendor } from './vendor';

export const VENDOR_WEBSITE_MAX = 500;
export const VENDOR_SERVICE_MAX = 120;
export const VENDOR_SERVICES_MAX = 50;
export const VENDOR_CONTACTS_MAX = 50;
export const VENDOR_CONTACT_FIELD_MAX = 120;

/**
 * The WHATWG URL parser. Both processes have it, but shared/ compiles against ES2023
 * alone, whose types leave it out; this is the part of it the website rule reads.
 */
const WebUrl = (globalThis as unknown as { URL: new (input: string) => { protocol: string; hostname: string } }).URL;

/** True for an http(s) address with a host name such as "example.com" or "localhost". */
function isWebAddress(value: string): boolean {
  try {
    const url = new WebUrl(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && /^(localhost|[^.\s]+(\.[^.\s]+)+)$/.test(url.hostname);
  } catch {
    return false;
  }
}

/** "example.com" becomes "https://example.com"; an empty field means no website. */
export const vendorWebsiteSchema = z
  .string()
  .trim()
  .max(VENDOR_WEBSITE_MAX, 'vendors.errors.websiteTooLong')
  .transform((value) => (value === '' || /^[a-z][a-z\d+.-]*:/i.test(value) ? value : `https://${value}`))
  .refine((value) => value === '' || isWebAddress(value), 'vendors.errors.websiteInvalid');

export const vendorServiceSchema = z
  .string()
  .trim()
  .min(1, 'vendors.errors.serviceRequired')
  .max(VENDOR_SERVICE_MAX, 'vendors.errors.serviceTooLong')
  .transform((value) => value.replace(/\s+/g, ' '));

const emailSchema = z.email();

/** An optional text field: empty input is stored as "not given". */
const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => (value ? value : undefined));

export const vendorContactSchema = z.object({
  name: z.string().trim().min(1, 'vendors.errors.contactNameRequired').max(VENDOR_CONTACT_FIELD_MAX, 'vendors.errors.contactFieldTooLong'),
  role: optionalText(VENDOR_CONTACT_FIELD_MAX, 'vendors.errors.contactFieldTooLong'),
  email: optionalText(VENDOR_CONTACT_FIELD_MAX, 'vendors.errors.contactFieldTooLong').refine(
    (value) => value === undefined || emailSchema.safeParse(value).success,
    'vendors.errors.emailInvalid',
  ),
  phone: optionalText(40, 'vendors.errors.phoneInvalid').refine(
    (value) => value === undefined || (/^\+?[\d\s()/-]+$/.test(value) && (value.match(/\d/g)?.length ?? 0) >= 3),
    'vendors.errors.phoneInvalid',
  ),
});

/** Website, services in scope and contacts of a vendor; messages are i18n keys. */
export const vendorDetailsSchema = z.object({
  website: vendorWebsiteSchema.optional().transform((value) => (value ? value : undefined)),
  services: z
    .array(vendorServiceSchema)
    .max(VENDOR_SERVICES_MAX, 'vendors.errors.tooManyServices')
    .refine((services) => new Set(services.map((s) => s.toLocaleLowerCase())).size === services.length, 'vendors.errors.serviceDuplicate'),
  contacts: z.array(vendorContactSchema).max(VENDOR_CONTACTS_MAX, 'vendors.errors.tooManyContacts'),
});
export type VendorDetailsInput = z.input<typeof vendorDetailsSchema>;
export type VendorDetailsData = z.output<typeof vendorDetailsSchema>;

/** A contact person at the vendor, as stored: fields not given are left out. */
export interface VendorContact {
  name: string;
  role?: string;
  email?: string;
  phone?: string;
}

/** A vendor with its website, services in scope and contacts. */
export interface VendorDetails extends Vendor {
  website?: string;
  services: string[];
  contacts: VendorContact[];
}
