import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPARISON_ATTACHMENT, comparisonPdf } from '../../electron/services/export/formats';
import { COMPARISON_SIGNATURE_BOX, renderComparisonPdf } from '../../electron/services/documents/comparison/layout';
import { exportDocument, type ExportDeps } from '../../electron/services/export/pipeline';
import { saveIntoFolder } from '../../electron/services/save-path';
import { createIdentityStore, type IdentityStore } from '../../electron/services/signing/identities';
import { verifyPdfBytes } from '../../electron/services/verify/verify-pdf';
import type { ComparisonModel } from '@shared/compare/model';
import { sampleComparisonModel } from '../fixtures/sample-comparison';
import { fontsDir } from '../support/pdf-tools';

const PAGE = { width: 841.89, height: 595.28 };
const PACKAGE: Record<string, string> = {
  qpdf: 'qpdf',
  pdftotext: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdfdetach: 'poppler-utils',
  pdfsig: 'poppler-utils',
};

/** Runs a checker; a missing tool fails the test (it is never skipped). */
function tool(command: string, args: string[]): { code: number; out: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(missing ? `${command} is not installed: apt-get install ${PACKAGE[command] ?? command}` : `${command} failed: ${result.error.message}`);
  }
  return { code: result.status ?? -1, out: `${result.stdout}${result.stderr}` };
}

const pageText = (path: string, page: number, layout = false) =>
  tool('pdftotext', ['-f', String(page), '-l', String(page), ...(layout ? ['-layout'] : []), '-enc', 'UTF-8', path, '-']).out;

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

function parseWords(html: string): Word[] {
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5]!
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"'),
  }));
}

/** Words of every page with their boxes, top-left origin (pdftotext -bbox). */
const pages = (path: string): Word[][] => tool('pdftotext', ['-bbox', path, '-']).out.split('<page ').slice(1).map(parseWords);

/** COMPARISON_SIGNATURE_BOX in pdftotext's top-left coordinates. */
const box = {
  left: COMPARISON_SIGNATURE_BOX.x,
  right: COMPARISON_SIGNATURE_BOX.x + COMPARISON_SIGNATURE_BOX.width,
  top: PAGE.height - COMPARISON_SIGNATURE_BOX.y - COMPARISON_SIGNATURE_BOX.height,
  bottom: PAGE.height - COMPARISON_SIGNATURE_BOX.y,
};
const inBox = (w: Word) => w.xMin >= box.left && w.xMax <= box.right && w.yMin >= box.top && w.yMax <= box.bottom;
/** Words that touch the box or its immediate surroundings. */
const nearBox = (w: Word) => w.xMax > box.left - 4 && w.xMin < box.right + 4 && w.yMax > box.top - 4 && w.yMin < box.bottom + 4;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whitespace-insensitive: pdftotext may wrap or space a phrase differently. */
const squash = (text: string) => text.replace(/\s+/g, ' ');

