import { vendorNameKey, vendorNameSchema, type Vendor } from '@shared/domain/vendor';
import { vendorDetailsSchema, type VendorDetails, type VendorDetailsInput } from '@shared/domain/vendor-details';
import { vendorOverviews, type VendorOverview } from '@shared/vendors/list';
import type { AssayDatabase, AssessmentRow, VendorRow } from './database';
import { RepositoryError } from './errors';
import { recordRemoval } from './settings';
import { messageKeyOr } from '@shared/i18n/keys';

export interface RepositoryDeps {
  now: () => Date;
  newId: () => string;
}

const defaultDeps: RepositoryDeps = { now: () => new Date(), newId: () => crypto.randomUUID() };

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

/** Orders vendor names as the list does by default, ignoring case and accents. */
const nameCollator = new Intl.Collator(undefined, { sensitivity: 'base' });

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
      const [vendors, assessments] = await db.transaction('r', db.vendors, db.assessments, () => Promise.all([db.vendors.toArray(), db.assessments.toArray()]));
      return vendorOverviews(vendors, assessments).sort((a, b) => nameCollator.compare(a.name, b.name));
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
      await db.transaction('rw', [db.vendors, db.assessments, db.answers, db.evidence, db.findings, db.audit, db.settings], async () => {
        if (!(await db.vendors.get(id))) throw new RepositoryError('not_found', 'vendors.errors.notFound');
        const assessmentIds = await db.assessments.where('vendorId').equals(id).primaryKeys();
        let evidence = 0;
        if (assessmentIds.length > 0) {
          await db.answers.where('assessmentId').anyOf(assessmentIds).delete();
          evidence = await db.evidence.where('assessmentId').anyOf(assessmentIds).delete();
          await db.findings.where('assessmentId').anyOf(assessmentIds).delete();
          await db.audit.where('assessmentId').anyOf(assessmentIds).delete();
          await db.assessments.bulkDelete(assessmentIds);
        }
        await db.vendors.delete(id);
        await recordRemoval(db, { at: deps.now().toISOString(), vendors: 1, assessments: assessmentIds.length, evidence });
      });
    },
  };
}

export type VendorRepository = ReturnType<typeof createVendorRepository>;
