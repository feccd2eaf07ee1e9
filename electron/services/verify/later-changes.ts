import type { ChangedPart } from '@shared/verify/report';
import type { PdfDocument } from '../pdf/document';
import { isName, PdfDict, PdfName, PdfReal, PdfRef, PdfStream, PdfString, type PdfValue } from '../pdf/values';
import { formFields } from './signature-fields';

export interface LaterChanges {
  kind: 'none' | 'signatures' | 'content';
  parts: ChangedPart[];
}

const MAX_REACHABLE = 10_000;
const MAX_PAGES = 100_000;

/** Deep equality of two values as written: references by number, streams by dictionary and raw bytes. */
function same(doc: PdfDocument, a: PdfValue | undefined, b: PdfValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (a instanceof PdfRef) return b instanceof PdfRef && a.num === b.num && a.gen === b.gen;
  if (a instanceof PdfName) return b instanceof PdfName && a.name === b.name;
  if (a instanceof PdfReal) return b instanceof PdfReal && a.value === b.value;
  if (a instanceof PdfString) return b instanceof PdfString && a.bytes.equals(b.bytes);
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => same(doc, item, b[i]));
  if (a instanceof PdfStream) {
    return b instanceof PdfStream && same(doc, a.dict, b.dict) && doc.bytes.subarray(a.dataStart, a.dataEnd).equals(doc.bytes.subarray(b.dataStart, b.dataEnd));
  }
  if (a instanceof PdfDict) {
    if (!(b instanceof PdfDict) || a.entries.size !== b.entries.size) return false;
    for (const [key, value] of a.entries) if (!b.has(key) || !same(doc, value, b.get(key))) return false;
    return true;
  }
  return false;
}

function changedKeys(doc: PdfDocument, before: PdfDict, after: PdfDict): Set<string> {
  const keys = new Set<string>();
  for (const key of new Set([...before.entries.keys(), ...after.entries.keys()])) if (!same(doc, before.get(key), after.get(key))) keys.add(key);
  return keys;
}

/** A widget that draws something: an appearance over a rectangle with an area, not hidden. */
function drawsOnPage(doc: PdfDocument, dict: PdfDict, revision: number): boolean {
  if (!dict.has('AP')) return false;
  const flags = doc.resolve(dict.get('F'), revision);
  // Bits 2 (Hidden) and 6 (NoView).
  if (typeof flags === 'number' && (flags & 0b100010) !== 0) return false;
  const rect = doc.resolve(dict.get('Rect'), revision);
  if (!Array.isArray(rect) || rect.length !== 4) return true;
  const [x1, y1, x2, y2] = rect.map((n) => (typeof n === 'number' ? n : n instanceof PdfReal ? n.value : 0)) as [number, number, number, number];
  return Math.abs(x2 - x1) > 0 && Math.abs(y2 - y1) > 0;
}

const dictOf = (value: PdfValue | undefined) => (value instanceof PdfStream ? value.dict : value instanceof PdfDict ? value : undefined);

/** Object numbers reachable from `start` through references, as revision `revision` sees them. */
function reachable(doc: PdfDocument, start: PdfValue | undefined, revision: number, into: Set<number>): void {
  const stack: PdfValue[] = start === undefined ? [] : [start];
  while (stack.length > 0 && into.size < MAX_REACHABLE) {
    const value = stack.pop()!;
    if (value instanceof PdfRef) {
      if (into.has(value.num)) continue;
      into.add(value.num);
      const object = doc.object(value.num, revision);
      if (object) stack.push(object.value);
    } else if (Array.isArray(value)) stack.push(...value);
    else if (value instanceof PdfDict) stack.push(...value.entries.values());
    else if (value instanceof PdfStream) stack.push(...value.dict.entries.values());
  }
}

/**
 * What signing may add in a revision: signature fields and their values, and the DSS.
 * Appearances are not among them: a widget's appearance is drawn on the page, so a
 * later one can paint over signed content.
 */
function signatureObjects(doc: PdfDocument, revision: number) {
  const signature = new Set<number>();
  for (const field of formFields(doc, revision)) {
    if (field.type !== 'Sig') continue;
    if (field.ref) signature.add(field.ref.num);
    const v = field.dict.get('V');
    if (v instanceof PdfRef) signature.add(v.num);
  }
  const dss = new Set<number>();
  reachable(doc, doc.catalog(revision)?.get('DSS'), revision, dss);
  return { signature, dss };
}

/** Page objects and their content streams, to name what a change touched. */
function pageObjects(doc: PdfDocument, revision: number): Set<number> {
  const pages = new Set<number>();
  const stack: PdfValue[] = [doc.catalog(revision)?.get('Pages') ?? null];
  while (stack.length > 0 && pages.size < MAX_PAGES) {
    const item = stack.pop()!;
    if (!(item instanceof PdfRef) || pages.has(item.num)) continue;
    pages.add(item.num);
    const node = doc.dict(item, revision);
    const kids = doc.resolve(node?.get('Kids'), revision);
    if (Array.isArray(kids)) stack.push(...kids);
    const contents = node?.get('Contents');
    if (contents instanceof PdfRef) pages.add(contents.num);
    const list = doc.resolve(contents, revision);
    if (Array.isArray(list)) for (const part of list) if (part instanceof PdfRef) pages.add(part.num);
  }
  return pages;
}