let dir: string;
const cases = [
  ['en', 3],
  ['de', 3],
  ['en', 12],
  ['de', 12],
] as const;
type Case = { path: string; model: ComparisonModel; pdf: Buffer; pages: Word[][]; ms: number };
const files: Record<string, Case> = {};
const attachmentJson = (model: ComparisonModel) => ({ fileName: COMPARISON_ATTACHMENT, description: model.title, json: JSON.stringify(model) });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-compare-'));
  for (const [language, count] of cases) {
    const model = sampleComparisonModel(language, count);
    const started = performance.now();
    const pdf = await renderComparisonPdf(model, { fontsDir, attachment: attachmentJson(model) });
    const ms = performance.now() - started;
    const path = join(dir, `${language}-${count}.pdf`);
    await writeFile(path, pdf);
    files[`${language}-${count}`] = { path, model, pdf, pages: pages(path), ms };
  }
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.each(cases.map(([language, count]) => `${language}-${count}`))('comparison PDF (%s)', (name) => {
  const file = () => files[name]!;

  it('passes qpdf --check and is a classic PDF a signature can be appended to', () => {
    const { path, pdf } = file();
    const check = tool('qpdf', ['--check', path]);
    expect(check.out).toContain('No syntax or stream encoding errors found');
    expect(check.code).toBe(0);
    const raw = pdf.toString('latin1');
    expect(raw).not.toMatch(/\/Type\s*\/(XRef|ObjStm)/);
    const start = /startxref\n(\d+)\n%%EOF\n?$/.exec(raw);
    expect(raw.slice(Number(start![1]))).toMatch(/^xref\n0 \d+\n0000000000 65535 f /);
  });

  it('is A4 landscape with title, subject, creator, creation date and language; more than one page', () => {
    const { model, path, pdf } = file();
    const info = tool('pdfinfo', ['-isodates', path]).out;
    expect(info).toMatch(new RegExp(`^Title:\\s+${escape(model.title)}$`, 'm'));
    expect(info).toMatch(new RegExp(`^Subject:\\s+${escape(model.subtitle)}$`, 'm'));
    expect(info).toMatch(/^Creator:\s+Assay$/m);
    expect(info).toMatch(new RegExp(`^CreationDate:\\s+${escape(model.generatedAt.replace('.000Z', 'Z'))}$`, 'm'));
    expect(info).toMatch(/^Page size:\s+841\.89 x 595\.28 pts \(A4\)$/m);
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])).toBeGreaterThan(1);
    expect(pdf.toString('latin1')).toContain(`/Lang (${model.language === 'de' ? 'de-DE' : 'en-GB'})`);
  });

  it('shows every vendor, the weight profile and every domain weight on page 1', () => {
    const { model, path } = file();
    const text = squash(pageText(path, 1));
    for (const v of model.vendors) expect(text).toContain(v.name);
    expect(text).toContain(model.weightProfile);
    expect(text).toContain(model.title);
    // The weights table: each domain with its weight on the same line.
    const layout = pageText(path, 1, true);
    for (const d of model.domains) expect(layout).toMatch(new RegExp(`${escape(d.title)}\\s+${d.weight}\\s`));
  });

  it('states how stable the first place is on page 1, and how far each weight may move with the domain scores', () => {
    const { model, path } = file();
    const robustness = model.robustness!;
    expect(robustness.ranges).toHaveLength(model.domains.length);
    expect(squash(pageText(path, 1))).toContain(squash(robustness.stability));
    // The domain scores start page 2; with twelve vendors the table runs onto page 3.
    const scoresPage = squash(pageText(path, 2) + pageText(path, 3));
    expect(scoresPage).toContain(robustness.title);
    for (const line of robustness.ranges) expect(scoresPage).toContain(squash(line));
  });

  it('keeps the answer matrix off page 1', () => {
    const { model, path } = file();
    const text = squash(pageText(path, 1));
    expect(text).not.toContain(model.labels.answers);
    expect(text).not.toContain(model.labels.differingOnly);
    const rows = model.answers.flatMap((g) => g.rows);
    for (const row of rows.slice(0, 20)) expect(text).not.toContain(squash(row.text).slice(0, 40));
    const answerTexts = new Set(rows.flatMap((r) => r.answers).filter((a) => a.length > 12));
    for (const answer of [...answerTexts].slice(0, 20)) expect(text).not.toContain(answer);
  });

  it('leaves the signature box to the unsigned note', () => {
    const { model, pages } = file();
    const near = pages[0]!.filter(nearBox);
    expect(near.map((w) => w.text).join(' ')).toBe(model.labels.unsigned);
    expect(near.every(inBox)).toBe(true);
  });

  it('keeps every word inside the margins, none on top of another, none smaller than 6 pt', () => {
    const outside: string[] = [];
    const overlaps: string[] = [];
    const tiny: string[] = [];
    file().pages.forEach((list, index) => {
      const sorted = [...list].sort((a, b) => a.yMin - b.yMin);
      for (const [i, a] of sorted.entries()) {
        if (a.xMin < 39.5 || a.xMax > PAGE.width - 39.5 || a.yMin < 20 || a.yMax > PAGE.height - 14) outside.push(`p${index + 1} ${a.text}`);
        // pdftotext reports a word's box as about 1.17 times its type size.
        if (a.yMax - a.yMin < 6 * 1.17 - 0.05) tiny.push(`p${index + 1} ${a.text} ${(a.yMax - a.yMin).toFixed(2)}`);
        for (const b of sorted.slice(i + 1)) {
          if (b.yMin >= a.yMax) break;
          const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
          const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
          if (x > 1 && y > 1) overlaps.push(`p${index + 1} ${a.text} / ${b.text}`);
        }
      }
    });
    expect(outside).toEqual([]);
    expect(overlaps).toEqual([]);
    expect(tiny).toEqual([]);
  });

  it('repeats each answer question once per column chunk and shows every vendor as a column', () => {
    const { model, path } = file();
    const text = squash(tool('pdftotext', ['-f', '2', '-enc', 'UTF-8', path, '-']).out);
    const chunks = Math.ceil(model.vendors.length / 6);
    const question = squash(model.answers[0]!.rows[0]!.text).slice(0, 50);
    expect(text.split(question).length - 1).toBe(chunks);
    for (const v of model.vendors) expect(text).toContain(v.name);
  });

  it('has bookmarks for the sections and every answer domain', () => {
    const { model, path } = file();
    const outlines = JSON.parse(tool('qpdf', ['--json=2', '--json-key=outlines', path]).out) as { outlines: { title: string; kids: { title: string }[] }[] };
    const l = model.labels;
    expect(outlines.outlines.map((o) => o.title)).toEqual([l.ranking, l.domainScores, l.certifications, l.answers]);
    expect(outlines.outlines[3]!.kids.map((k) => k.title)).toEqual(model.answers.map((g, i) => `${i + 1} ${g.domain}`));
  });

  it('embeds the comparison as application/json', async () => {
    const { path, pdf, model } = file();
    expect(tool('pdfdetach', ['-list', path]).out).toMatch(/1 embedded files?\s+1: comparison\.json/);
    const saved = join(dir, `${name}.json`);
    expect(tool('pdfdetach', ['-save', '1', '-o', saved, path]).code).toBe(0);
    expect(JSON.parse(await readFile(saved, 'utf8'))).toEqual(model);
    expect(pdf.toString('latin1')).toContain('/Subtype /application#2Fjson');
  });
});

