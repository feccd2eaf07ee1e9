import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCadesSignature } from '../../electron/services/signing/cades';
import { createIdentityStore, type UnlockedIdentity } from '../../electron/services/signing/identities';
import { signPdf, type SignatureDetails } from '../../electron/services/signing/sign-pdf';
import { createPdfVerifier } from '../../electron/services/verify/isolated';
import { verifyPdfBytes } from '../../electron/services/verify/verify-pdf';
import type { ProblemCode, SignatureReport, VerificationReport } from '@shared/verify/report';
import { createForeignSigner, foreignKinds } from '../support/foreign-signers';
import * as hostile from '../support/hostile-pdfs';
import { run, simplePdf } from '../support/pdf-tools';
import { bundleFileWorker } from '../support/file-worker';

// Every attack below is built in test/support/hostile-pdfs.ts, where a doc comment explains how it works.
// Each test asserts the verdict a user would see and that the forged assessment is never offered for import.

const NOW = new Date(Math.floor(Date.now() / 1000) * 1000);
const PASSPHRASE = 'correct horse battery staple';
const OWNER = { name: 'Robin Sender', organisation: 'Sender AG', email: 'robin@sender.example' };

let dir: string;
let owner: UnlockedIdentity;
/** Someone else's self-made certificate with the owner's CN, O and e-mail. */
let lookAlike: UnlockedIdentity;
let trusted: Set<string>;
let json: string;
/** Our own signed report with assessment.json: what every attack starts from. */
let report: Buffer;

const details = (name = OWNER.name): SignatureDetails => ({
  name,
  reason: 'Vendor risk assessment',
  location: 'Berlin',
  contactInfo: OWNER.email,
  signingTime: NOW,
  widgetRect: [40, 40, 300, 110],
});
const signAsOwner = (pdf: Buffer) => signPdf(pdf, owner, details());
const signAsLookAlike = (pdf: Buffer) => signPdf(pdf, lookAlike, details());

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-attacks-'));
  const identity = async (folder: string) => {
    const store = createIdentityStore({ dataDir: join(dir, folder), now: () => new Date() });
    const summary = await store.generate({ ...OWNER, passphrase: PASSPHRASE });
    return store.unlock(summary.id, PASSPHRASE);
  };
  [owner, lookAlike] = await Promise.all([identity('owner'), identity('look-alike')]);
  trusted = new Set([owner.summary.fingerprint]);
  json = hostile.assessmentJson();
  report = await signAsOwner(await hostile.reportPdf(json));
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

const verify = (pdf: Buffer) => verifyPdfBytes(pdf, trusted);

/** Writes `pdf` to the test folder, for the command-line checkers. */
async function written(pdf: Buffer, name: string): Promise<string> {
  const path = join(dir, `${name}.pdf`);
  await writeFile(path, pdf);
  return path;
}

/** pdfsig's output for `pdf`. */
const pdfsig = async (pdf: Buffer, name: string) => run('timeout', ['20', 'pdfsig', await written(pdf, name)]).out;

/** The assessment.json poppler's pdfdetach extracts, as any PDF reader would show it. */
async function pdfdetachAssessment(pdf: Buffer, name: string): Promise<string> {
  const saved = join(dir, `${name}.json`);
  execFileSync('pdfdetach', ['-save', '1', '-o', saved, await written(pdf, name)], { stdio: 'ignore' });
  return readFile(saved, 'utf8');
}

/** The report's signatures in the order of the revisions they sign. */
const inRevisionOrder = (result: VerificationReport): SignatureReport[] => [...result.signatures].sort((a, b) => a.revision - b.revision);

function expectNotImportable(result: VerificationReport) {
  expect(result.attachment?.importable).not.toBe(true);
  expect(result.attachment?.json).toBeUndefined();
}

/** The one signature is malformed, for `problem` (or one of several codes that are each exactly true). */
function expectMalformed(result: VerificationReport, problem: ProblemCode | readonly ProblemCode[]) {
  expect(result.verdict).toBe('malformed');
  expect(result.wholeDocument).toBe(false);
  const [signature] = result.signatures;
  expect(result.signatures).toHaveLength(1);
  expect(signature).toMatchObject({ status: 'malformed', valid: false });
  expect(typeof problem === 'string' ? [problem] : problem).toContain(signature!.problem);
  expectNotImportable(result);
}

