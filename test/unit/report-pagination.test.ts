import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReportPdf } from '../../electron/services/report/layout';
import type { ReportModel } from '../../shared/report/model';
import { sampleReportModel } from '../fixtures/sample-report';

const scratch = mkdtempSync(join(tmpdir(), 'assay-pagination-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The text of every page, whitespace collapsed. */
async function pages(model: ReportModel, name: string): Promise<string[]> {
  const path = join(scratch, `${name}.pdf`);
  writeFileSync(path, await renderReportPdf(model, { fontsDir: resolve(__dirname, '../../assets/fonts') }));
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'])
    .toString()
    .split('\f')
    .filter((p) => p.trim() !== '')
    .map((p) => p.replace(/\s+/g, ' '));
}

/** The German sample for a vendor that also handles card payments and special-category data: a longer method part. */
function withFactors(extra: number): ReportModel {
  const model = sampleReportModel('de');
  const more = [
    { label: 'Zahlungskartendaten', points: 2 },
    { label: 'Besondere Kategorien personenbezogener Daten', points: 2 },
    { label: 'NIS2', points: 1 },
  ].slice(0, extra);
  const risk = model.scores.inherentRisk;
  return { ...model, scores: { ...model.scores, inherentRisk: { ...risk, factors: [...risk.factors, ...more], points: risk.points + more.reduce((s, f) => s + f.points, 0) } } };
}

describe('report pagination', () => {
  for (const extra of [2, 3]) {
    it(`keeps the knock-out rules together instead of leaving one alone on the last page (German, ${extra} more risk factors)`, async () => {
      const model = withFactors(extra);
      const text = await pages(model, `de-${extra}`);
      const rules = model.method.knockoutRules.map((k) => k.title);
      const last = text[text.length - 1]!;
      const onLast = rules.filter((title) => last.includes(title));
      expect(onLast.length, 'knock-out rules on the last page').toBeGreaterThan(0);
      // Together: the page with the last rule holds the heading and every rule.
      expect(last).toContain(model.labels.knockoutRules);
      expect(onLast).toEqual(rules);
    }, 30_000);
  }
});
