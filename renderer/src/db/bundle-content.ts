import { VENDOR_NAME_MAX } from '@shared/domain/vendor';
import { VENDOR_SERVICE_MAX, VENDOR_SERVICES_MAX, vendorContactSchema, type VendorContact } from '@shared/domain/vendor-details';
import { sha256Text } from '@shared/audit/chain';
import { contentText, type AssessmentExport } from '@shared/report/assessment-export';

/**
 * What a received assessment is known by, and the vendor details it brings, cleaned to what a vendor here may hold.
 * Used by the bundle repository (./bundles.ts).
 */

/** The digest a received assessment's content is kept under, to know it when it comes again. */
export const contentHash = (content: AssessmentExport): string => sha256Text(contentText(content));

/** Services of a vendor received: trimmed, without blanks or duplicates, within the vendor limits. */
export function cleanServices(services: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of services) {
    const service = raw.trim().replace(/\s+/g, ' ');
    const key = service.toLocaleLowerCase();
    if (!service || service.length > VENDOR_SERVICE_MAX || seen.has(key)) continue;
    seen.add(key);
    result.push(service);
    if (result.length === VENDOR_SERVICES_MAX) break;
  }
  return result;
}

export const cleanContacts = (contacts: readonly unknown[]): VendorContact[] =>
  contacts.flatMap((contact) => {
    const parsed = vendorContactSchema.safeParse(contact);
    return parsed.success ? [parsed.data as VendorContact] : [];
  });

export const cleanName = (name: string) => name.trim().replace(/\s+/g, ' ').slice(0, VENDOR_NAME_MAX);
