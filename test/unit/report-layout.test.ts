import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '@shared/report/model';
import { renderReportPdf, SIGNATURE_BOX } from '../../electron/services/documents/report/layout';
import { finalisedSampleReportModel, sampleReportModel, stressedSampleReportModel } from '../fixtures/sample-report';
import { fontsDir } from '../support/pdf-tools';

const PAGE_HEIGHT = 841.89;
const PACKAGE: Record<string, string> = {
  qpdf: 'qpdf',
  pdftotext: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdffonts: 'poppler-utils',
  pdfdetach: 'poppler-utils',
};

/** Runs a checker; a missing tool fails the test (it is never skipped). */
function tool(command: string, args: string[]): { code: number; out: string } {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(missing ? `${command} is not installed: apt-get install ${PACKAGE[command] ?? command}` : `${command} failed: ${result.error.message}`);
  }
  return { code: result.status ?? -1, out: `${result.stdout}${result.stderr}` };
}

const pageText = (path: string, page: number) => tool('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', path, '-']).out;

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Words on a page with their boxes, top-left origin (pdftotext -bbox). */
function words(path: string, page: number): Word[] {
  return parseWords(tool('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', path, '-']).out);
}

/** Words of every page. */
function pages(path: string): Word[][] {
  return tool('pdftotext', ['-bbox', path, '-']).out.split('<page ').slice(1).map(parseWords);
}

function parseWords(html: string): Word[] {
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5]!.replace(/&amp;/g, '&'),
  }));
}

/** SIGNATURE_BOX in pdftotext's top-left coordinates. */
const box = {
  left: SIGNATURE_BOX.x,
  right: SIGNATURE_BOX.x + SIGNATURE_BOX.width,
  top: PAGE_HEIGHT - SIGNATURE_BOX.y - SIGNATURE_BOX.height,
  bottom: PAGE_HEIGHT - SIGNATURE_BOX.y,
};
const inBox = (w: Word) => w.xMin >= box.left && w.xMax <= box.right && w.yMin >= box.top && w.yMax <= box.bottom;
/** Words that touch the box or its immediate surroundings. */
const nearBox = (w: Word) => w.xMax > box.left - 4 && w.xMin < box.right + 4 && w.yMax > box.top - 4 && w.yMin < box.bottom + 4;

const assessment = { format: 'assay-assessment', vendor: 'Genesys Cloud', answers: { 'SEC-MFA': 'allUsers' }, note: 'Prüfung – Größe, Maße' };
const attachment = { fileName: 'assessment.json', description: 'Assessment data', json: JSON.stringify(assessment) };

