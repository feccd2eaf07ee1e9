import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdentityStore, type UnlockedIdentity } from '../../electron/services/signing/identities';
import { signPdf } from '../../electron/services/signing/sign-pdf';
import { pdfWithAttachment, simplePdf } from '../support/pdf-tools';
import { nextEntry, sha256Text } from '@shared/audit/chain';
import { buildAssessmentExport, contentText } from '@shared/report/assessment-export';

const root = resolve(__dirname, '../..');
let dir: string;
let identity: UnlockedIdentity;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-verify-cli-'));
  const store = createIdentityStore({ dataDir: join(dir, 'data'), now: () => new Date() });
  const summary = await store.generate({ name: 'Dr. Jürgen Weiß', organisation: 'Prüfstelle Süd e.V.', passphrase: 'correct horse battery' });
  identity = await store.unlock(summary.id, 'correct horse battery');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs the command as an auditor would; returns its exit code and output. */
function verify(...args: string[]): { code: number; out: string; err: string } {
  try {
    const out = execFileSync('node', ['scripts/verify.mjs', ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, out, err: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout, err: e.stderr };
  }
}

async function file(name: string, bytes: Buffer): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const signingDetails = {
  name: 'Dr. Jürgen Weiß',
  reason: 'Vendor risk assessment',
  location: 'Weißenburg',
  contactInfo: '',
  signingTime: new Date('2026-11-30T10:00:00Z'),
  widgetRect: [40, 40, 300, 110] as [number, number, number, number],
};

describe('npm run verify', () => {
  it('prints one JSON object for a signed report and exits 0 only for valid', { timeout: 60_000 }, async () => {
    const json = JSON.stringify({ format: 'assay-assessment', vendor: { name: 'Talkdesk' } });
    const path = await file('report.pdf', await signPdf(await pdfWithAttachment(json), identity, signingDetails));
    const result = verify(path, '--json');
    expect(result.code, result.err).toBe(0);
    const report = JSON.parse(result.out);
    expect(report).toMatchObject({
      file: 'report.pdf',
      verdict: 'valid',
      wholeDocument: true,
      signatures: [
        {
          signer: { name: 'Dr. Jürgen Weiß' },
          fingerprint: identity.summary.fingerprint,
          algorithm: 'RSA 3072 PKCS#1 v1.5 with SHA-256',
          time: '2026-11-30T10:00:00.000Z',
          valid: true,
          padesLevel: 'B-B',
          trusted: false,
        },
      ],
      attachment: { name: 'assessment.json', fromSignedRevision: true, importable: true },
    });
    expect(report.signatures[0].coversBytes).toBeGreaterThan(0);
    expect(report.attachment.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.attachment.json).toBeUndefined();

    const trusted = JSON.parse(verify(path, '--json', '--trust', identity.summary.fingerprint).out);
    expect(trusted.signatures[0].trusted).toBe(true);

    const readable = verify(path);
    expect(readable.code).toBe(0);
    expect(readable.out).toContain('report.pdf: VALID');
    expect(readable.out).toContain('Dr. Jürgen Weiß');
    expect(readable.out).toContain(identity.summary.fingerprint);
  });

  it('says whether the history a signed report states seals the assessment it carries', { timeout: 60_000 }, async () => {
    const exported = buildAssessmentExport({
      exportedAt: '2026-11-30T09:00:00.000Z',
      vendor: { name: 'Talkdesk', services: [] },
      assessment: {
        id: 'a-1',
        serviceName: 'Contact centre',
        assessor: 'Alex Example',
        assessmentDate: '2026-11-30',
        profile: {
          dataCategories: ['personal'],
          aiAutonomy: 'none',
          criticality: 'medium',
          regulatoryScope: ['gdpr'],
          sector: 'retail',
          requiresEuResidency: false,
        },
        questionnaireId: 'cx-platform',
        questionnaireVersion: '1.0.0',
        status: 'final',
        revision: 1,
        domainWeights: {},
        finalisedAt: '2026-11-30T08:00:00.000Z',
      },
      answers: [{ questionId: 'SEC-RBAC', answer: { status: 'answered', value: 'yes' } }],
      evidence: [],
      findings: [],
    });
    const last = nextEntry(undefined, {
      assessmentId: 'a-1',
      at: '2026-11-30T08:00:00.000Z',
      by: 'Alex Example',
      kind: 'finalised',
      items: { final: { finalisedAt: '2026-11-30T08:00:00.000Z' } },
      detail: { content: sha256Text(contentText(exported)) },
    });
    const sealed = { ...exported, history: { entries: 1, head: last.hash, last } };
    const holds = verify(await file('sealed.pdf', await signPdf(await pdfWithAttachment(JSON.stringify(sealed)), identity, signingDetails)));
    expect(holds.out).toContain(`History: 1 entry; the last, made at finalising, seals this assessment. Last entry: ${last.hash}`);
    // An answer changed before signing no longer matches the entry that sealed the content.
    const changed = { ...sealed, answers: [{ questionId: 'SEC-RBAC', answer: { status: 'answered', value: 'no' } }] };
    const altered = verify(await file('altered.pdf', await signPdf(await pdfWithAttachment(JSON.stringify(changed)), identity, signingDetails)));
    expect(altered.out).toContain('History: The history the report states does not match the assessment it carries.');
    const none = verify(await file('none.pdf', await signPdf(await pdfWithAttachment(JSON.stringify(exported)), identity, signingDetails)));
    expect(none.out).toContain('History: Not stated');
  });

  it('exits 1 with the verdict for unsigned, modified and unreadable files, and 2 for usage errors', { timeout: 60_000 }, async () => {
    const signed = await signPdf(await simplePdf(), identity, signingDetails);
    const cases: [string, Buffer, string][] = [
      ['unsigned.pdf', await simplePdf(), 'unsigned'],
      ['appended.pdf', Buffer.concat([signed, Buffer.from('\n% added\n%%EOF\n')]), 'modified'],
      ['empty.pdf', Buffer.alloc(0), 'unreadable'],
      ['random.pdf', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), 'unreadable'],
    ];
    for (const [name, bytes, verdict] of cases) {
      const result = verify(await file(name, bytes), '--json');
      expect(result.code, name).toBe(1);
      expect(JSON.parse(result.out).verdict, name).toBe(verdict);
    }
    const huge = join(dir, 'huge.pdf');
    await writeFile(huge, '%PDF-1.7\n');
    await truncate(huge, 200 * 1024 * 1024);
    const tooLarge = verify(huge, '--json');
    expect(tooLarge.code).toBe(1);
    expect(JSON.parse(tooLarge.out)).toMatchObject({ verdict: 'unreadable', problem: 'file_too_large' });

    expect(verify().code).toBe(2);
    expect(verify(join(dir, 'missing.pdf')).code).toBe(2);
    expect(verify('--frobnicate', join(dir, 'unsigned.pdf')).code).toBe(2);
  });
});