it('renders twelve vendors in a few seconds', () => {
  for (const language of ['en', 'de']) expect(files[`${language}-12`]!.ms).toBeLessThan(15_000);
});

it('is byte-for-byte reproducible', async () => {
  const { model, pdf } = files['en-3']!;
  expect((await renderComparisonPdf(model, { fontsDir, attachment: attachmentJson(model) })).equals(pdf)).toBe(true);
}, 30_000);

const FINGERPRINT = Array.from({ length: 32 }, (_, i) => ((i * 37 + 11) % 256).toString(16).toUpperCase().padStart(2, '0')).join(':');

/** Twelve vendors with long names, ten domains, many knock-outs, a long profile name and a signature. */
function stressedModel(): ComparisonModel {
  const base = sampleComparisonModel('de', 12);
  const extra = [
    'Nachhaltigkeit und Lieferkette',
    'Barrierefreiheit',
    'Exit-Fähigkeit und Portabilität',
    'Preisgestaltung und Vertragsbedingungen',
    'Support und Kundenerfolg',
  ];
  return {
    ...base,
    weightProfile: 'Eigenes Profil für regulierte Finanzdienstleister mit erhöhten Anforderungen an Datenresidenz und Exit-Fähigkeit',
    domains: [...base.domains, ...extra.map((title, i) => ({ id: `extra-${i}`, title, weight: 1.5 }))],
    vendors: base.vendors.map((v, i) => ({
      ...v,
      name: `${v.name} Enterprise Customer Engagement Platform Edition ${i + 1}`,
      serviceName: `${v.serviceName} – Omnichannel, Workforce Engagement und KI-Agenten für Finanzdienstleister`,
      domainScores: [...v.domainScores, ...v.domainScores.map((score) => (score === null ? null : 100 - score))],
      knockouts:
        i > 5
          ? [...v.knockouts, 'Keine Ausstiegsstrategie nach DORA vereinbart', 'Unterauftragsverarbeiter außerhalb des EWR ohne Angemessenheitsbeschluss']
          : v.knockouts,
    })),
    answers: base.answers.slice(0, 1).map((g) => ({ ...g, rows: g.rows.slice(0, 6) })),
    signature: {
      signer: 'Dr. Katrin Weiß-Oberhausen',
      organisation: 'Müller & Söhne Versicherungsgruppe AG',
      fingerprint: FINGERPRINT,
      signedAt: '2026-03-04T10:00:00.000Z',
    },
  };
}

