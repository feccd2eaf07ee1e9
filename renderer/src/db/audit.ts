import Dexie from 'dexie';
import { checkHistory, nextEntry, type AuditEntry, type AuditFields, type AuditProblem } from '@shared/audit/chain';
import { stateItems } from '@shared/audit/items';
import type { AssayDatabase } from './database';

/** An assessment's entries, in order. */
const entriesOf = (db: AssayDatabase, assessmentId: string) =>
  db.audit.where('[assessmentId+seq]').between([assessmentId, Dexie.minKey], [assessmentId, Dexie.maxKey]);

/**
 * Appends an entry to an assessment's history. Called inside the transaction that makes the change, which must
 * include the audit table: the change and its entry are written together or not at all.
 */
export async function appendAudit(db: AssayDatabase, fields: Omit<AuditFields, 'seq'>): Promise<AuditEntry> {
  const entry = nextEntry(await entriesOf(db, fields.assessmentId).last(), fields);
  await db.audit.add(entry);
  return entry;
}

export const auditEntries = (db: AssayDatabase, assessmentId: string): Promise<AuditEntry[]> => entriesOf(db, assessmentId).toArray();

/** Every item of the assessment as its rows stand now. Inside a transaction that reads those tables. */
export async function currentItems(db: AssayDatabase, assessmentId: string) {
  const assessment = await db.assessments.get(assessmentId);
  if (!assessment) return undefined;
  const [answers, evidence, findings] = await Promise.all([
    db.answers.where('assessmentId').equals(assessmentId).toArray(),
    db.evidence.where('assessmentId').equals(assessmentId).toArray(),
    db.findings.where('assessmentId').equals(assessmentId).toArray(),
  ]);
  return { assessment, items: stateItems(assessment, answers, evidence, findings) };
}

/** What checking an assessment's history found: nothing wrong, or the first entry (or row) that no longer holds. */
export interface AuditVerdict {
  entries: AuditEntry[];
  problem?: AuditProblem;
}

/**
 * Checks the assessment's stored rows against its history: the chain, the head kept at finalising, and every item
 * the entries set. Read in one transaction, so a write in between cannot make it look altered.
 */
export async function checkAssessmentHistory(db: AssayDatabase, assessmentId: string): Promise<AuditVerdict | undefined> {
  return db.transaction('r', [db.assessments, db.answers, db.evidence, db.findings, db.audit], async () => {
    const current = await currentItems(db, assessmentId);
    if (!current) return undefined;
    const entries = await auditEntries(db, assessmentId);
    // A finalised assessment of one's own keeps its head; one without has lost it. Received ones start from a snapshot.
    const { audit, status, received } = current.assessment;
    const recorded = audit ?? (status === 'final' && !received ? { head: '', entries: 0 } : undefined);
    const problem = checkHistory(entries, current.items, recorded);
    return { entries, ...(problem && { problem }) };
  });
}
