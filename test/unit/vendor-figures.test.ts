import { describe, expect, it } from 'vitest';
import type { AssessmentRow, VendorRow } from '../../renderer/src/db/database';
import { buildPortfolio } from '@shared/portfolio/rows';
import { vendorOverviews } from '@shared/vendors/list';
import { assessmentFigures } from '@shared/vendors/summary';

const vendor: VendorRow = {
  id: 'v-1',
  name: 'NICE CXone',
  nameKey: 'nice cxone',
  contacts: [],
  services: [],
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
};
const base: AssessmentRow = {
  id: 'a-1',
  vendorId: 'v-1',
  serviceName: 'CXone',
  assessor: 'Alex Example',
  assessmentDate: '2026-02-01',
  profile: {
    dataCategories: ['personal'],
    aiAutonomy: 'assistive',
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
  // 84.5 on paper, just below it in binary floating point.
  summary: { score: 84.49999999999999, conservativeScore: 80, inherentTier: 'medium', residualRisk: 'medium', recommendation: 'approve', knockouts: 0 },
  createdAt: '2026-02-01T09:00:00.000Z',
  updatedAt: '2026-02-01T09:00:00.000Z',
  finalisedAt: '2026-02-01T10:00:00.000Z',
};
// Revision 2 is a draft started from revision 1; the repository drops the summary, an older one may still carry it.
const draft: AssessmentRow = {
  ...base,
  id: 'a-2',
  status: 'draft',
  revision: 2,
  previousId: 'a-1',
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
};

describe('vendor list and vendor history', () => {
  it('show the same figure for the same assessment, and none for a draft', () => {
    const [row] = vendorOverviews([vendor], [base, draft]);
    expect(row).toMatchObject({ status: 'draft', rating: 85, recommendation: 'approve', ratingRevision: 1, latestAssessmentId: 'a-2' });
    expect(assessmentFigures(base)).toEqual({ rating: row!.rating, recommendation: row!.recommendation });
    expect(assessmentFigures(draft)).toEqual({ rating: null, recommendation: null });
    expect(buildPortfolio([vendor], [base, draft], '2026-03-02')[0]).toMatchObject({ rating: 85, recommendation: 'approve', finalAssessmentId: 'a-1' });
  });

  it('skip a final assessment without figures, as the portfolio does', () => {
    const legacy: AssessmentRow = { ...base, id: 'a-3', revision: 3, summary: undefined, createdAt: '2026-03-02T09:00:00.000Z' };
    const [row] = vendorOverviews([vendor], [base, draft, legacy]);
    expect(row).toMatchObject({ rating: 85, ratingRevision: 1 });
    expect(buildPortfolio([vendor], [base, draft, legacy], '2026-03-02')[0]!.rating).toBe(row!.rating);
  });
});