/** The first signature still holds for what it signed, but the document was changed after it. */
function expectModifiedAfter(result: VerificationReport, signature: SignatureReport | undefined) {
  expect(result.verdict).toBe('modified');
  expect(signature).toMatchObject({ status: 'valid', valid: true, wholeDocument: false, laterChanges: 'content', trusted: true });
  expectNotImportable(result);
}

describe('valid controls', () => {
  it('finds our own report valid, covering the whole document, with its assessment importable', async () => {
    const result = await verify(report);
    expect(result).toMatchObject({ verdict: 'valid', wholeDocument: true, revisions: 2 });
    expect(result.signatures).toHaveLength(1);
    expect(result.signatures[0]).toMatchObject({
      status: 'valid',
      valid: true,
      wholeDocument: true,
      laterChanges: 'none',
      changedParts: [],
      trusted: true,
      revision: 2,
      padesLevel: 'B-B',
      signer: { name: OWNER.name, organisation: OWNER.organisation, email: OWNER.email, fingerprint: owner.summary.fingerprint },
    });
    expect(result.attachment).toMatchObject({ name: 'assessment.json', fromSignedRevision: true, importable: true, json });
    const sig = await pdfsig(report, 'control-own');
    expect(sig).toContain('Signature is Valid.');
    expect(sig).toContain('Total document signed');
  });

  it.each(foreignKinds)('finds a report signed by openssl ($label) valid, as pdfsig does', async (kind) => {
    const signer = createForeignSigner(dir, kind);
    const signed = await signer.sign(await hostile.reportPdf(json), details(`Foreign ${kind.label}`));
    const sig = await pdfsig(signed, `foreign-${kind.label}`);
    expect(sig).toContain('Signature Validation: Signature is Valid.');
    expect(sig).toContain('Total document signed');

    const result = await verifyPdfBytes(signed, new Set([signer.fingerprint]));
    expect(result).toMatchObject({ verdict: 'valid', wholeDocument: true });
    expect(result.signatures[0]).toMatchObject({ status: 'valid', valid: true, trusted: true, subFilter: kind.subFilter, fingerprint: signer.fingerprint });
    expect(result.signatures[0]!.algorithm).toMatch(kind.algorithm);
    if (!kind.signedAttributes) expect(result.signatures[0]!.padesLevel).toBe('CMS');
    expect(result.attachment).toMatchObject({ importable: true, fromSignedRevision: true, json });
  });

  it('refuses a SHA-1 signature as an unsupported algorithm that pdfsig still accepts, and still names its signer', async () => {
    const kind = { ...foreignKinds.find((k) => k.label === 'rsa-noattr')!, label: 'rsa-sha1', signArgs: ['-md', 'sha1'] };
    const signer = createForeignSigner(dir, kind);
    const signed = await signer.sign(await hostile.reportPdf(json), details('Foreign rsa-sha1'));
    // SHA-1 collisions have been built as PDFs; poppler still calls such a signature valid.
    expect(await pdfsig(signed, 'foreign-sha1')).toContain('Signature is Valid.');
    const result = await verifyPdfBytes(signed, new Set([signer.fingerprint]));
    expect(result.verdict).toBe('invalid');
    expect(result.signatures[0]).toMatchObject({ status: 'invalid', valid: false, problem: 'unsupported_algorithm', fingerprint: signer.fingerprint });
    expect(result.attachment?.importable).toBe(false);
  });

  it('finds both signatures of a report signed twice by us valid; the first was followed only by a signature', async () => {
    const twice = await signAsOwner(report);
    const result = await verify(twice);
    expect(result).toMatchObject({ verdict: 'valid', wholeDocument: true, revisions: 3 });
    const [first, second] = inRevisionOrder(result);
    expect(first).toMatchObject({ status: 'valid', valid: true, wholeDocument: false, laterChanges: 'signatures', revision: 2 });
    expect(second).toMatchObject({ status: 'valid', valid: true, wholeDocument: true, laterChanges: 'none', revision: 3 });
    expect(result.attachment).toMatchObject({ importable: true, fromSignedRevision: true, json });
    expect((await pdfsig(twice, 'control-twice')).match(/Signature is Valid\./g)).toHaveLength(2);
  });

  it("finds a second signature written by the test's own signing revision valid (the helper the shadow attack uses)", async () => {
    const twice = await hostile.appendSignature(report, async (bytes) => createCadesSignature(bytes, owner), { name: OWNER.name });
    expect((await pdfsig(twice, 'control-append-signature')).match(/Signature is Valid\./g)).toHaveLength(2);
    const result = await verify(twice);
    expect(result).toMatchObject({ verdict: 'valid', wholeDocument: true });
    const [first, second] = inRevisionOrder(result);
    expect(first).toMatchObject({ valid: true, laterChanges: 'signatures' });
    expect(second).toMatchObject({ valid: true, wholeDocument: true, laterChanges: 'none' });
  });
});