describe('page 1 at its limits', () => {
  let path: string;
  let model: ComparisonModel;
  beforeAll(async () => {
    model = stressedModel();
    path = join(dir, 'stressed.pdf');
    await writeFile(path, await renderComparisonPdf(model, { fontsDir }));
  }, 60_000);

  it('keeps everything on page 1, clear of the signature box, without overlaps', () => {
    expect(tool('qpdf', ['--check', path]).code).toBe(0);
    const words = pages(path)[0]!;
    const text = squash(words.map((w) => w.text).join(' '));
    for (const v of model.vendors) expect(text).toContain(v.name.split(' ')[0]!);
    expect(text).toContain(model.domains[9]!.title.split(' ')[0]!);
    expect(squash(pageText(path, 2))).toContain(model.labels.domainScores);

    const sig = model.signature!;
    const l = model.labels;
    const allowed = new Set([l.signedBy, l.signedAt, l.fingerprint].flatMap((t) => t.toLocaleUpperCase().split(' ')));
    for (const t of [sig.signer, sig.organisation!, '04.03.2026, 10:00 UTC']) t.split(' ').forEach((w) => allowed.add(w));
    const near = words.filter(nearBox);
    expect(near.every(inBox)).toBe(true);
    expect(near.filter((w) => !allowed.has(w.text) && !/^[0-9A-F:]+$/.test(w.text)).map((w) => w.text)).toEqual([]);
    expect(near.map((w) => w.text).join(' ')).toContain(FINGERPRINT.slice(0, 47));

    const overlaps: string[] = [];
    for (const [i, a] of words.entries()) {
      if (a.xMin < 39.5 || a.xMax > PAGE.width - 39.5) overlaps.push(`outside ${a.text}`);
      for (const b of words.slice(i + 1)) {
        const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        if (x > 1 && y > 1) overlaps.push(`${a.text} / ${b.text}`);
      }
    }
    expect(overlaps).toEqual([]);
  });
});