function partOf(value: PdfValue | undefined, num: number, pages: Set<number>, rootNum: number | undefined): ChangedPart {
  const dict = dictOf(value);
  const type = dict?.get('Type');
  if (num === rootNum || isName(type, 'Catalog')) return 'catalog';
  if (pages.has(num) || isName(type, 'Page') || isName(type, 'Pages')) return 'pages';
  if (isName(type, 'EmbeddedFile') || isName(type, 'Filespec') || dict?.has('EmbeddedFiles') || dict?.has('EF')) return 'attachments';
  if (dict?.has('FT') || dict?.has('Fields')) return 'form';
  if (isName(type, 'Annot') || dict?.has('Subtype')) return 'annotations';
  return 'other';
}

/** `after` holds everything `before` did, and whatever it adds is a signature object. */
function onlyAddsSignatures(doc: PdfDocument, before: PdfValue | undefined, after: PdfValue | undefined, revision: number, signature: Set<number>): boolean {
  const old = doc.resolve(before, revision - 1);
  const now = doc.resolve(after, revision);
  const oldItems = Array.isArray(old) ? old : [];
  if (!Array.isArray(now)) return old === undefined && now === undefined;
  const remaining = [...now];
  for (const item of oldItems) {
    const at = remaining.findIndex((candidate) => same(doc, candidate, item));
    if (at < 0) return false;
    remaining.splice(at, 1);
  }
  return remaining.every((item) => item instanceof PdfRef && signature.has(item.num));
}

function acroFormOnlyAddsSignatures(
  doc: PdfDocument,
  before: PdfDict | undefined,
  after: PdfDict | undefined,
  revision: number,
  signature: Set<number>,
): boolean {
  if (!after) return !before;
  const empty = new PdfDict(new Map(), 0, 0);
  const keys = changedKeys(doc, before ?? empty, after);
  for (const key of keys) if (!['Fields', 'SigFlags', 'DA', 'DR'].includes(key)) return false;
  return onlyAddsSignatures(doc, before?.get('Fields'), after.get('Fields'), revision, signature);
}

/**
 * What the revisions after `signed` (an index into the document's revisions)
 * did: nothing, only what adding a signature or validation data writes, or
 * anything else, by the parts of the document it touched.
 */
export function laterChanges(doc: PdfDocument, signed: number): LaterChanges {
  const parts = new Set<ChangedPart>();
  let changed = false;
  for (let t = signed + 1; t <= doc.last; t += 1) {
    const { signature, dss } = signatureObjects(doc, t);
    const pagesBefore = pageObjects(doc, t - 1);
    const rootBefore = doc.revisions[t - 1]!.trailer.get('Root');
    const rootAfter = doc.revisions[t]!.trailer.get('Root');
    if (!same(doc, rootBefore, rootAfter) || !same(doc, doc.revisions[t - 1]!.trailer.get('Encrypt'), doc.revisions[t]!.trailer.get('Encrypt'))) {
      parts.add('catalog');
    }
    const rootNum = rootAfter instanceof PdfRef ? rootAfter.num : undefined;
    const acroFormRef = doc.catalog(t)?.get('AcroForm');
    const pageAnnots = new Map<number, number>();
    for (const page of pageObjects(doc, t)) {
      const annots = doc.dict(new PdfRef(page, 0), t)?.get('Annots');
      if (annots instanceof PdfRef) pageAnnots.set(annots.num, page);
    }
    for (const [num, entry] of doc.revisions[t]!.entries) {
      if (num === 0) continue;
      const before = doc.object(num, t - 1)?.value;
      const after = entry.type === 'free' ? undefined : doc.object(num, t)?.value;
      if (before === undefined && after === undefined) continue;
      if (same(doc, before, after)) continue;
      changed = true;
      if (after === undefined) {
        parts.add(partOf(before, num, pagesBefore, rootNum));
        continue;
      }
      const b = dictOf(before);
      const a = dictOf(after);
      let allowed = false;
      if (dss.has(num)) allowed = true;
      else if (signature.has(num)) {
        // New signature objects; an existing (empty) signature field may receive its value and appearance.
        allowed =
          !(a && drawsOnPage(doc, a, t)) &&
          (before === undefined || (!!b && !!a && !(before instanceof PdfStream) && [...changedKeys(doc, b, a)].every((key) => key === 'V')));
      } else if (num === rootNum && b && a) {
        const keys = changedKeys(doc, b, a);
        allowed =
          [...keys].every((key) => key === 'AcroForm' || key === 'DSS') &&
          (!keys.has('AcroForm') ||
            b.get('AcroForm') instanceof PdfRef ||
            a.get('AcroForm') instanceof PdfRef ||
            acroFormOnlyAddsSignatures(doc, dictOf(b.get('AcroForm')), dictOf(a.get('AcroForm')), t, signature));
      } else if (acroFormRef instanceof PdfRef && acroFormRef.num === num) {
        allowed = acroFormOnlyAddsSignatures(doc, b, a, t, signature);
      } else if (a && isName(a.get('Type'), 'Page') && b) {
        const keys = changedKeys(doc, b, a);
        allowed = [...keys].every((key) => key === 'Annots') && onlyAddsSignatures(doc, b.get('Annots'), a.get('Annots'), t, signature);
      } else if (Array.isArray(after) && pageAnnots.has(num)) {
        const page = pageAnnots.get(num)!;
        const old = before ?? doc.dict(new PdfRef(page, 0), t - 1)?.get('Annots');
        allowed = onlyAddsSignatures(doc, old, after, t, signature);
      }
      if (!allowed) parts.add(partOf(after, num, pagesBefore, rootNum));
    }
  }
  const list = [...parts];
  return { kind: list.length > 0 ? 'content' : changed ? 'signatures' : 'none', parts: list };
}