describe('attacks', () => {
  it.each(hostile.holeInjectionVariants)(
    '1. signature-hole injection (%s): a larger /ByteRange in the /Contents padding, a forged xref in the hole',
    async (variant) => {
      const forged = hostile.signatureHoleInjection(report, variant);
      // The attack works on a real reader: poppler shows the forged attachment.
      expect(await pdfdetachAssessment(forged, `hole-injection-${variant}`)).toContain(hostile.FORGED_VENDOR);
      // pdfsig takes the last /ByteRange of a duplicated key and finds the CMS valid over the unchanged signed
      // bytes, but the file not totally signed; with the forged range inside a string it sees a digest
      // mismatch. We call the signature malformed: its hole is not its own /Contents token. A duplicated key
      // has an undefined value (ISO 32000-1, 7.3.7), which makes this signature malformed, not the file unreadable.
      expect(await pdfsig(forged, `hole-injection-${variant}`)).not.toContain('Total document signed');
      expectMalformed(await verify(forged), variant === 'duplicate-key' ? 'signature_syntax' : 'byte_range_not_contents');
    },
  );

  it.each([
    ['closed-token', 'signature_syntax'],
    ['inside-token', 'signature_syntax'],
  ] as const)('2. a forged /Type /EmbeddedFile in the /Contents padding of a report without attachment (%s): %s', async (variant, problem) => {
    const signed = await signAsOwner(await simplePdf());
    const forged = hostile.forgedAttachmentInPadding(signed, variant);
    expect(forged.length).toBe(signed.length);
    expect(hostile.lastSignatureLayout(forged).byteRange).toEqual(hostile.lastSignatureLayout(signed).byteRange);
    // pdfsig never calls this file totally signed: for "closed-token" it finds no signature value at all,
    // for "inside-token" it skips the non-hex bytes. Neither shows the forged attachment.
    expect(await pdfsig(forged, `padding-${variant}`)).not.toContain('Total document signed');
    const result = await verify(forged);
    expectMalformed(result, problem);
    expect(result.attachment?.json ?? '').not.toContain(hostile.FORGED_VENDOR);
  });

  it.each(['page', 'attachment'] as const)('3. a report changed (%s) and signed again by a look-alike certificate is modified', async (change) => {
    const changed = change === 'page' ? hostile.replacePageContent(report) : hostile.replaceAssessment(report);
    const resigned = await signAsLookAlike(changed);
    // pdfsig judges each signature alone and finds both valid, the second covering the whole file; we are
    // stricter: the document the owner signed was changed, whoever signed afterwards.
    const sig = await pdfsig(resigned, `look-alike-${change}`);
    expect(sig.match(/Signature is Valid\./g)).toHaveLength(2);
    const result = await verify(resigned);
    const [original, impostor] = inRevisionOrder(result);
    expectModifiedAfter(result, original);
    expect(impostor).toMatchObject({ status: 'valid', valid: true, wholeDocument: true, trusted: false });
    expect(impostor!.signer).toMatchObject({ name: OWNER.name, organisation: OWNER.organisation, email: OWNER.email });
    expect(impostor!.signer!.fingerprint).not.toBe(original!.signer!.fingerprint);
    expect(result.wholeDocument).toBe(true);
  });

  describe('4. decompression bombs, in the isolated verifier', () => {
    let verifyIsolated: ReturnType<typeof createPdfVerifier>;
    beforeAll(async () => {
      verifyIsolated = createPdfVerifier({ workerPath: await bundleFileWorker() });
    }, 60_000);

    async function timed(pdf: Buffer) {
      const started = performance.now();
      const result = await verifyIsolated(pdf, trusted);
      return { result, ms: performance.now() - started };
    }

    function expectSurvived(result: VerificationReport, ms: number, allowed: VerificationReport['verdict'][]) {
      expect(ms).toBeLessThan(5_000);
      expect(allowed).toContain(result.verdict);
      if (result.verdict === 'unreadable') expect(['too_complex', 'timeout', 'broken_xref']).toContain(result.problem);
      expectNotImportable(result);
      // The caller is not hurt: its memory stays far from the gigabytes the bomb inflates to.
      expect(process.memoryUsage().rss).toBeLessThan(1.5 * 1024 ** 3);
    }

    it.each(hostile.bombPlaces)(
      'returns a verdict for an unsigned 2.3 MB file whose %s inflates to 2 GiB',
      async (place) => {
        const bomb = hostile.decompressionBomb(place);
        expect(bomb.length).toBeGreaterThan(2_200_000);
        expect(bomb.length).toBeLessThan(2_400_000);
        const { result, ms } = await timed(bomb);
        expectSurvived(result, ms, ['unsigned', 'unreadable']);
      },
      30_000,
    );

    it('returns a verdict for a signed report whose assessment.json inflates to 2 GiB, and refuses the attachment', async () => {
      const signed = await signAsOwner(hostile.decompressionBomb('embedded-file'));
      const { result, ms } = await timed(signed);
      expectSurvived(result, ms, ['valid', 'unreadable']);
      if (result.verdict === 'valid') expect(result.attachment).toMatchObject({ importable: false, problem: 'too_large' });
    }, 30_000);

    it('still verifies a good report afterwards', async () => {
      expect((await verifyIsolated(report, trusted)).verdict).toBe('valid');
    }, 30_000);
  });

  // Universal signature forgery: pdfsig agrees for every /ByteRange variant (no "Signature is Valid.").
  // For /Contents it is more lenient than we are: it verifies a literal string, skips non-hex bytes and
  // ignores bytes after the DER, though it never calls such a file totally signed. We refuse all three:
  // the hole must be one hex token holding the DER and zeros, or the padding can carry anything.
  const byteRangeProblems: Record<hostile.ByteRangeForgery, ProblemCode> = {
    missing: 'byte_range_missing',
    // A dictionary entry whose value is null is the same as an absent entry (ISO 32000-1, 7.3.9).
    null: 'byte_range_missing',
    zeros: 'byte_range_invalid',
    negative: 'byte_range_invalid',
    reals: 'byte_range_invalid',
    'three-numbers': 'byte_range_invalid',
    'six-numbers': 'byte_range_invalid',
  };
  it.each(hostile.byteRangeForgeries)('5. universal signature forgery: /ByteRange %s is malformed', async (variant) => {
    const forged = hostile.forgeByteRange(report, variant);
    expect(await pdfsig(forged, `usf-byterange-${variant}`)).not.toContain('Signature is Valid.');
    expectMalformed(await verify(forged), byteRangeProblems[variant]);
  });

  const contentsProblems: Record<hostile.ContentsForgery, ProblemCode> = {
    missing: 'contents_missing',
    empty: 'cms_unreadable',
    'literal-string': 'contents_not_hex',
    'not-hex': 'signature_syntax',
    'after-der': 'contents_padding',
  };
  it.each(hostile.contentsForgeries)('5. universal signature forgery: /Contents %s is malformed', async (variant) => {
    const forged = hostile.forgeContents(report, variant);
    expect(await pdfsig(forged, `usf-contents-${variant}`)).not.toContain('Total document signed');
    expectMalformed(await verify(forged), contentsProblems[variant]);
  });

  it.each(hostile.incrementalSavingVariants)('6. incremental saving attack (%s) is reported as modified', async (variant) => {
    const forged = hostile.incrementalSaving(report, variant);
    const sig = await pdfsig(forged, `isa-${variant}`);
    const result = await verify(forged);
    const [signature] = inRevisionOrder(result);
    expect(result.verdict).toBe('modified');
    expect(result.wholeDocument).toBe(false);
    expect(signature).toMatchObject({ status: 'valid', valid: true, wholeDocument: false, trusted: true });
    expectNotImportable(result);
    if (variant === 'no-xref-signed-startxref' || variant === 'orphan-xref-signed-startxref') {
      // The appended objects are reachable only for readers that rebuild the xref; either explanation is true.
      expect(signature!.problem === 'bytes_after_signature' || signature!.laterChanges === 'content').toBe(true);
    } else {
      expect(signature!.laterChanges).toBe('content');
      expect(signature!.changedParts).toContain('pages');
    }
    if (variant === 'signature-removed') {
      // pdfsig looks only at the final revision's form and finds no signature; we report the removed one.
      expect(sig).toContain('does not contain any signatures');
      expect(result.signatures).toHaveLength(1);
      expect(signature!.problem).toBe('signature_removed');
    } else {
      expect(sig).toContain('Not total document signed');
    }
  });

  it('7. signature wrapping: a copy of the signature dictionary with a larger hole holding new content', async () => {
    const forged = hostile.signatureWrapping(report);
    expect(await pdfdetachAssessment(forged, 'wrapping')).toContain(hostile.FORGED_VENDOR);
    // As with the hole injection, pdfsig finds the CMS valid but the document not totally signed.
    expect(await pdfsig(forged, 'wrapping')).toContain('Not total document signed');
    expectMalformed(await verify(forged), 'byte_range_not_contents');
  });

  describe('8. shadow attacks', () => {
    it.each(['hide', 'hide-by-deletion', 'hide-and-replace'] as const)(
      '%s: content hidden in the signed revision and revealed later is a content change',
      async (variant) => {
        const prepared = hostile.prepareShadow(await hostile.reportPdf(json), variant === 'hide-and-replace' ? variant : 'hide');
        const signed = await signAsOwner(prepared.pdf);
        expect((await verify(signed)).verdict).toBe('valid');
        const forged = hostile.revealShadow(signed, variant, prepared);
        expect(await pdfsig(forged, `shadow-${variant}`)).toContain('Not total document signed');
        const result = await verify(forged);
        const [signature] = inRevisionOrder(result);
        expectModifiedAfter(result, signature);
        expect(signature!.changedParts).toContain('pages');
      },
    );

    it('replace: the signed assessment.json redefined later is never imported', async () => {
      const forged = hostile.revealShadow(report, 'replace', { cover: 0, shadow: 0 });
      expect(await pdfdetachAssessment(forged, 'shadow-replace')).toContain(hostile.FORGED_VENDOR);
      const result = await verify(forged);
      const [signature] = inRevisionOrder(result);
      expectModifiedAfter(result, signature);
      expect(signature!.changedParts).toContain('attachments');
      expect(result.attachment).toMatchObject({ fromSignedRevision: true, importable: false, problem: 'changed_after_signing' });
    });

    it('hide-and-replace inside a revision that adds a signature is still a content change', async () => {
      const prepared = hostile.prepareShadow(await hostile.reportPdf(json), 'hide-and-replace');
      const signed = await signAsOwner(prepared.pdf);
      const forged = await hostile.appendSignature(signed, async (bytes) => createCadesSignature(bytes, lookAlike), {
        name: OWNER.name,
        pageBody: (body) => hostile.swapContents(body, prepared.shadow),
      });
      // pdfsig finds both signatures valid and the second covering the file; it does not compare revisions.
      expect((await pdfsig(forged, 'shadow-with-signature')).match(/Signature is Valid\./g)).toHaveLength(2);
      const result = await verify(forged);
      const [original, added] = inRevisionOrder(result);
      expectModifiedAfter(result, original);
      expect(original!.changedParts).toContain('pages');
      expect(added).toMatchObject({ valid: true, wholeDocument: true, trusted: false });
    });
  });

  it('8. sneaky signature: a revision that adds only a signature, whose appearance paints over page 1, is a content change', async () => {
    const forged = await hostile.sneakySignature(report, async (bytes) => createCadesSignature(bytes, lookAlike), OWNER.name);
    // Readers draw the widget's appearance over the signed title; pdftotext finds the forged text.
    expect(run('pdftotext', [await written(forged, 'sneaky-signature'), '-']).out).toContain(hostile.FORGED_TEXT);
    // pdfsig finds both signatures valid, the second covering the file: it does not look at appearances.
    expect((await pdfsig(forged, 'sneaky-signature')).match(/Signature is Valid\./g)).toHaveLength(2);
    const result = await verify(forged);
    const [original, added] = inRevisionOrder(result);
    expectModifiedAfter(result, original);
    expect(added).toMatchObject({ valid: true, wholeDocument: true, trusted: false });
  });

  describe('9. odd files', () => {
    it.each([
      ['an empty file', 'empty_file', () => Buffer.alloc(0)],
      ['64 KiB of noise', 'not_a_pdf', () => hostile.noise()],
      ['the first half of a signed report', 'no_xref', () => report.subarray(0, Math.floor(report.length / 2))],
      ['a report whose update names its own xref as /Prev', 'broken_xref', () => hostile.prevLoop(report, 'self')],
      ['a report with two updates whose /Prev name each other', 'broken_xref', () => hostile.prevLoop(report, 'pair')],
    ] as const)('refuses %s as unreadable (%s)', async (_, problem, make) => {
      // pdfsig rebuilds the xref of the looped files and reports the signature; a loop is a broken file,
      // and what a rebuild finds is a guess, so we refuse it.
      const result = await verify(make());
      expect(result).toMatchObject({ verdict: 'unreadable', problem, signatures: [] });
      expectNotImportable(result);
    });

    it('refuses a 200 MB file quickly', async () => {
      const path = join(dir, 'huge.pdf');
      await writeFile(path, report);
      execFileSync('truncate', ['-s', '200M', path]);
      const huge = await readFile(path);
      expect(huge.length).toBe(200 * 1024 * 1024);
      const started = performance.now();
      const result = await verify(huge);
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(result).toMatchObject({ verdict: 'unreadable', problem: 'file_too_large' });
      expectNotImportable(result);
    }, 30_000);
  });
});

