// Data only (no app code), so both the page-side seed and Node-side scripts can import it.
import type { FindingStatus } from '@shared/domain/assessment';
import type { ServiceProfile } from '@shared/questionnaire/profile';
import type { Severity } from '@shared/questionnaire/schema';

export const profiles = {
  // personal 1 → low tier
  low: { dataCategories: ['personal'], aiAutonomy: 'none', criticality: 'low', regulatoryScope: ['gdpr'], sector: 'retail', requiresEuResidency: false },
  // personal 1 + assistive AI 1 + medium criticality 1 → medium tier
  medium: {
    dataCategories: ['personal'],
    aiAutonomy: 'assistive',
    criticality: 'medium',
    regulatoryScope: ['gdpr'],
    sector: 'retail',
    requiresEuResidency: false,
  },
  // personal 1 + recordings 2 + assistive AI 1 + high criticality 2 + NIS2 1 → high tier
  high: {
    dataCategories: ['personal', 'recordingsBiometrics'],
    aiAutonomy: 'assistive',
    criticality: 'high',
    regulatoryScope: ['gdpr', 'nis2'],
    sector: 'financial',
    requiresEuResidency: true,
  },
} satisfies Record<string, ServiceProfile>;

export interface FinalPlan {
  assessmentDate: string;
  profile: keyof typeof profiles;
  /**
   * "best": every applicable question answered with its best answer; "poor": two in three
   * given their worst answer where one scores 0; "certificationsOnly": nothing else answered.
   */
  answers: 'best' | 'poor' | 'certificationsOnly';
  /** Certification question id → last day of the certificate, or end of the report period (SOC 2). */
  certifications?: Record<string, string>;
  /** Questions given their worst answer (scoring 0), picked by severity, with the finding's tracking status. */
  weak?: [Severity, FindingStatus][];
  /** Customer data trains shared models without opt-out: a knock-out, so the vendor is rejected. */
  knockout?: boolean;
  /** Answered and tracked, but left as a draft for the test to finalise through the app. */
  leaveDraft?: boolean;
  /** Written as summaries were before the portfolio figures existed. */
  legacySummary?: boolean;
}

export interface VendorPlan {
  name: string;
  final?: FinalPlan;
  /** A draft after the final assessment (a revision) or on its own. */
  draft?: { createdAt: string; profile: keyof typeof profiles };
}

/**
 * A portfolio for the documentation screenshots, as of 2 March 2026: overdue reviews,
 * expired and expiring certificates, open findings and vendors not yet assessed.
 * Vendors the screenshot run added through the UI are reused.
 */
export const screenshotPlan: VendorPlan[] = [
  { name: 'Genesys Cloud', final: { assessmentDate: '2025-09-15', profile: 'high', answers: 'best', certifications: { 'SEC-ISO27001': '2026-05-31' } } },
  {
    name: 'NICE CXone',
    final: {
      assessmentDate: '2025-04-10',
      profile: 'high',
      answers: 'best',
      certifications: { 'SEC-SOC2T2': '2025-01-31' },
      weak: [
        ['critical', 'open'],
        ['high', 'open'],
      ],
    },
  },
  {
    name: 'Five9',
    final: {
      assessmentDate: '2025-06-10',
      profile: 'high',
      answers: 'poor',
      knockout: true,
      certifications: { 'SEC-ISO27001': '2026-09-30', 'SEC-SOC2T2': '2025-03-31' },
    },
  },
  {
    name: 'Talkdesk',
    final: {
      assessmentDate: '2024-12-05',
      profile: 'medium',
      answers: 'best',
      certifications: { 'SEC-SOC2T2': '2024-10-31' },
      weak: [
        ['critical', 'open'],
        ['critical', 'resolved'],
        ['high', 'inProgress'],
        ['medium', 'accepted'],
      ],
    },
    draft: { createdAt: '2026-02-10', profile: 'medium' },
  },
  { name: 'Amazon Connect', final: { assessmentDate: '2026-01-20', profile: 'low', answers: 'best', certifications: { 'SEC-ISO27001': '2027-01-15' } } },
  {
    name: 'Salesforce Service Cloud',
    final: { assessmentDate: '2026-01-15', profile: 'medium', answers: 'best', certifications: { 'SEC-ISO27017': '2026-07-15', 'SEC-ISO27701': '2026-07-15' } },
  },
  { name: 'Zendesk' },
  {
    name: 'Avaya Experience Platform',
    final: {
      assessmentDate: '2025-10-01',
      profile: 'medium',
      answers: 'best',
      certifications: { 'SEC-ISO27001': '2026-04-15' },
      weak: [
        ['high', 'open'],
        ['medium', 'open'],
      ],
    },
  },
  { name: 'Twilio Flex', final: { assessmentDate: '2025-07-20', profile: 'low', answers: 'best' } },
  { name: 'Sprinklr Service', draft: { createdAt: '2026-02-24', profile: 'high' } },
  {
    name: 'Dialpad',
    final: {
      assessmentDate: '2025-12-01',
      profile: 'medium',
      answers: 'best',
      certifications: { 'SEC-CSASTAR': '2026-06-30' },
      weak: [
        ['medium', 'open'],
        ['low', 'open'],
      ],
    },
  },
  { name: '8x8 Contact Center', final: { assessmentDate: '2025-03-15', profile: 'high', answers: 'best', certifications: { 'SEC-SOC2T2': '2025-05-31' } } },
  { name: 'Freshdesk', final: { assessmentDate: '2025-02-10', profile: 'medium', answers: 'best', certifications: { 'SEC-ISO27001': '2026-03-20' } } },
  {
    name: 'Vonage Contact Center',
    final: { assessmentDate: '2025-08-01', profile: 'high', answers: 'best', certifications: { 'SEC-ISO27001': '2026-11-30' } },
  },
  {
    name: 'Puzzel',
    final: {
      assessmentDate: '2025-05-05',
      profile: 'medium',
      answers: 'best',
      certifications: { 'SEC-ISO27001': '2026-08-31' },
      weak: [
        ['high', 'open'],
        ['high', 'open'],
        ['medium', 'inProgress'],
      ],
    },
  },
];
