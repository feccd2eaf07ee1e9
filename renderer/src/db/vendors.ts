import { z } from 'zod';
import { vendorNameKey, vendorNameSchema, type Vendor } from '../../../shared/domain/vendor';
import { assessmentFigures, latestFinalByVendor } from '../../../shared/portfolio/rows';
import { inherentRisk, type RiskTier } from '../../../shared/scoring/risk';
import type { Recommendation } from '../../../shared/scoring/types';
import type { AssayDatabase, AssessmentRow, VendorContact, VendorRow } from './database';
import { RepositoryError } from './errors';
import { messageKeyOr } from '../../../shared/i18n/keys';

export interface RepositoryDeps {
  now: () => Date;
  newId: () => string;
}

const defaultDeps: RepositoryDeps = { now: () => new Date(), newId: () => crypto.randomUUID() };

export const VENDOR_WEBSITE_MAX = 500;
export const VENDOR_SERVICE_MAX = 120;
export const VENDOR_SERVICES_MAX = 50;
export const VENDOR_CONTACTS_MAX = 50;
export const VENDOR_CONTACT_FIELD_MAX = 120;

/** True for an http(s) address with a host name such as "example.com" or "localhost". */
function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
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

export interface VendorDetails extends Vendor {
  website?: string;
  services: string[];
  contacts: VendorContact[];
}

export type AssessmentState = 'none' | 'draft' | 'final';

/** A vendor with the figures of its assessments, as the vendor list shows them. */
export interface VendorOverview extends Vendor {
  /** Inherent risk tier of the latest assessment; null without one. */
  tier: RiskTier | null;
  /** Status of the latest assessment. */
  status: AssessmentState;
  /** Overall score of the latest final assessment, as its row in the vendor's history shows it. */
  rating: number | null;
  recommendation: Recommendation | null;
  /** Revision of the final assessment the rating and recommendation come from; null without one. */
  ratingRevision: number | null;
  /** Assessment date (YYYY-MM-DD) of the latest assessment. */
  lastAssessed: string | null;
  latestAssessmentId: string | null;
  assessments: number;
}

function parseName(name: string): string {
  const parsed = vendorNameSchema.safeParse(name);
  if (!parsed.success) throw new RepositoryError('invalid', messageKeyOr(parsed.error.issues[0]?.message, 'vendors.errors.invalid'));
  return parsed.data.replace(/\s+/g, ' ');
}

function toVendor({ id, name, createdAt, updatedAt }: VendorRow): Vendor {
  return { id, name, createdAt, updatedAt };
}

function toDetails(row: VendorRow): VendorDetails {
  return {
    ...toVendor(row),
    ...(row.website ? { website: row.website } : {}),
    services: [...(row.services ?? [])],
    contacts: (row.contacts ?? []).map((contact) => ({ ...contact })),
  };
}

function tierOf(row: AssessmentRow): RiskTier | null {
  try {
    return inherentRisk(row.profile).tier;
  } catch {
    return null;
  }
}

/** The tier depends only on these profile fields; assessments mostly share a few profiles, so each is worked out once. */
function tierCache(): (row: AssessmentRow) => RiskTier | null {
  const tiers = new Map<string, RiskTier | null>();
  return (row) => {
    const profile = row.profile as Partial<AssessmentRow['profile']> | undefined;
    const key =
      profile && Array.isArray(profile.dataCategories) && Array.isArray(profile.regulatoryScope)
        ? `${profile.dataCategories.join(',')}|${String(profile.aiAutonomy)}|${String(profile.criticality)}|${profile.regulatoryScope.join(',')}`
        : null;
    if (key === null) return tierOf(row);
    let tier = tiers.get(key);
    if (tier === undefined) {
      tier = tierOf(row);
      tiers.set(key, tier);
    }
    return tier;
  };
}

/** Orders vendor names as the list does by default, ignoring case and accents. */
const nameCollator = new Intl.Collator(undefined, { sensitivity: 'base' });

/** Each vendor's latest assessment (by createdAt, then revision) among `rows`. */
export function latestAssessmentByVendor(rows: readonly AssessmentRow[]): Map<string, AssessmentRow> {
  const latest = new Map<string, AssessmentRow>();
  for (const row of rows) {
    const current = latest.get(row.vendorId);
    if (!current || row.createdAt > current.createdAt || (row.createdAt === current.createdAt && row.revision > current.revision)) {
      latest.set(row.vendorId, row);
    }
  }
  return latest;
}

/** Joins vendors with their latest assessment and latest final assessment. */
export function summariseVendors(vendors: VendorRow[], assessments: AssessmentRow[]): VendorOverview[] {
  const latest = latestAssessmentByVendor(assessments);
  const latestFinal = latestFinalByVendor(assessments);
  const counts = new Map<string, number>();
  for (const row of assessments) counts.set(row.vendorId, (counts.get(row.vendorId) ?? 0) + 1);
  const tierOfRow = tierCache();
  return vendors.map((vendor) => {
    const last = latest.get(vendor.id);
    const final = latestFinal.get(vendor.id);
    return {
      ...toVendor(vendor),
      tier: last ? tierOfRow(last) : null,
      status: last?.status ?? 'none',
      ...(final ? assessmentFigures(final) : { rating: null, recommendation: null }),
      ratingRevision: final?.revision ?? null,
      lastAssessed: last?.assessmentDate ?? null,
      latestAssessmentId: last?.id ?? null,
      assessments: counts.get(vendor.id) ?? 0,
    };
  });
}

