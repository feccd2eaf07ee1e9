import { describe, expect, it } from 'vitest';
import { buildReportModel } from '@shared/report/build';
import { scoreAssessment } from '@shared/scoring/engine';
import { mini } from '../fixtures/mini-questionnaire';

/** A service with every profile factor that adds inherent risk. */
const profile = {
  dataCategories: ['personal', 'specialCategory', 'payment', 'recordingsBiometrics'],
  aiAutonomy: 'autonomous',
  criticality: 'critical',
  regulatoryScope: ['gdpr', 'dora', 'nis2', 'euAiAct'],
  sector: 'financial',
  requiresEuResidency: true,
} as const;

function reportFactors(language: 'de' | 'en') {
  const result = scoreAssessment({
    questionnaire: mini,
    profile: { ...profile, dataCategories: [...profile.dataCategories], regulatoryScope: [...profile.regulatoryScope] },
    answers: {},
    asOf: '2026-03-02',
    domainWeights: {},
  });
  return buildReportModel({
    language,
    generatedAt: '2026-03-02T12:00:00.000Z',
    vendor: { name: 'NICE CXone', services: [] },
    assessment: { id: 'a-1', serviceName: 'Contact centre', assessor: 'Alex Example', assessmentDate: '2026-03-02', status: 'draft', revision: 1 },
    questionnaire: mini,
    result,
    answers: {},
    evidence: [],
    tracking: [],
    expiryWindowDays: 90,
  }).scores.inherentRisk.factors;
}

describe('inherent-risk factors in the report', () => {
  it('names every factor that adds points by its label, in English', () => {
    expect(reportFactors('en')).toEqual([
      { label: 'Personal data', points: 1 },
      { label: 'Special categories (GDPR Art. 9)', points: 2 },
      { label: 'Payment card data', points: 2 },
      { label: 'Call recordings or voice biometrics', points: 2 },
      { label: 'AI acts or decides on its own', points: 3 },
      { label: 'Critical to the business', points: 3 },
      { label: 'DORA', points: 1 },
      { label: 'NIS2', points: 1 },
      { label: 'EU AI Act', points: 1 },
    ]);
  });

  it('names them in German in a German report', () => {
    expect(reportFactors('de').map((f) => f.label)).toEqual([
      'Personenbezogene Daten',
      'Besondere Kategorien (Art. 9 DSGVO)',
      'Zahlungskartendaten',
      'Gesprächsaufzeichnungen oder Stimmbiometrie',
      'KI handelt oder entscheidet selbstständig',
      'Geschäftskritisch',
      'DORA',
      'NIS2',
      'KI-Verordnung (EU AI Act)',
    ]);
  });
});
