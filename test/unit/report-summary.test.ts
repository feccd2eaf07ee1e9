import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReportPdf } from '../../electron/services/documents/report/layout';
import type { Answer } from '@shared/questionnaire/answers';
import { buildReportModel, type ReportInput } from '@shared/report/build';
import { reportModelSchema } from '@shared/report/model';
import { scoreAssessment, type RecommendationOverride } from '@shared/scoring/engine';
import { assessmentFindings } from '@shared/scoring/finding-list';
import { mini } from '../fixtures/mini-questionnaire';
import { fontsDir } from '../support/pdf-tools';

const scratch = mkdtempSync(join(tmpdir(), 'assay-summary-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const profile = {
  dataCategories: ['personal'],
  aiAutonomy: 'none',
  criticality: 'medium',
  regulatoryScope: ['gdpr'],
  sector: 'retail',
  requiresEuResidency: false,
} as const;
const answered = (value: unknown): Answer => ({ status: 'answered', value }) as Answer;
/*
 * Findings, weight × (1 − score):
 *   3.1 DAT-TRAINING-USE opt-out  high    5 × 0.6 = 3
 *   3.2 DAT-DPA partly            medium  5 × 0.5 = 2.5
 *   1.1 SEC-MFA partly            medium  4 × 0.5 = 2    (accepted)
 *   5.1 GOV-SPONSOR no            medium  2 × 1   = 2    (resolved)
 *   4.1 RSL-SLA 99.9 %            medium  4 × 0.4 = 1.6
 *   1.4 SEC-LOGS no               low     1 × 1   = 1
 * plus the assessor's own high finding.
 */
const answers: Record<string, Answer> = {
  'SEC-MFA': answered('partial'),
  'SEC-ISO27001': answered({ held: 'yes', certificateId: 'IS 1', issuer: 'BSI', validUntil: '2028-01-31', scopeCoversService: true }),
  'SEC-LOGS': answered('no'),
  'DAT-TRAINING-USE': answered('optOut'),
  'DAT-DPA': answered('partial'),
  'RSL-SLA': answered(99.9),
  'RSL-STATUS-PAGE': answered('yes'),
  'RSL-DR-TEST': answered('2026-01-10'),
  'GOV-SPONSOR': answered('no'),
  'GOV-REGIONS': answered(['eu', 'us', 'apac']),
};
const OWN_TITLE = 'Vendor names no security contact for incidents';
const tracking: ReportInput['tracking'] = [
  { findingId: 'F-SEC-MFA', status: 'accepted' },
  { findingId: 'F-GOV-SPONSOR', status: 'resolved' },
  { findingId: 'M-1', status: 'open', manual: { title: OWN_TITLE, severity: 'high', remediation: 'Ask for a named contact.' } },
];

function input(language: 'en' | 'de', override?: RecommendationOverride, rows = tracking): ReportInput {
  const result = scoreAssessment({
    questionnaire: mini,
    profile: { ...profile, dataCategories: [...profile.dataCategories], regulatoryScope: [...profile.regulatoryScope] },
    answers,
    asOf: '2026-03-02',
    override,
  });
  return {
    language,
    generatedAt: '2026-03-04T09:30:00.000Z',
    vendor: { name: 'Talkdesk', services: ['CX Cloud'] },
    assessment: {
      id: 'a-1',
      serviceName: 'Contact centre',
      assessor: 'Alex Example',
      assessmentDate: '2026-03-02',
      status: 'final',
      revision: 1,
      ...(override ? { override } : {}),
    },
    questionnaire: mini,
    result,
    answers: Object.fromEntries(Object.entries(answers).map(([id, answer]) => [id, { answer }])),
    evidence: [],
    tracking: rows,
    expiryWindowDays: 90,
  };
}

const page1 = async (model: ReturnType<typeof buildReportModel>, name: string) => {
  const path = join(scratch, `${name}.pdf`);
  writeFileSync(path, await renderReportPdf(model, { fontsDir }));
  return execFileSync('pdftotext', ['-f', '1', '-l', '1', '-enc', 'UTF-8', path, '-']).toString().replace(/\s+/g, ' ');
};

describe('report page 1', () => {
  const en = buildReportModel(input('en'));
  const de = buildReportModel(input('de'));

  it('derives "approve with conditions" from the fixture', () => {
    expect(en.decision.recommendation).toBe('approveWithConditions');
    expect(reportModelSchema.safeParse(en).success).toBe(true);
    expect(reportModelSchema.safeParse(de).success).toBe(true);
  });

  it('ranks top risks by severity, then weight × loss, with the assessor’s own finding and without resolved ones', () => {
    expect(en.topRisks.map((f) => [f.severity, f.number, f.title])).toEqual([
      ['high', '—', OWN_TITLE],
      ['high', '3.1', 'Question DAT-TRAINING-USE?'],
      ['medium', '3.2', 'Question DAT-DPA?'],
      ['medium', '1.1', 'Question SEC-MFA?'],
      ['medium', '4.1', 'Question RSL-SLA?'],
    ]);
  });

  it('lists the conditions: the open findings of medium severity or above, in both languages', () => {
    const items = (m: typeof en) => m.decision.conditions?.items.map((c) => c.number);
    expect(items(en)).toEqual(['—', '3.1', '3.2', '4.1']);
    expect(items(de)).toEqual(items(en));
    expect(en.decision.conditions).toMatchObject({ title: 'Conditions', intro: 'Approval depends on closing these open findings:' });
    expect(de.decision.conditions).toMatchObject({ title: 'Auflagen', intro: 'Die Freigabe setzt voraus, dass diese offenen Befunde behoben werden:' });
  });

  it('has no conditions for an approval or a rejection, and says so when an approval with conditions has no open finding', () => {
    const by = { by: 'Alex Example', at: '2026-03-02T10:00:00.000Z' };
    expect(buildReportModel(input('en', { recommendation: 'approve', reason: 'Risk accepted by the board.', ...by })).decision.conditions).toBeUndefined();
    expect(buildReportModel(input('en', { recommendation: 'reject', reason: 'Contract terms refused.', ...by })).decision.conditions).toBeUndefined();
    const result = input('de').result;
    const allClosed = assessmentFindings(result.findings, tracking).map((f) => ({
      findingId: f.findingId,
      status: 'resolved' as const,
      ...(f.source === 'manual' ? { manual: f.manual } : {}),
    }));
    const closed = buildReportModel(input('de', undefined, allClosed));
    expect(closed.decision.conditions).toEqual({ title: 'Auflagen', intro: 'Kein offener Befund mit mittlerer oder höherer Schwere.', items: [] });
  });

  it('shows the conditions and the assessor’s own top risk on page 1 of the PDF, in English and German', async () => {
    const text = { en: await page1(en, 'en'), de: await page1(de, 'de') };
    expect(text.en).toContain('CONDITIONS');
    expect(text.en).toContain('Approval depends on closing these open findings:');
    expect(text.de).toContain('AUFLAGEN');
    expect(text.de).toContain('Die Freigabe setzt voraus, dass diese offenen Befunde behoben werden:');
    for (const t of [text.en, text.de]) {
      expect(t.split(OWN_TITLE).length - 1, 'own finding as condition and as top risk').toBe(2);
      expect(t).toContain('Question RSL-SLA?');
    }
  }, 30_000);
});
