import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { signingEn } from '@shared/i18n/signing';
import { historyEn } from '@shared/i18n/history';
import { interpolate } from '@shared/i18n';
import { historyOf, parseAttachment } from '@shared/report/assessment-export';
import { MAX_VERIFY_PDF_BYTES, type SignatureReport, type VerificationReport } from '@shared/verify/report';
import { createPdfVerifier } from '../services/verify/isolated';

/**
 * `npm run --silent verify -- FILE.pdf [--json] [--trust FINGERPRINT ...]`:
 * the Verify page's checks for auditors who do not run the app. Exit code 0
 * only for a valid, unchanged document; 1 for any other verdict; 2 for usage errors.
 */

const USAGE = 'Usage: npm run --silent verify -- FILE.pdf [--json] [--trust SHA256-FINGERPRINT ...]';
const text = signingEn.verify;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

interface Options {
  file: string;
  json: boolean;
  trusted: Set<string>;
}

function parseArgs(args: string[]): Options | string {
  let file: string | undefined;
  let json = false;
  const trusted = new Set<string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--trust') {
      const value = args[(i += 1)];
      if (!value || !/^([0-9A-Fa-f]{2}:?){31}[0-9A-Fa-f]{2}$/.test(value)) return 'After --trust, give a SHA-256 certificate fingerprint.';
      trusted.add(
        value
          .replace(/:/g, '')
          .toUpperCase()
          .replace(/(..)(?!$)/g, '$1:'),
      );
    } else if (arg.startsWith('-')) return `Unknown option ${arg}.`;
    else if (file) return 'Give one file.';
    else file = arg;
  }
  return file ? { file, json, trusted } : 'Give the PDF file to verify.';
}

/** The file's bytes, refused before reading when it is larger than the app accepts. */
async function readPdf(path: string): Promise<Buffer | 'too_large'> {
  const info = await stat(path);
  if (info.size > MAX_VERIFY_PDF_BYTES) return 'too_large';
  const handle = await open(path, 'r');
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

const problemText = (code: string | undefined) => (code ? ((text.problems as Record<string, string>)[code] ?? code) : undefined);

function describeSignature(signature: SignatureReport, index: number, report: VerificationReport): string[] {
  const lines = [`Signature ${index + 1} of ${report.signatures.length}: ${signature.status}${signature.valid ? '' : ` (${signature.problem ?? 'unknown'})`}`];
  const signer = signature.signer;
  if (signer) {
    const who = [signer.name, signer.organisation && `(${signer.organisation})`, signer.email && `<${signer.email}>`].filter(Boolean).join(' ');
    lines.push(`  Signer:      ${who}, issued by ${signer.issuer}${signature.trusted ? ', trusted' : ''}`);
    lines.push(`  Fingerprint: ${signer.fingerprint}`);
  }
  if (signature.algorithm)
    lines.push(`  Algorithm:   ${signature.algorithm}${signature.padesLevel ? `, ${signature.padesLevel === 'B-B' ? 'PAdES B-B' : 'CMS only'}` : ''}`);
  if (signature.time) lines.push(`  Time:        ${signature.time} (the signer's own clock)`);
  if (signature.revision > 0) {
    const coverage = signature.wholeDocument ? 'the whole file' : `${signature.coversBytes} bytes`;
    lines.push(`  Covers:      revision ${signature.revision} of ${report.revisions}, ${coverage}`);
  }
  if (signature.laterChanges !== 'none') {
    lines.push(
      `  Afterwards:  ${signature.laterChanges === 'signatures' ? 'only signatures were added' : `content was changed (${signature.changedParts.join(', ')})`}`,
    );
  }
  const problem = problemText(signature.problem);
  if (problem) lines.push(`  Problem:     ${problem}`);
  return lines;
}

export function describeReport(fileName: string, report: VerificationReport): string[] {
  const verdict = text.verdict[report.verdict];
  const lines = [`${fileName}: ${report.verdict.toUpperCase()} — ${verdict.title}`];
  const problem = problemText(report.problem);
  if (problem) lines.push(problem);
  report.signatures.forEach((signature, index) => lines.push(...describeSignature(signature, index, report)));
  const attachment = report.attachment;
  if (attachment) {
    const where = attachment.fromSignedRevision ? 'from the signed revision' : 'not from a signed revision';
    const state = attachment.importable ? 'importable' : `not importable (${attachment.problem ?? 'unknown'})`;
    lines.push(`Attachment: ${attachment.name}, ${attachment.size} bytes${attachment.sha256 ? `, SHA-256 ${attachment.sha256}` : ''}, ${where}, ${state}`);
    const history = attachment.importable && attachment.json !== undefined ? historyLine(attachment.json) : undefined;
    if (history) lines.push(history);
  }
  return lines;
}

/** Whether the history an Assay assessment states seals the content it carries; nothing for another attachment. */
function historyLine(json: string): string | undefined {
  const parsed = parseAttachment(json);
  if (!parsed.ok) return undefined;
  const words = historyEn.history.report;
  const verdict = historyOf(parsed.data);
  const text =
    verdict === 'holds'
      ? interpolate(parsed.data.history!.entries === 1 ? words.holds_one : words.holds_other, { count: parsed.data.history!.entries })
      : verdict === 'altered'
        ? words.altered
        : words.none;
  return `${words.label}: ${text}${verdict === 'holds' ? ` Last entry: ${parsed.data.history!.head}` : ''}`;
}

export async function runVerifyCli(args: string[], io: CliIo, workerPath: string): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.err(options);
    io.err(USAGE);
    return 2;
  }
  let pdf: Buffer | 'too_large';
  try {
    pdf = await readPdf(options.file);
  } catch {
    io.err(`Cannot read ${basename(options.file)}.`);
    return 2;
  }
  const report: VerificationReport =
    pdf === 'too_large'
      ? { verdict: 'unreadable', problem: 'file_too_large', wholeDocument: false, revisions: 0, signatures: [] }
      : await createPdfVerifier({ workerPath })(pdf, options.trusted);
  if (options.json) {
    const { json: _text, ...attachment } = report.attachment ?? { json: undefined };
    io.out(JSON.stringify({ file: basename(options.file), ...report, ...(report.attachment ? { attachment } : {}) }, null, 2));
  } else {
    for (const line of describeReport(basename(options.file), report)) io.out(line);
  }
  return report.verdict === 'valid' ? 0 : 1;
}
