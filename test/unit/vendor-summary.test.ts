import { describe, expect, it } from 'vitest';
import type { Vendor } from '@shared/domain/vendor';
import { vendorDetailsSchema } from '@shared/domain/vendor-details';
import { buildPortfolio, sortPortfolio } from '@shared/portfolio';
import type { ServiceProfile } from '@shared/questionnaire/profile';
import type { RiskTier } from '@shared/scoring/risk';
import { sortVendorList, vendorOverviews } from '@shared/vendors/list';
import type { SortDirection } from '@shared/vendors/sorting';
import { summariseVendors, type SummaryAssessmentInput } from '@shared/vendors/summary';

const TODAY = '2026-03-02';
const at = '2026-01-01T09:00:00.000Z';
const vendor = (id: string, name: string): Vendor => ({ id, name, createdAt: at, updatedAt: at });

// Tiers: personal data alone is low; high criticality with recordings and AI is high.
const lowProfile: ServiceProfile = {
  dataCategories: ['personal'],
  aiAutonomy: 'none',
  criticality: 'low',
  regulatoryScope: ['gdpr'],
  sector: 'retail',
  requiresEuResidency: false,
};
const highProfile: ServiceProfile = {
  ...lowProfile,
  dataCategories: ['personal', 'recordingsBiometrics'],
  aiAutonomy: 'assistive',
  criticality: 'high',
  regulatoryScope: ['gdpr', 'nis2'],
};

function assessment(
  id: string,
  vendorId: string,
  createdAt: string,
  options: { final?: { score: number | null; residualRisk?: RiskTier }; profile?: ServiceProfile; revision?: number } = {},
): SummaryAssessmentInput {
  return {
    id,
    vendorId,
    status: options.final ? 'final' : 'draft',
    createdAt,
    revision: options.revision ?? 1,
    assessmentDate: createdAt.slice(0, 10),
    profile: options.profile ?? lowProfile,
    ...(options.final
      ? { summary: { score: options.final.score, residualRisk: options.final.residualRisk ?? 'low', recommendation: 'approve' as const } }
      : {}),
  };
}

const vendors = [
  vendor('v1', 'Five9'),
  vendor('v2', 'genesys Cloud'),
  vendor('v3', 'NICE CXone'),
  vendor('v4', 'Zendesk'),
  vendor('v5', 'Talkdesk'),
  vendor('v6', 'Ämazon Connect'),
];
const assessments = [
  assessment('a1', 'v1', '2025-05-01T09:00:00.000Z', { final: { score: 71.4 }, profile: highProfile }),
  // Talkdesk: a final revision, then a draft of the next one with a riskier profile.
  assessment('a2', 'v5', '2025-02-01T09:00:00.000Z', { final: { score: 88 } }),
  assessment('a3', 'v5', '2026-02-01T09:00:00.000Z', { profile: highProfile, revision: 2 }),
  assessment('a4', 'v2', '2025-09-01T09:00:00.000Z', { final: { score: 71.4 } }),
  assessment('a5', 'v3', '2026-01-10T09:00:00.000Z'),
  // A final assessment with nothing scored has no rating.
  assessment('a6', 'v4', '2025-03-01T09:00:00.000Z', { final: { score: null } }),
];

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare;

describe('the vendor summary', () => {
  it('joins each vendor with its latest assessment and its latest final one', () => {
    const summaries = summariseVendors(vendors, assessments);
    const talkdesk = summaries.find((s) => s.vendor.id === 'v5')!;
    expect(talkdesk).toMatchObject({ status: 'draft', tier: 'high', rating: 88, recommendation: 'approve', assessments: 2 });
    expect([talkdesk.latest?.id, talkdesk.final?.id]).toEqual(['a3', 'a2']);
    expect(summaries.find((s) => s.vendor.id === 'v6')).toMatchObject({ latest: null, final: null, status: 'none', tier: null, rating: null, assessments: 0 });
  });

  it('gives the vendor list and the portfolio the same status, tier, rating and recommendation', () => {
    const list = vendorOverviews(vendors, assessments);
    const portfolio = buildPortfolio(vendors, assessments, TODAY);
    const pick = (row: { status: string; tier: string | null; rating: number | null; recommendation: string | null }) => [
      row.status,
      row.tier,
      row.rating,
      row.recommendation,
    ];
    expect(list.map(pick)).toEqual(portfolio.map(pick));
    expect(list.map((row) => row.id)).toEqual(portfolio.map((row) => row.vendorId));
  });

  it('orders both screens alike by every column they share, in both directions', () => {
    const list = vendorOverviews(vendors, assessments);
    const portfolio = buildPortfolio(vendors, assessments, TODAY);
    for (const key of ['name', 'tier', 'status', 'rating'] as const) {
      for (const direction of ['ascending', 'descending'] satisfies SortDirection[]) {
        const listOrder = sortVendorList(list, { key, direction }, byName).map((row) => row.id);
        expect(
          sortPortfolio(portfolio, { key, direction }, byName).map((row) => row.vendorId),
          `${key} ${direction}`,
        ).toEqual(listOrder);
      }
    }
    // Ties (Five9 and genesys Cloud share a rating) go by name; vendors without a rating come last.
    expect(sortVendorList(list, { key: 'rating', direction: 'descending' }, byName).map((row) => row.name)).toEqual([
      'Talkdesk',
      'Five9',
      'genesys Cloud',
      'Ämazon Connect',
      'NICE CXone',
      'Zendesk',
    ]);
  });
});

describe('vendor details, read in Node', () => {
  it('completes a bare host to https and refuses what is not a web address', () => {
    expect(vendorDetailsSchema.parse({ website: ' example.com ', services: ['CXone  Mpower'], contacts: [] })).toEqual({
      website: 'https://example.com',
      services: ['CXone Mpower'],
      contacts: [],
    });
    const refused = vendorDetailsSchema.safeParse({ website: 'ftp://example.com', services: [], contacts: [] });
    expect(refused.success ? null : refused.error.issues[0]?.message).toBe('vendors.errors.websiteInvalid');
    const noHost = vendorDetailsSchema.safeParse({ website: 'intranet', services: [], contacts: [] });
    expect(noHost.success ? null : noHost.error.issues[0]?.message).toBe('vendors.errors.websiteInvalid');
  });
});