export function createVendorRepository(db: AssayDatabase, deps: RepositoryDeps = defaultDeps) {
  async function assertNameFree(name: string, exceptId?: string): Promise<string> {
    const nameKey = vendorNameKey(name);
    const clash = await db.vendors.where('nameKey').equals(nameKey).first();
    if (clash && clash.id !== exceptId) {
      throw new RepositoryError('duplicate', 'vendors.errors.duplicate', { name: clash.name });
    }
    return nameKey;
  }

  return {
    /** Every vendor with its latest assessment figures: one read of each table, in one transaction. */
    async overview(): Promise<VendorOverview[]> {
      const [vendors, assessments] = await db.transaction('r', db.vendors, db.assessments, () =>
        Promise.all([db.vendors.toArray(), db.assessments.toArray()]),
      );
      return summariseVendors(vendors, assessments).sort((a, b) => nameCollator.compare(a.name, b.name));
    },

    /** Every vendor with every assessment, read together: what the comparison chooses from. */
    async withAssessments(): Promise<{ vendors: VendorRow[]; assessments: AssessmentRow[] }> {
      const [vendors, assessments] = await db.transaction('r', db.vendors, db.assessments, () => Promise.all([db.vendors.toArray(), db.assessments.toArray()]));
      return { vendors, assessments };
    },

    async get(id: string): Promise<Vendor | undefined> {
      const row = await db.vendors.get(id);
      return row && toVendor(row);
    },

    /** The vendor with website, services and contacts. */
    async details(id: string): Promise<VendorDetails | undefined> {
      const row = await db.vendors.get(id);
      return row && toDetails(row);
    },

    async create(rawName: string): Promise<Vendor> {
      const name = parseName(rawName);
      return db.transaction('rw', db.vendors, async () => {
        const nameKey = await assertNameFree(name);
        const at = deps.now().toISOString();
        const row: VendorRow = { id: deps.newId(), name, nameKey, contacts: [], services: [], createdAt: at, updatedAt: at };
        await db.vendors.add(row);
        return toVendor(row);
      });
    },

    async rename(id: string, rawName: string): Promise<Vendor> {
      const name = parseName(rawName);
      return db.transaction('rw', db.vendors, async () => {
        const current = await db.vendors.get(id);
        if (!current) throw new RepositoryError('not_found', 'vendors.errors.notFound');
        const nameKey = await assertNameFree(name, id);
        const row: VendorRow = { ...current, name, nameKey, updatedAt: deps.now().toISOString() };
        await db.vendors.put(row);
        return toVendor(row);
      });
    },

    /** Replaces website, services and contacts; refuses invalid input without writing anything. */
    async updateDetails(id: string, input: VendorDetailsInput): Promise<VendorDetails> {
      const parsed = vendorDetailsSchema.safeParse(input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new RepositoryError('invalid', messageKeyOr(issue.message, 'vendors.errors.invalid'), { path: issue.path.join('.') });
      }
      const { website, services, contacts } = parsed.data;
      return db.transaction('rw', db.vendors, async () => {
        const current = await db.vendors.get(id);
        if (!current) throw new RepositoryError('not_found', 'vendors.errors.notFound');
        const { website: _previous, ...rest } = current;
        const row: VendorRow = {
          ...rest,
          ...(website ? { website } : {}),
          services,
          contacts: contacts.map(({ name, role, email, phone }) => ({
            name,
            ...(role ? { role } : {}),
            ...(email ? { email } : {}),
            ...(phone ? { phone } : {}),
          })),
          updatedAt: deps.now().toISOString(),
        };
        await db.vendors.put(row);
        return toDetails(row);
      });
    },

    /** Removes the vendor with everything recorded about it, in one transaction. */
    async remove(id: string): Promise<void> {
      await db.transaction('rw', [db.vendors, db.assessments, db.answers, db.evidence, db.findings], async () => {
        if (!(await db.vendors.get(id))) throw new RepositoryError('not_found', 'vendors.errors.notFound');
        const assessmentIds = await db.assessments.where('vendorId').equals(id).primaryKeys();
        if (assessmentIds.length > 0) {
          await db.answers.where('assessmentId').anyOf(assessmentIds).delete();
          await db.evidence.where('assessmentId').anyOf(assessmentIds).delete();
          await db.findings.where('assessmentId').anyOf(assessmentIds).delete();
          await db.assessments.bulkDelete(assessmentIds);
        }
        await db.vendors.delete(id);
      });
    },
  };
}

export type VendorRepository = ReturnType<typeof createVendorRepository>;