describe('a report listing thousands of attached files', () => {
  it('is read in time that grows with the number of files, not with its square (16,000 file specifications)', async () => {
    const base = await hostile.reportPdf();
    const { root, size } = hostile.lastTrailer(base);
    const catalog = hostile.objectBody(base, root);
    const withSpecs = (count: number) => {
      const specs = Array.from({ length: count }, (_, i) => ({ num: size + i, body: `<< /Type /Filespec /F (f${i}.json) /UF (f${i}.json) >>` }));
      const listed = `${catalog.replace(/>>\s*$/, '')} /AF [${specs.map((spec) => `${spec.num} 0 R`).join(' ')}] >>`;
      return hostile.appendRevision(base, [...specs, { num: root, body: listed }]);
    };
    const median = async (pdf: Buffer) => {
      const times: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        const started = performance.now();
        const report = await verifyPdfBytes(pdf, new Set());
        times.push(performance.now() - started);
        expect(report.verdict).toBe('unsigned');
      }
      return times.sort((a, b) => a - b)[1]!;
    };
    // The baseline in the same run: 2,000 specifications. Eight times as many may take about eight times as long; a
    // search that rescans the file per specification would take sixty-four times.
    const few = await median(withSpecs(2_000));
    const many = await median(withSpecs(16_000));
    expect(many / Math.max(few, 1)).toBeLessThan(24);
  }, 60_000);
});
