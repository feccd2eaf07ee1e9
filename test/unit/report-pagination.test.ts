import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReportPdf } from '../../electron/services/documents/report/layout';
import { messages } from '@shared/i18n';
import type { ServiceProfile } from '@shared/questionnaire/profile';
import type { ReportModel } from '@shared/report/model';
import { inherentRisk } from '@shared/scoring/risk';
import { SAMPLE_PROFILE, sampleReportModel } from '../fixtures/sample-report';
import { fontsDir } from '../support/pdf-tools';

const scratch = mkdtempSync(join(tmpdir(), 'assay-pagination-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The text of every page, whitespace collapsed. */
async function pages(model: ReportModel, name: string): Promise<string[]> {
  const path = join(scratch, `${name}.pdf`);
  writeFileSync(path, await renderReportPdf(model, { fontsDir }));
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'])
    .toString()
    .split('\f')
    .filter((p) => p.trim() !== '')
    .map((p) => p.replace(/\s+/g, ' '));
}

/** SAMPLE_PROFILE for a vendor that also handles special-category data and card payments, under NIS2. */
const WIDER_PROFILE: ServiceProfile = {
  ...SAMPLE_PROFILE,
  dataCategories: [...SAMPLE_PROFILE.dataCategories, 'specialCategory', 'payment'],
  regulatoryScope: [...SAMPLE_PROFILE.regulatoryScope, 'nis2'],
};

/** The German sample with the first `extra` risk factors the wider profile adds, as the report names them: a longer method part. */
function withFactors(extra: number): ReportModel {
  const model = sampleReportModel('de');
  const sample = new Set(inherentRisk(SAMPLE_PROFILE).factors.map((f) => f.factor));
  const names = messages.de.assessment.profile.factor as Record<string, Record<string, string>>;
  const more = inherentRisk(WIDER_PROFILE)
    .factors.filter((f) => !sample.has(f.factor))
    .slice(0, extra)
    .map((f) => {
      const [group, key] = f.factor.split('.') as [string, string];
      return { label: names[group]![key]!, points: f.points };
    });
  expect(more).toHaveLength(extra);
  const risk = model.scores.inherentRisk;
  return {
    ...model,
    scores: { ...model.scores, inherentRisk: { ...risk, factors: [...risk.factors, ...more], points: risk.points + more.reduce((s, f) => s + f.points, 0) } },
  };
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
