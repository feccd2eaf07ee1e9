import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { canonicalJson } from '../bundle/canonical';

/**
 * An assessment's history as a hash chain: every change appends an entry that names what it set, and each entry's
 * hash covers the one before it. Rows edited behind the app's back then no longer match the entries that wrote them,
 * and an edited or removed entry breaks the chain.
 */

/** The `previous` of an assessment's first entry. */
export const AUDIT_GENESIS = '0'.repeat(64);

export const auditKinds = [
  /** Started with its intake. */
  'created',
  /** An answer, note or typed draft saved (or cleared). */
  'answer',
  /** The vendor's answer confirmed by the assessor. */
  'confirmed',
  /** Answers taken from a vendor's file. */
  'responses',
  'weights',
  'evidenceAdded',
  'evidenceRemoved',
  'finding',
  'finalised',
  /** Snapshots: the whole state at that moment, replacing what came before. */
  'revision',
  'received',
  /** History started for an assessment that existed before histories were kept. */
  'recorded',
] as const;
export type AuditKind = (typeof auditKinds)[number];

/** Kinds whose items are the whole state rather than what changed. */
export const SNAPSHOT_KINDS: ReadonlySet<AuditKind> = new Set(['revision', 'received', 'recorded']);

/** State items by key (see ./items.ts); null removes an item. */
export type AuditItems = Record<string, unknown>;

export interface AuditFields {
  assessmentId: string;
  /** 1 for the first entry, one more for each after it. */
  seq: number;
  at: string;
  /** Who made the change: the assessment's assessor, or the sender of what was received. */
  by: string;
  kind: AuditKind;
  items: AuditItems;
  /** What the items do not say: the file answers came from, the digest of the content finalised. */
  detail?: Record<string, string>;
}

export interface AuditEntry extends AuditFields {
  previous: string;
  hash: string;
}

/** What a finalised assessment keeps of its history: the last entry's hash and how many entries there are. */
export interface AuditHead {
  head: string;
  entries: number;
}

export const sha256Text = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));

/** The hash of an entry: the previous hash, then the canonical JSON of the entry's fields (time and assessor among them). */
export function entryHash(previous: string, { assessmentId, seq, at, by, kind, items, detail }: AuditFields): string {
  return sha256Text(`${previous}\n${canonicalJson({ assessmentId, seq, at, by, kind, items, detail })}`);
}

/** The entry that follows `last` (none for the first). */
export function nextEntry(last: AuditEntry | undefined, fields: Omit<AuditFields, 'seq'>): AuditEntry {
  const previous = last?.hash ?? AUDIT_GENESIS;
  const sealed: AuditFields = { ...fields, seq: (last?.seq ?? 0) + 1 };
  if (!sealed.detail) delete sealed.detail;
  return { ...sealed, previous, hash: entryHash(previous, sealed) };
}

/** Why a history does not hold: the entry named is the first one that cannot be trusted. */
export type AuditProblem =
  /** The entry's content no longer gives its hash, or it does not follow the one before. */
  | { reason: 'entry'; seq: number }
  /** Entries were added after finalising (`seq`, the first of them), or the record kept at finalising no longer matches. */
  | { reason: 'head'; seq?: number }
  /** A stored row no longer matches the last entry that wrote it. */
  | { reason: 'row'; seq: number; key: string }
  /** A stored row that no entry wrote. */
  | { reason: 'unrecorded'; key: string };

/** The first entry that breaks the chain, if any; `entries` in sequence order. */
export function brokenLink(entries: readonly AuditEntry[]): number | undefined {
  let previous = AUDIT_GENESIS;
  for (const [index, entry] of entries.entries()) {
    if (entry.seq !== index + 1 || entry.previous !== previous || entryHash(previous, entry) !== entry.hash) return index + 1;
    previous = entry.hash;
  }
  return undefined;
}

/** The state the entries leave behind: each item's value and the entry that last set it. */
export function replay(entries: readonly AuditEntry[]): Map<string, { value: unknown; seq: number }> {
  const state = new Map<string, { value: unknown; seq: number }>();
  for (const entry of entries) {
    if (SNAPSHOT_KINDS.has(entry.kind)) state.clear();
    for (const [key, value] of Object.entries(entry.items)) {
      if (value === null) state.set(key, { value: undefined, seq: entry.seq });
      else state.set(key, { value, seq: entry.seq });
    }
  }
  return state;
}

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/**
 * Checks a history against the rows stored now: the chain itself, the head recorded at finalising, and every item.
 * Returns the first problem: the lowest entry that no longer holds, or a row no entry wrote.
 */
export function checkHistory(entries: readonly AuditEntry[], current: AuditItems, recorded?: AuditHead): AuditProblem | undefined {
  const broken = brokenLink(entries);
  if (broken !== undefined) return { reason: 'entry', seq: broken };
  if (recorded) {
    const head = entries.findIndex((entry) => entry.hash === recorded.head);
    if (head === -1 || head + 1 !== recorded.entries) return { reason: 'head' };
    if (entries.length > recorded.entries) return { reason: 'head', seq: recorded.entries + 1 };
  }
  const state = replay(entries);
  let altered: { seq: number; key: string } | undefined;
  let unrecorded: string | undefined;
  for (const key of new Set([...state.keys(), ...Object.keys(current)])) {
    const expected = state.get(key);
    if (same(expected?.value, current[key])) continue;
    if (!expected) unrecorded ??= key;
    else if (!altered || expected.seq < altered.seq) altered = { seq: expected.seq, key };
  }
  const first: AuditProblem | undefined = altered ? { reason: 'row', ...altered } : unrecorded ? { reason: 'unrecorded', key: unrecorded } : undefined;
  return first;
}
