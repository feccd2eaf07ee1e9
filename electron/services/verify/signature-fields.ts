import type { PdfDocument } from '../pdf/document';
import { textOf } from '../pdf/text';
import { isName, PdfDict, PdfError, PdfRef, PdfString, type PdfValue } from '../pdf/values';

/** A signature value (/V of a /FT /Sig field) as some revision's form shows it. */
export interface SignatureValue {
  /** Fully qualified field name. */
  field?: string;
  /** The signature dictionary, or whatever else /V holds. */
  value: PdfValue | undefined;
  /** The object the dictionary was read from: itself when /V is a reference, else the field. */
  holder?: { num: number; start: number; compressed: boolean; definedIn: number };
  /** Index of the first revision whose form lists it. */
  firstSeen: number;
  /** Whether the final revision's form still lists it. */
  inFinal: boolean;
  /** The dictionary could not be read: it breaks PDF syntax. */
  unreadable?: boolean;
}

const MAX_FIELDS = 10_000;
const MAX_FIELD_DEPTH = 16;

/** Every field of a revision's AcroForm, walking /Kids, with inherited /FT and qualified names. */
export function formFields(doc: PdfDocument, revision: number): { dict: PdfDict; ref?: PdfRef; type?: string; name?: string }[] {
  const acroForm = doc.dict(doc.catalog(revision)?.get('AcroForm'), revision);
  const roots = doc.resolve(acroForm?.get('Fields'), revision);
  if (!Array.isArray(roots)) return [];
  const out: { dict: PdfDict; ref?: PdfRef; type?: string; name?: string }[] = [];
  const visited = new Set<string>();
  const walk = (item: PdfValue, inheritedType: string | undefined, parentName: string | undefined, depth: number) => {
    if (depth > MAX_FIELD_DEPTH || out.length >= MAX_FIELDS) return;
    const ref = item instanceof PdfRef ? item : undefined;
    if (ref) {
      if (visited.has(ref.key)) return;
      visited.add(ref.key);
    }
    const dict = doc.dict(item, revision);
    if (!dict) return;
    const ft = dict.get('FT');
    const type = isName(ft) ? ft.name : inheritedType;
    const partial = dict.get('T');
    const name = partial instanceof PdfString ? [parentName, textOf(partial)].filter(Boolean).join('.') : parentName;
    out.push({ dict, ref, type, name });
    const kids = doc.resolve(dict.get('Kids'), revision);
    if (Array.isArray(kids)) for (const kid of kids) walk(kid, type, name, depth + 1);
  };
  for (const root of roots) walk(root, undefined, undefined, 0);
  return out;
}

/**
 * The signature values of every revision's form, oldest revision first, each
 * once: a dictionary is the same signature wherever it is listed, and a new
 * definition of the same object number in a later revision is another one.
 */
export function signatureValues(doc: PdfDocument): SignatureValue[] {
  const found = new Map<string, SignatureValue>();
  const finalKeys = new Set<string>();
  doc.revisions.forEach((_, revision) => {
    for (const field of formFields(doc, revision)) {
      if (field.type !== 'Sig' || !field.dict.has('V')) continue;
      const v = field.dict.get('V');
      let key: string;
      let holder: SignatureValue['holder'];
      if (v instanceof PdfRef) {
        let object;
        try {
          object = doc.object(v.num, revision);
        } catch (error) {
          if (!(error instanceof PdfError) || error.code !== 'syntax') throw error;
          // A damaged signature dictionary is that signature's fault, not the file's.
          const located = doc.entry(v.num, revision);
          const offset = located?.entry.type === 'offset' ? located.entry.offset : -1;
          key = `bad${located?.definedIn}:${offset}`;
          if (revision === doc.last) finalKeys.add(key);
          if (!found.has(key)) found.set(key, { field: field.name, value: undefined, firstSeen: revision, inFinal: false, unreadable: true });
          continue;
        }
        if (!object) continue;
        holder = { num: v.num, start: object.start, compressed: object.compressed, definedIn: object.definedIn };
        key = `${object.compressed ? 'c' : 'o'}${object.definedIn}:${object.start}`;
      } else {
        const object = field.ref ? doc.object(field.ref.num, revision) : undefined;
        holder = object && field.ref ? { num: field.ref.num, start: object.start, compressed: object.compressed, definedIn: object.definedIn } : undefined;
        key = `field:${holder ? `${holder.compressed ? 'c' : 'o'}${holder.definedIn}:${holder.start}` : `${revision}:${field.name ?? ''}`}`;
      }
      if (revision === doc.last) finalKeys.add(key);
      if (!found.has(key)) found.set(key, { field: field.name, value: doc.resolve(v, revision), holder, firstSeen: revision, inFinal: false });
    }
  });
  for (const [key, value] of found) value.inFinal = finalKeys.has(key);
  return [...found.values()];
}
