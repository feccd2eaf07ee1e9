// Runs inside the app page (bundled by the bench): saves through the repository
// layer against raw IndexedDB puts of the same row, in the same page and run.
import '../../renderer/src/app/zod-config';
import { AssayDatabase } from '../../renderer/src/db/database';
import { createVendorRepository } from '../../renderer/src/db/vendors';

const DB_NAME = 'assay-bench';

function rawPut(db: IDBDatabase, row: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('vendors', 'readwrite');
    tx.objectStore('vendors').put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

function openRaw(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export async function run(count: number): Promise<{ repository: number[]; raw: number[] }> {
  const db = new AssayDatabase(DB_NAME);
  const vendors = createVendorRepository(db);
  const vendor = await vendors.create('Benchmark Vendor');
  const raw = await openRaw();
  const repository: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < count; i += 1) {
    // Alternate so neither side always runs first.
    const name = `Benchmark Vendor ${i}`;
    const row = { ...vendor, id: 'raw-row', name, nameKey: `raw ${i}`, updatedAt: new Date().toISOString() };
    const first = i % 2 === 0;
    if (first) {
      const t0 = performance.now();
      await vendors.rename(vendor.id, name);
      repository.push(performance.now() - t0);
    }
    const t1 = performance.now();
    await rawPut(raw, row);
    baseline.push(performance.now() - t1);
    if (!first) {
      const t0 = performance.now();
      await vendors.rename(vendor.id, name);
      repository.push(performance.now() - t0);
    }
  }
  raw.close();
  db.close();
  return { repository, raw: baseline };
}
