// Certification answers in the shape stored before reports had a period: read by the store upgrade and by a received import.

/** The setup of the assessment those answers belong to: a service that handles payment data, dated 2 Mar 2026. */
export const legacySetup = {
  serviceName: 'Contact centre',
  assessor: 'Alex Example',
  assessmentDate: '2026-03-02',
  profile: {
    dataCategories: ['personal' as const, 'payment' as const],
    aiAutonomy: 'none' as const,
    criticality: 'medium' as const,
    regulatoryScope: ['gdpr' as const],
    sector: 'retail' as const,
    requiresEuResidency: true,
  },
};

/** Answers as version 2 stored them: a report's period end in validUntil, its start in the issue date. */
export const legacyAnswers = [
  { questionId: 'SEC-SOC2T2', answer: { status: 'answered', value: { held: 'yes', issuer: 'EY', issueDate: '2025-01-01', validUntil: '2025-12-31' } } },
  { questionId: 'SEC-PCIDSS', answer: { status: 'answered', value: { held: 'yes', issueDate: '2025-09-30', validUntil: '2025-09-30' } } },
  { questionId: 'SEC-ISO27001', answer: { status: 'answered', value: { held: 'yes', issueDate: '2024-07-01', validUntil: '2027-06-30' } } },
  { questionId: 'SEC-C5', answer: null, draft: { cert: { held: 'yes', issueDate: '', validUntil: '2025-1' } } },
  { questionId: 'SEC-IRAP', answer: { status: 'na' } },
];