describe('signed comparison, end to end', () => {
  // The identity store uses the real clock: its certificate is valid from the moment it is made.
  const NOW = new Date(Math.floor(Date.now() / 1000) * 1000);
  const PASSPHRASE = 'correct horse battery';
  let store: IdentityStore;
  let identityId: string;
  let fingerprint: string;
  let out: string;
  let deps: ExportDeps;
  const model = sampleComparisonModel('de', 4);
  let signedPath: string;
  let signed: Buffer;

  beforeAll(async () => {
    store = createIdentityStore({ dataDir: join(dir, 'identities'), now: () => new Date() });
    const summary = await store.generate({ name: 'Dr. Katrin Weiß', organisation: 'Müller & Söhne GmbH', email: 'alex@example.com', passphrase: PASSPHRASE });
    identityId = summary.id;
    fingerprint = summary.fingerprint;
    out = join(dir, 'exports');
    deps = { identities: store, fontsDir, now: () => NOW, chooseSavePath: saveIntoFolder(out) };
    const result = await exportDocument(comparisonPdf, { model, format: 'pdf', identityId, passphrase: PASSPHRASE, fileName: 'Anbietervergleich.pdf' }, deps);
    expect(result).toMatchObject({ signed: true, path: join(out, 'Anbietervergleich.pdf') });
    signedPath = join(out, 'Anbietervergleich.pdf');
    signed = await readFile(signedPath);
  }, 60_000);

  it('is valid for pdfsig and covers the whole document', () => {
    const sig = tool('pdfsig', [signedPath]).out;
    expect(sig).toContain('Signature Validation: Signature is Valid.');
    expect(sig).toContain('Total document signed');
    expect(sig).toContain('Signer Certificate Common Name: Dr. Katrin Weiß\n');
    expect(tool('qpdf', ['--check', signedPath]).code).toBe(0);
  });

  it('is valid for our verifier, which also finds the embedded comparison', async () => {
    const result = await verifyPdfBytes(signed, new Set([fingerprint]));
    expect(result).toMatchObject({ verdict: 'valid', wholeDocument: true });
    expect(result.signatures).toEqual([
      expect.objectContaining({
        valid: true,
        trusted: true,
        padesLevel: 'B-B',
        time: NOW.toISOString(),
        signer: expect.objectContaining({ name: 'Dr. Katrin Weiß', organisation: 'Müller & Söhne GmbH' }),
      }),
    ]);
    expect(result.attachment).toMatchObject({ name: COMPARISON_ATTACHMENT, fromSignedRevision: true, importable: true });
    expect(JSON.parse(result.attachment!.json!)).toEqual(model);
  });

  it('carries the request model as comparison.json', async () => {
    expect(tool('pdfdetach', ['-list', signedPath]).out).toMatch(/1: comparison\.json/);
    const saved = join(dir, 'signed-comparison.json');
    expect(tool('pdfdetach', ['-save', '1', '-o', saved, signedPath]).code).toBe(0);
    expect(JSON.parse(await readFile(saved, 'utf8'))).toEqual(model);
  });

  it('shows the signer and fingerprint inside the box where the widget sits', () => {
    const words = pages(signedPath)[0]!;
    const inside = words
      .filter(inBox)
      .map((w) => w.text)
      .join(' ');
    expect(inside).toContain('Dr. Katrin Weiß');
    expect(inside).toContain('Müller & Söhne GmbH');
    expect(inside).toContain(fingerprint.split(':').slice(0, 4).join(':'));
    expect(inside).toContain(model.labels.signedBy.toLocaleUpperCase());
    expect(words.filter(nearBox).every(inBox)).toBe(true);
    const rect = /\/Subtype\s*\/Widget[\s\S]*?\/Rect\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(signed.toString('latin1'));
    expect(rect?.slice(1).map(Number)).toEqual(
      [
        COMPARISON_SIGNATURE_BOX.x,
        COMPARISON_SIGNATURE_BOX.y,
        COMPARISON_SIGNATURE_BOX.x + COMPARISON_SIGNATURE_BOX.width,
        COMPARISON_SIGNATURE_BOX.y + COMPARISON_SIGNATURE_BOX.height,
      ].map((v) => expect.closeTo(v, 1)),
    );
  });

  it('is reported invalid by pdfsig and our verifier after one byte in the signed range changes', async () => {
    const tampered = Buffer.from(signed);
    const at = signed.indexOf('stream\n') + 20;
    tampered[at] = tampered[at]! ^ 0x01;
    const path = join(dir, 'tampered.pdf');
    await writeFile(path, tampered);
    expect(tool('pdfsig', [path]).out).toMatch(/Signature is Invalid|Digest Mismatch/);
    const result = await verifyPdfBytes(tampered, new Set([fingerprint]));
    expect(result.verdict).toBe('invalid');
    expect(result.signatures[0]).toMatchObject({ status: 'invalid', valid: false, problem: 'digest_mismatch' });
  });

  it('refuses a wrong passphrase and writes no file', async () => {
    const before = await readdir(out);
    await expect(
      exportDocument(comparisonPdf, { model, format: 'pdf', identityId, passphrase: 'not the passphrase', fileName: 'Falsch.pdf' }, deps),
    ).rejects.toMatchObject({ code: 'wrong_passphrase' });
    expect(await readdir(out)).toEqual(before);
    expect(existsSync(join(out, 'Falsch.pdf'))).toBe(false);
  });
});
