import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AUDIT_GENESIS, brokenLink, checkHistory, entryHash, nextEntry, replay, sha256Text, type AuditEntry, type AuditFields } from '@shared/audit/chain';
import { answerKey, evidenceKey, stateItems, type AuditedAssessment } from '@shared/audit/items';

const assessment: AuditedAssessment = {
  vendorId: 'v1',
  serviceName: 'Contact centre',
  assessor: 'Alex Example',
  assessmentDate: '2026-12-01',
  profile: { dataTypes: ['pii'] },
  questionnaireId: 'cx-core',
  questionnaireVersion: '1.0.0',
  status: 'draft',
  revision: 1,
  domainWeights: {},
};
const yes = { status: 'answered', value: 'yes' };
const no = { status: 'answered', value: 'no' };

/** A history built the way the repositories build one: each change names what it set. */
function history(...changes: Omit<AuditFields, 'seq' | 'assessmentId' | 'by' | 'at'>[]): AuditEntry[] {
  const entries: AuditEntry[] = [];
  changes.forEach((change, index) =>
    entries.push(nextEntry(entries.at(-1), { assessmentId: 'a1', by: 'Alex Example', at: `2026-12-0${index + 1}T10:00:00.000Z`, ...change })),
  );
  return entries;
}

const created = { kind: 'created' as const, items: { setup: stateItems(assessment, [], [], []).setup, weights: {}, final: null, received: null } };
const answered = (questionId: string, answer: unknown, note?: string) => ({ kind: 'answer' as const, items: { [answerKey(questionId)]: { answer, note } } });
const evidence = { id: 'e1', questionId: 'SEC-RBAC', fileName: 'roles.pdf', mediaType: 'application/pdf', size: 10, sha256: 'a'.repeat(64) };

describe('the history chain', () => {
  it('hashes with SHA-256 over the previous hash and the canonical JSON of the entry', () => {
    expect(sha256Text('Prüfung')).toBe(createHash('sha256').update('Prüfung', 'utf8').digest('hex'));
    const [first] = history(created);
    expect(first!.previous).toBe(AUDIT_GENESIS);
    expect(first!.seq).toBe(1);
    // Key order does not matter; every field does.
    const reordered = { ...first!, items: Object.fromEntries(Object.entries(first!.items).reverse()) };
    expect(entryHash(AUDIT_GENESIS, reordered)).toBe(first!.hash);
    expect(entryHash(AUDIT_GENESIS, { ...first!, by: 'Mallory' })).not.toBe(first!.hash);
    expect(entryHash(AUDIT_GENESIS, { ...first!, at: '2026-12-01T10:00:00.001Z' })).not.toBe(first!.hash);
    expect(entryHash('f'.repeat(64), first!)).not.toBe(first!.hash);
  });

  it('holds as written, and names the first entry edited, removed or reordered', () => {
    const entries = history(created, answered('SEC-RBAC', yes), answered('SEC-MFA', yes), answered('SEC-RBAC', no));
    expect(brokenLink(entries)).toBeUndefined();
    const edited = entries.map((entry) => (entry.seq === 2 ? { ...entry, items: { [answerKey('SEC-RBAC')]: { answer: no } } } : entry));
    expect(brokenLink(edited)).toBe(2);
    // Re-hashing the edited entry does not help: the next one no longer follows it.
    const resealed = edited.map((entry) => (entry.seq === 2 ? { ...entry, hash: entryHash(entry.previous, entry) } : entry));
    expect(brokenLink(resealed)).toBe(3);
    expect(brokenLink(entries.filter((entry) => entry.seq !== 3))).toBe(3);
    expect(brokenLink([entries[0]!, entries[2]!, entries[1]!, entries[3]!])).toBe(2);
  });

  it('replays to the state the entries leave, each item with the entry that last set it; a snapshot starts afresh', () => {
    const entries = history(created, answered('SEC-RBAC', yes), answered('SEC-MFA', yes), answered('SEC-RBAC', no), {
      kind: 'answer',
      items: { [answerKey('SEC-MFA')]: null },
    });
    const state = replay(entries);
    expect(state.get(answerKey('SEC-RBAC'))).toEqual({ value: { answer: no }, seq: 4 });
    expect(state.get(answerKey('SEC-MFA'))).toEqual({ value: undefined, seq: 5 });
    const afterSnapshot = replay([...entries, nextEntry(entries.at(-1), { assessmentId: 'a1', by: 'x', at: 'y', kind: 'recorded', items: { setup: 1 } })]);
    expect([...afterSnapshot.keys()]).toEqual(['setup']);
  });
});

describe('checking stored rows against their history', () => {
  const entries = history(
    created,
    answered('SEC-RBAC', yes, 'Seen in the console.'),
    { kind: 'evidenceAdded', items: { [evidenceKey('e1')]: { ...evidence, id: undefined } } },
    answered('SEC-MFA', no),
  );
  const rows = () =>
    stateItems(
      assessment,
      [
        { questionId: 'SEC-RBAC', answer: yes, note: 'Seen in the console.' },
        { questionId: 'SEC-MFA', answer: no },
      ],
      [evidence],
      [],
    );

  it('finds nothing when the rows are as the entries left them', () => {
    expect(checkHistory(entries, rows())).toBeUndefined();
  });

  it('names the entry that wrote a row changed since, the earliest when several are', () => {
    const changed = { ...rows(), [answerKey('SEC-MFA')]: { answer: yes } };
    expect(checkHistory(entries, changed)).toEqual({ reason: 'row', seq: 4, key: answerKey('SEC-MFA') });
    const alsoAssessor = { ...changed, setup: { ...(changed.setup as object), assessor: 'Mallory' } };
    expect(checkHistory(entries, alsoAssessor)).toEqual({ reason: 'row', seq: 1, key: 'setup' });
    const { [evidenceKey('e1')]: _gone, ...withoutEvidence } = rows();
    expect(checkHistory(entries, withoutEvidence)).toEqual({ reason: 'row', seq: 3, key: evidenceKey('e1') });
  });

  it('names a row no entry wrote', () => {
    expect(checkHistory(entries, { ...rows(), [answerKey('GOV-DPO')]: { answer: yes } })).toEqual({ reason: 'unrecorded', key: answerKey('GOV-DPO') });
  });

  it('holds a finalised history to the head kept at finalising', () => {
    const head = { head: entries[3]!.hash, entries: 4 };
    expect(checkHistory(entries, rows(), head)).toBeUndefined();
    const later = [...entries, nextEntry(entries[3], { assessmentId: 'a1', by: 'Alex Example', at: '2026-12-09T00:00:00.000Z', kind: 'answer', items: {} })];
    expect(checkHistory(later, rows(), head)).toEqual({ reason: 'head', seq: 5 });
    expect(checkHistory(entries.slice(0, 3), rows(), head)).toEqual({ reason: 'head' });
    expect(checkHistory(entries, rows(), { head: 'b'.repeat(64), entries: 4 })).toEqual({ reason: 'head' });
  });
});
