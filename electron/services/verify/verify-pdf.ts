import { createHash } from 'node:crypto';
import {
  MAX_VERIFY_PDF_BYTES,
  type AttachmentReport,
  type ProblemCode,
  type SignatureReport,
  type Verdict,
  type VerificationReport,
} from '@shared/verify/report';
import { certificateFacts } from '../signing/certificate';
import { PdfDocument } from '../pdf/document';
import { textOf } from '../pdf/text';
import { isName, PdfDict, PdfError, PdfString } from '../pdf/values';
import { verifyCms } from './cms';
import { embeddedContent, embeddedJson } from './embedded-file';
import { laterChanges } from './later-changes';
import { signatureValues, type SignatureValue } from './signature-fields';
import { checkSignatureStructure } from './signature-structure';
import { pdfDate } from './pdf-date';

const MALFORMED_CMS: ReadonlySet<ProblemCode> = new Set(['cms_unreadable', 'cms_unsupported']);

function unreadable(problem: ProblemCode, revisions = 0): VerificationReport {
  return { verdict: 'unreadable', problem, wholeDocument: false, revisions, signatures: [] };
}

function problemOfError(error: unknown): ProblemCode {
  if (error instanceof PdfError) {
    if (error.code === 'not_a_pdf' || error.code === 'no_xref' || error.code === 'broken_xref' || error.code === 'too_complex') return error.code;
    return 'broken_xref';
  }
  throw error;
}

/** The signature dictionary's own statements: when, why, where, by what convention. */
function statements(value: SignatureValue['value']) {
  if (!(value instanceof PdfDict)) return {};
  const text = (key: string) => {
    const v = value.get(key);
    return v instanceof PdfString ? textOf(v) : undefined;
  };
  const subFilter = value.get('SubFilter');
  return {
    time: pdfDate(text('M')),
    reason: text('Reason'),
    location: text('Location'),
    subFilter: isName(subFilter) ? subFilter.name : undefined,
  };
}

async function checkSignature(
  doc: PdfDocument,
  signature: SignatureValue,
  trusted: ReadonlySet<string>,
): Promise<SignatureReport & { signedRevision?: number }> {
  const said = statements(signature.value);
  const base = {
    field: signature.field,
    ...said,
    valid: false,
    revision: 0,
    coversBytes: 0,
    wholeDocument: false,
    laterChanges: 'none' as const,
    changedParts: [],
    trusted: false,
  };
  const structure = checkSignatureStructure(doc, signature);
  if (typeof structure === 'string') return { ...base, status: 'malformed', problem: structure };

  const [, holeStart, holeEnd, tailLength] = structure.byteRange;
  const coversBytes = holeStart + tailLength;
  const wholeDocument = holeEnd + tailLength === doc.bytes.length;
  const cms = await verifyCms(structure.cms, structure.signedBytes, said.subFilter);
  const facts = cms.certificate ? certificateFacts(cms.certificate.toString()) : undefined;
  const later = laterChanges(doc, structure.revision);
  const changedAfter: ProblemCode | undefined = !signature.inFinal
    ? 'signature_removed'
    : later.kind === 'content'
      ? 'content_changed_after_signing'
      : !wholeDocument && structure.revision === doc.last
        ? 'bytes_after_signature'
        : undefined;
  return {
    ...base,
    status: cms.valid ? 'valid' : cms.problem && MALFORMED_CMS.has(cms.problem) ? 'malformed' : 'invalid',
    problem: cms.valid ? changedAfter : cms.problem,
    valid: cms.valid,
    ...(facts ? { signer: facts, fingerprint: facts.fingerprint, trusted: trusted.has(facts.fingerprint) } : {}),
    algorithm: cms.algorithm,
    padesLevel: cms.padesLevel,
    revision: structure.revision + 1,
    coversBytes,
    wholeDocument,
    laterChanges: signature.inFinal ? later.kind : 'content',
    changedParts: signature.inFinal ? later.parts : [...new Set([...later.parts, 'form' as const])],
    signedRevision: structure.revision,
  };
}

/** The document's verdict: the worst of its signatures, then whether anything changed after the last one. */
function documentVerdict(signatures: SignatureReport[], last: SignatureReport | undefined): Verdict {
  if (signatures.length === 0) return 'unsigned';
  if (signatures.some((s) => s.status === 'malformed')) return 'malformed';
  if (signatures.some((s) => s.status === 'invalid')) return 'invalid';
  if (signatures.some((s) => s.laterChanges === 'content') || !last?.wholeDocument) return 'modified';
  return 'valid';
}

/**
 * The embedded assessment or comparison, read from the catalog of the revision
 * the last signature covers and compared with the final revision's: importable
 * only from a valid, whole-document signature and when both are the same bytes.
 */
function attachmentReport(doc: PdfDocument, signedRevision: number | undefined, verdict: Verdict): AttachmentReport | undefined {
  const final = embeddedJson(doc, doc.last);
  const signed = signedRevision === undefined ? undefined : embeddedJson(doc, signedRevision);
  const file = signed ?? final;
  if (!file) return undefined;
  const content = embeddedContent(doc, file);
  const size = content.ok ? content.data.length : 0;
  const base = { name: file.name, size, fromSignedRevision: !!signed, importable: false };
  if (!content.ok) return { ...base, problem: content.problem };
  const sha256 = createHash('sha256').update(content.data).digest('hex');
  if (!signed) return { ...base, sha256, problem: signedRevision === undefined ? 'not_signed' : 'not_in_signed_revision' };
  // Usually the very same stream: then there is nothing to decode again.
  const now = !final ? undefined : final.stream.dataStart === signed.stream.dataStart ? content : embeddedContent(doc, final);
  if (!final || !now?.ok || final.name !== signed.name || !now.data.equals(content.data)) return { ...base, sha256, problem: 'changed_after_signing' };
  if (verdict !== 'valid') return { ...base, sha256, problem: 'not_signed' };
  return { ...base, sha256, importable: true, json: content.data.toString('utf8') };
}

/**
 * Verifies every signature of a PDF from its structure (see ../pdf/document.ts)
 * and says whether the document is unchanged since its last signature. Trust
 * is only whether a signer's certificate belongs to an identity on this machine.
 */
export async function verifyPdfBytes(pdf: Buffer, trustedFingerprints: ReadonlySet<string>): Promise<VerificationReport> {
  if (pdf.length === 0) return unreadable('empty_file');
  if (pdf.length > MAX_VERIFY_PDF_BYTES) return unreadable('file_too_large');
  let doc: PdfDocument;
  try {
    doc = PdfDocument.open(pdf);
  } catch (error) {
    return unreadable(problemOfError(error));
  }
  try {
    const values = signatureValues(doc);
    const checked: (SignatureReport & { signedRevision?: number })[] = [];
    for (const value of values) checked.push(await checkSignature(doc, value, trustedFingerprints));
    // Oldest first: by the bytes each covers; malformed ones (covering nothing known) last.
    checked.sort((a, b) => (a.coversBytes || Infinity) - (b.coversBytes || Infinity));
    const last = checked.filter((s) => s.status !== 'malformed').at(-1);
    const verdict = documentVerdict(checked, last);
    const signatures = checked.map(({ signedRevision: _r, ...report }) => report);
    return {
      verdict,
      wholeDocument: !!last && last.valid && last.wholeDocument,
      revisions: doc.revisions.length,
      signatures,
      attachment: attachmentReport(doc, last?.signedRevision, verdict),
    };
  } catch (error) {
    return unreadable(problemOfError(error), doc.revisions.length);
  }
}