let dir: string;
const files: Record<string, { path: string; model: ReportModel; pdf: Buffer; ms: number }> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-report-'));
  const cases: [string, ReportModel][] = [
    ['en', sampleReportModel('en')],
    ['de', sampleReportModel('de')],
    ['stressed-en', stressedSampleReportModel('en')],
    ['stressed-de', stressedSampleReportModel('de')],
  ];
  for (const [name, model] of cases) {
    const started = performance.now();
    const pdf = await renderReportPdf(model, { fontsDir, attachment });
    const ms = performance.now() - started;
    const path = join(dir, `${name}.pdf`);
    await writeFile(path, pdf);
    files[name] = { path, model, pdf, ms };
  }
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.each(['en', 'de'])('report layout (%s)', (language) => {
  const file = () => files[language]!;

  it('passes qpdf --check', () => {
    const check = tool('qpdf', ['--check', file().path]);
    expect(check.out).toContain('No syntax or stream encoding errors found');
    expect(check.code).toBe(0);
  });

  it('has the title, author, creator and at least 10 A4 pages', () => {
    const { model, path } = file();
    const info = tool('pdfinfo', [path]).out;
    expect(info).toMatch(new RegExp(`^Title:\\s+${model.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    expect(info).toMatch(new RegExp(`^Author:\\s+${model.assessment.assessor}$`, 'm'));
    expect(info).toMatch(/^Creator:\s+Assay$/m);
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])).toBeGreaterThanOrEqual(10);
  });

  it('embeds only Roboto fonts', () => {
    const lines = tool('pdffonts', [file().path]).out.trim().split('\n').slice(2);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) {
      const [name, , , , emb] = line.split(/\s+/);
      expect(name).toMatch(/^[A-Z]{6}\+Roboto-(Regular|Medium|Italic|MediumItalic)$/);
      expect(line).toMatch(/\byes\s+yes\s+yes\b/); // embedded, subset, ToUnicode
      expect(emb).toBeDefined();
    }
  });

  it('shows the decision, the vendor and real umlauts on page 1', () => {
    const { model, path } = file();
    const text = pageText(path, 1);
    expect(text).toContain(model.decision.label);
    expect(text).toContain(model.vendor.name);
    expect(text).toContain(model.labels.topRisks.toLocaleUpperCase());
    if (language === 'de') {
      const german = [model.labels.executiveSummary, model.assessment.assessor, model.labels.domainScores.toLocaleUpperCase()];
      expect(german.join(' ')).toMatch(/[ÄäÖöÜüß]/);
      for (const words of german) expect(text).toContain(words);
    }
  });

  it('starts the table of contents on page 2', () => {
    const { model, path } = file();
    expect(pageText(path, 2)).toContain(model.labels.contents);
  });

  it('draws the unsigned note inside SIGNATURE_BOX and nothing else there', () => {
    const { model, path } = file();
    const near = words(path, 1).filter(nearBox);
    expect(near.map((w) => w.text).join(' ')).toBe(model.labels.unsigned);
    expect(near.every(inBox)).toBe(true);
  });

  it('embeds the assessment as application/json and it round-trips', async () => {
    const { path, pdf } = file();
    expect(tool('pdfdetach', ['-list', path]).out).toMatch(/1 embedded files?\s+1: assessment\.json/);
    const saved = join(dir, `${language}-saved.json`);
    expect(tool('pdfdetach', ['-save', '1', '-o', saved, path]).code).toBe(0);
    expect(JSON.parse(await readFile(saved, 'utf8'))).toEqual(assessment);
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Subtype /application#2Fjson');
    expect(raw).toContain('(Assessment data)');
  });

  it('is a classic PDF: cross-reference table, no xref or object streams', () => {
    const { path, pdf } = file();
    const raw = pdf.toString('latin1');
    expect(raw).not.toMatch(/\/Type\s*\/XRef/);
    expect(raw).not.toMatch(/\/Type\s*\/ObjStm/);
    const start = /startxref\n(\d+)\n%%EOF\n?$/.exec(raw);
    expect(start).not.toBeNull();
    expect(raw.slice(Number(start![1]))).toMatch(/^xref\n0 \d+\n0000000000 65535 f /);
    expect(raw.slice(-1024)).toMatch(/trailer\n<<[\s\S]*\/Root[\s\S]*>>\nstartxref/);
    const xref = tool('qpdf', ['--show-xref', path]).out;
    expect(xref).not.toMatch(/(^|\s)compressed;/m);
  });

  it('has the document language and bookmarks for the parts and every domain', () => {
    const { model, path, pdf } = file();
    expect(pdf.toString('latin1')).toContain(`/Lang (${language === 'de' ? 'de-DE' : 'en-GB'})`);
    const outlines = JSON.parse(tool('qpdf', ['--json=2', '--json-key=outlines', path]).out) as { outlines: { title: string; kids: { title: string }[] }[] };
    const titles = outlines.outlines.map((o) => o.title);
    const l = model.labels;
    expect(titles).toEqual([l.executiveSummary, l.contents, l.domainDetails, l.findings, l.certificationRecords, l.evidenceIndex, l.method]);
    expect(outlines.outlines[2]!.kids.map((k) => k.title)).toEqual(model.domains.map((d, i) => `${i + 1} ${d.title}`));
  });

  it('is byte-for-byte reproducible', async () => {
    const { model, pdf } = file();
    expect((await renderReportPdf(model, { fontsDir, attachment })).equals(pdf)).toBe(true);
  }, 30_000);
});

describe.each(['en', 'de', 'stressed-en', 'stressed-de'])('text placement (%s)', (name) => {
  it('keeps every word inside the margins and no two words on top of each other', () => {
    const overlaps: string[] = [];
    const outside: string[] = [];
    pages(files[name]!.path).forEach((list, index) => {
      for (const [i, a] of list.entries()) {
        if (a.xMin < 49.5 || a.xMax > 545.8 || a.yMin < 25 || a.yMax > 820) outside.push(`p${index + 1} ${a.text}`);
        for (const b of list.slice(i + 1)) {
          const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
          const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
          if (x > 1 && y > 1) overlaps.push(`p${index + 1} ${a.text} / ${b.text}`);
        }
      }
    });
    expect(outside).toEqual([]);
    expect(overlaps).toEqual([]);
  });
});

describe.each(['en', 'de'])('page 1 at its limits (%s)', (language) => {
  const file = () => files[`stressed-${language}`]!;

  it('keeps the summary on one page with a signature, an override and every knock-out', () => {
    const { model, path } = file();
    expect(model.knockouts.length).toBeGreaterThan(0);
    expect(model.knockouts.every((k) => k.status === 'triggered')).toBe(true);
    expect(model.decision.override).toBeDefined();
    const first = pageText(path, 1);
    expect(first).toContain(model.labels.certifications.toLocaleUpperCase());
    expect(first).toContain(model.labels.signedBy.toLocaleUpperCase());
    // The high and critical risks accepted are named on page 1, in full.
    expect(first.replace(/\s+/g, ' ')).toContain(model.acceptedSummary!);
    expect(pageText(path, 2)).toContain(model.labels.contents);
  });

  it('draws the signer and the fingerprint inside SIGNATURE_BOX, and nothing crosses into it', () => {
    const { model, path } = file();
    const near = words(path, 1).filter(nearBox);
    expect(near.every(inBox)).toBe(true);
    const text = near.map((w) => w.text).join(' ');
    expect(text).toContain(model.signature!.signer);
    expect(text).toContain(model.labels.signedBy.toLocaleUpperCase());
    // The fingerprint is drawn as two lines of 16 bytes each.
    const fingerprint = model.signature!.fingerprint;
    expect(text).toContain(fingerprint.slice(0, 47));
    expect(text).toContain(fingerprint.slice(48));
  });
});

it('lays out an empty, unscored model without failing', async () => {
  const sample = sampleReportModel('en');
  const model: ReportModel = {
    ...sample,
    vendor: { name: 'X'.repeat(120), services: [] },
    scores: { ...sample.scores, overall: null, conservative: 0, completion: { applicable: 0, answered: 0 } },
    domains: [],
    knockouts: [],
    topRisks: [],
    certifications: [],
    findings: [],
    evidence: [],
    method: { domainWeights: [], thresholds: [], matrix: { header: [], rows: [] }, knockoutRules: [] },
  };
  const path = join(dir, 'empty.pdf');
  await writeFile(path, await renderReportPdf(model, { fontsDir }));
  expect(tool('qpdf', ['--check', path]).code).toBe(0);
  expect(pageText(path, 1)).toContain(sample.labels.noRisks);
  expect(pageText(path, 2)).toContain(sample.labels.contents);
}, 30_000);

it('states a finalised assessment’s history, its count and last hash, beside the evidence digests', async () => {
  for (const language of ['en', 'de'] as const) {
    const model = finalisedSampleReportModel(language);
    const history = model.assessment.history!;
    const path = join(dir, `finalised-${language}.pdf`);
    await writeFile(path, await renderReportPdf(model, { fontsDir }));
    const text = tool('pdftotext', ['-enc', 'UTF-8', path, '-']).out.replace(/\s+/g, ' ');
    expect(text).toContain(language === 'en' ? 'History: Entries in the assessment’s history: 42.' : 'Verlauf: Einträge im Verlauf der Bewertung: 42.');
    expect(text.replace(/ /g, '')).toContain(history.head);
  }
  // A draft states none.
  expect(sampleReportModel('en').assessment.history).toBeUndefined();
}, 60_000);

it('lists accepted risks in a section of their own after the findings, with their terms', async () => {
  const model = finalisedSampleReportModel('en');
  const finding = model.findings[0]!;
  const withAccepted = {
    ...model,
    acceptedRisks: [
      {
        number: finding.number,
        title: finding.title,
        severity: finding.severity,
        severityLabel: finding.severityLabel,
        approver: 'Dana Lee (CISO)',
        until: '30 Jun 2027',
        justification: 'The vendor moves us to the EU region by March.',
        control: 'Weekly review of data exports',
        expired: false,
      },
    ],
  };
  const path = join(dir, 'accepted.pdf');
  await writeFile(path, await renderReportPdf(withAccepted, { fontsDir }));
  const text = tool('pdftotext', ['-enc', 'UTF-8', path, '-']).out.replace(/\s+/g, ' ');
  const section = text.slice(text.lastIndexOf('Accepted risks'));
  for (const part of [
    'APPROVED BY',
    'ACCEPTED UNTIL',
    'Dana Lee (CISO)',
    '30 Jun 2027',
    'Why: The vendor moves us to the EU region by March.',
    'Compensating control: Weekly review of data exports',
  ])
    expect(section).toContain(part);
  expect(text.indexOf('Accepted risks')).toBeGreaterThan(text.indexOf(model.labels.findings));
}, 60_000);

it('renders the sample in reasonable time', () => {
  for (const name of ['en', 'de']) expect(files[name]!.ms).toBeLessThan(20_000);
});
