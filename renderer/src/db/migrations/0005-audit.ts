import type { Transaction } from 'dexie';
import { nextEntry, type AuditEntry } from '@shared/audit/chain';
import { stateItems } from '@shared/audit/items';
import type { AnswerRow, AssessmentRow, EvidenceRow, FindingRow } from '../database';

/** Version 5: each assessment's history, a hash chain of entries numbered per assessment. */
export const SCHEMA_V5 = {
  audit: '[assessmentId+seq], assessmentId',
};

/**
 * Assessments made before histories were kept start theirs with one entry that records them as they stand, said to
 * be recorded at the upgrade; a finalised one keeps that entry as its head. Changes made before cannot be told apart.
 */
export async function upgradeAudit(tx: Transaction, now: () => Date = () => new Date()): Promise<void> {
  const at = now().toISOString();
  const byAssessment = <T extends { assessmentId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.assessmentId, [...(map.get(row.assessmentId) ?? []), row]);
    return map;
  };
  const answers = byAssessment((await tx.table('answers').toArray()) as AnswerRow[]);
  const evidence = byAssessment((await tx.table('evidence').toArray()) as EvidenceRow[]);
  const findings = byAssessment((await tx.table('findings').toArray()) as FindingRow[]);
  const entries: AuditEntry[] = [];
  await tx
    .table('assessments')
    .toCollection()
    .modify((row: AssessmentRow) => {
      const items = stateItems(row, answers.get(row.id) ?? [], evidence.get(row.id) ?? [], findings.get(row.id) ?? []);
      const entry = nextEntry(undefined, { assessmentId: row.id, at, by: row.assessor, kind: 'recorded', items });
      entries.push(entry);
      if (row.status === 'final') row.audit = { head: entry.hash, entries: 1 };
    });
  await tx.table('audit').bulkAdd(entries);
}
