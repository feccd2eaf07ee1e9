// Runs inside the app page: importing a received assessment on real IndexedDB.
import '../../../renderer/src/app/zod-config';
import Dexie from 'dexie';
import type { AssessmentExport } from '@shared/report/assessment-export';
import { AssayDatabase } from '../../../renderer/src/db/database';
import { RepositoryError } from '../../../renderer/src/db/errors';
import { receiveReport } from '../../../renderer/src/db/received';
import { createBundleRepository } from '../../../renderer/src/db/bundles';
import type { RepositoryDeps } from '../../../renderer/src/db/vendors';

const ORIGIN = { fileName: 'report.pdf', from: 'Robin Sender', signer: 'Robin Sender', sentAt: '2026-02-21T10:00:00.000Z' };
const importReceivedAssessment = (db: AssayDatabase, data: Parameters<typeof receiveReport>[1], deps?: RepositoryDeps) =>
  receiveReport(createBundleRepository(db, deps), data, ORIGIN, deps?.newId);

async function withDb<T>(work: (db: AssayDatabase) => Promise<T>): Promise<T> {
  const db = new AssayDatabase(`assay-received-${crypto.randomUUID()}`);
  try {
    return await work(db);
  } finally {
    db.close();
    await Dexie.delete(db.name);
  }
}

async function counts(db: AssayDatabase) {
  return {
    vendors: await db.vendors.count(),
    assessments: await db.assessments.count(),
    answers: await db.answers.count(),
    findings: await db.findings.count(),
  };
}

async function refusal(action: () => Promise<unknown>): Promise<string> {
  try {
    await action();
    return 'ok';
  } catch (error) {
    return error instanceof RepositoryError ? `${error.code} ${error.messageKey}` : `unexpected: ${String(error)}`;
  }
}

/** Imports into an empty store: the vendor is created, and every row is written with the given clock and ids. */
export async function importsIntoNewVendor(data: AssessmentExport) {
  return withDb(async (db) => {
    let n = 0;
    const deps = { now: () => new Date('2026-03-02T09:30:00Z'), newId: () => `id-${++n}` };
    const result = await importReceivedAssessment(db, data, deps);
    return {
      result,
      vendor: await db.vendors.get(result.vendorId),
      assessment: await db.assessments.get(result.assessmentId),
      answers: await db.answers.where('assessmentId').equals(result.assessmentId).toArray(),
      findings: await db.findings.where('assessmentId').equals(result.assessmentId).toArray(),
    };
  });
}

/** Imports twice next to a vendor of the same name spelt differently: it lands under it, once. */
export async function importsIntoExistingVendor(data: AssessmentExport) {
  return withDb(async (db) => {
    await db.vendors.add({ id: 'existing', name: 'TalkDesk', nameKey: 'talkdesk', contacts: [], services: ['Kept'], createdAt: 'x', updatedAt: 'x' });
    const first = await importReceivedAssessment(db, data);
    const second = await importReceivedAssessment(db, data);
    return { first, second, vendors: await db.vendors.toArray(), assessments: await db.assessments.count() };
  });
}

/** The refusal an import meets, and what the store holds afterwards. */
export async function refuses(data: AssessmentExport) {
  return withDb(async (db) => {
    const outcome = await refusal(() => importReceivedAssessment(db, data));
    return { outcome, counts: await counts(db) };
  });
}
