import { MAX_ATTACHMENT_BYTES } from '@shared/verify/report';
import type { PdfDocument } from '../pdf/document';
import { StreamTooLargeError } from '../pdf/filters';
import { textOf } from '../pdf/text';
import { PdfDict, PdfRef, PdfStream, PdfString, type PdfValue } from '../pdf/values';

/** An embedded file as one revision's catalog lists it. */
export interface EmbeddedFile {
  name: string;
  stream: PdfStream;
  /** Object number of the embedded file stream, when it is an indirect object (it always should be). */
  num?: number;
}

export type EmbeddedContent = { ok: true; data: Buffer } | { ok: false; problem: 'too_large' | 'unreadable' };

const MAX_NAME_TREE_NODES = 10_000;
const MAX_NAME_TREE_DEPTH = 16;
/** The files our reports and comparisons carry. */
const PREFERRED = ['assessment.json', 'comparison.json'];

function fileSpecName(doc: PdfDocument, spec: PdfDict, revision: number, fallback?: string): string | undefined {
  for (const key of ['UF', 'F']) {
    const value = doc.resolve(spec.get(key), revision);
    if (value instanceof PdfString) return textOf(value);
  }
  return fallback;
}

function fromFileSpec(doc: PdfDocument, specValue: PdfValue, revision: number, fallback?: string): EmbeddedFile | undefined {
  const spec = doc.dict(specValue, revision);
  if (!spec) return undefined;
  const ef = doc.dict(spec.get('EF'), revision);
  const streamRef = ef?.get('UF') ?? ef?.get('F');
  const stream = doc.resolve(streamRef, revision);
  const name = fileSpecName(doc, spec, revision, fallback);
  if (!(stream instanceof PdfStream) || name === undefined) return undefined;
  return { name, stream, num: streamRef instanceof PdfRef ? streamRef.num : undefined };
}

/** The leaves of a name tree (ISO 32000-1, 7.9.6), bounded in depth and size. */
function nameTreeLeaves(doc: PdfDocument, root: PdfValue | undefined, revision: number): { key: string; value: PdfValue }[] {
  const leaves: { key: string; value: PdfValue }[] = [];
  let nodes = 0;
  const visit = (node: PdfValue | undefined, depth: number) => {
    const dict = doc.dict(node, revision);
    if (!dict || depth > MAX_NAME_TREE_DEPTH || (nodes += 1) > MAX_NAME_TREE_NODES) return;
    const names = doc.resolve(dict.get('Names'), revision);
    if (Array.isArray(names)) {
      for (let i = 0; i + 1 < names.length; i += 2) {
        const key = names[i];
        if (key instanceof PdfString) leaves.push({ key: textOf(key), value: names[i + 1]! });
      }
    }
    const kids = doc.resolve(dict.get('Kids'), revision);
    if (Array.isArray(kids)) for (const kid of kids) visit(kid, depth + 1);
  };
  visit(root, 0);
  return leaves;
}

/**
 * The JSON file a revision's catalog embeds (/Names /EmbeddedFiles, or /AF):
 * assessment.json or comparison.json first, else the first .json file.
 */
export function embeddedJson(doc: PdfDocument, revision: number): EmbeddedFile | undefined {
  const catalog = doc.catalog(revision);
  if (!catalog) return undefined;
  const files: EmbeddedFile[] = [];
  const names = doc.dict(catalog.get('Names'), revision);
  for (const leaf of nameTreeLeaves(doc, names?.get('EmbeddedFiles'), revision)) {
    const file = fromFileSpec(doc, leaf.value, revision, leaf.key);
    if (file) files.push(file);
  }
  const associated = doc.resolve(catalog.get('AF'), revision);
  if (Array.isArray(associated)) {
    for (const spec of associated.slice(0, MAX_NAME_TREE_NODES)) {
      const file = fromFileSpec(doc, spec, revision);
      if (file) files.push(file);
    }
  }
  const json = files.filter((file) => file.name.toLowerCase().endsWith('.json'));
  return json.find((file) => PREFERRED.includes(file.name)) ?? json[0];
}

/** The file's decoded bytes, at most 20 MB. */
export function embeddedContent(doc: PdfDocument, file: EmbeddedFile): EmbeddedContent {
  try {
    return { ok: true, data: doc.streamData(file.stream, MAX_ATTACHMENT_BYTES) };
  } catch (error) {
    if (error instanceof StreamTooLargeError) return { ok: false, problem: 'too_large' };
    return { ok: false, problem: 'unreadable' };
  }
}
