import { vendorNameKey, vendorNameSchema, type Vendor } from '../../../shared/domain/vendor';
import type { AssayDatabase, VendorRow } from './database';
import { RepositoryError } from './errors';

export interface RepositoryDeps {
  now: () => Date;
  newId: () => string;
}

const defaultDeps: RepositoryDeps = { now: () => new Date(), newId: () => crypto.randomUUID() };

function parseName(name: string): string {
  const parsed = vendorNameSchema.safeParse(name);
  if (!parsed.success) throw new RepositoryError('invalid', parsed.error.issues[0]!.message);
  return parsed.data.replace(/\s+/g, ' ');
}

function toVendor({ nameKey: _nameKey, ...vendor }: VendorRow): Vendor {
  return vendor;
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
    async list(): Promise<Vendor[]> {
      const rows = await db.vendors.toArray();
      return rows.map(toVendor).sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
    },

    async get(id: string): Promise<Vendor | undefined> {
      const row = await db.vendors.get(id);
      return row && toVendor(row);
    },

    async create(rawName: string): Promise<Vendor> {
      const name = parseName(rawName);
      return db.transaction('rw', db.vendors, async () => {
        const nameKey = await assertNameFree(name);
        const at = deps.now().toISOString();
        const row: VendorRow = { id: deps.newId(), name, nameKey, createdAt: at, updatedAt: at };
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

    /** Removes the vendor with everything recorded about it, in one transaction. */
    async remove(id: string): Promise<void> {
      await db.transaction('rw', [db.vendors, db.assessments, db.answers, db.evidence], async () => {
        if (!(await db.vendors.get(id))) throw new RepositoryError('not_found', 'vendors.errors.notFound');
        const assessmentIds = await db.assessments.where('vendorId').equals(id).primaryKeys();
        if (assessmentIds.length > 0) {
          await db.answers.where('assessmentId').anyOf(assessmentIds).delete();
          await db.evidence.where('assessmentId').anyOf(assessmentIds).delete();
          await db.assessments.bulkDelete(assessmentIds);
        }
        await db.vendors.delete(id);
      });
    },
  };
}

export type VendorRepository = ReturnType<typeof createVendorRepository>;
