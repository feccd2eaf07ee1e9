import { describe, expect, it } from 'vitest';
import type { Answer } from '@shared/questionnaire/answers';
import { assessmentExportSchema, buildAssessmentExport } from '@shared/report/assessment-export';
import { buildReportModel, reportFileName, type ReportInput } from '@shared/report/build';
import { reportModelSchema } from '@shared/report/model';
import { scoreAssessment } from '@shared/scoring/engine';
import { shownScore } from '@shared/scoring/figures';
import { mini } from '../fixtures/mini-questionnaire';

const profile = {
  dataCategories: ['personal', 'payment'],
  aiAutonomy: 'none',
  criticality: 'high',
  regulatoryScope: ['gdpr', 'dora'],
  sector: 'retail',
  requiresEuResidency: true,
} as const;
const answers: Record<string, Answer> = {
  'SEC-MFA': { status: 'answered', value: 'partial' },
  'SEC-ISO27001': { status: 'answered', value: { held: 'yes', certificateId: 'IS 123456', issuer: 'BSI Group', validUntil: '2026-04-30' } },
  'DAT-TRAINING-USE': { status: 'answered', value: 'optOut' },
  'DAT-DPA': { status: 'answered', value: 'yes' },
  'RSL-SLA': { status: 'answered', value: 99.95 },
  'RSL-STATUS-PAGE': { status: 'na' },
  'GOV-SPONSOR': { status: 'answered', value: 'no' },
  'GOV-REGIONS': { status: 'answered', value: ['eu', 'us'] },
};
const result = scoreAssessment({
  questionnaire: mini,
  profile: { ...profile, dataCategories: [...profile.dataCategories], regulatoryScope: [...profile.regulatoryScope] },
  answers,
  asOf: '2026-03-02',
  domainWeights: { governance: 1 },
});

function input(language: 'de' | 'en'): ReportInput {
  return {
    language,
    generatedAt: '2026-03-02T12:00:00.000Z',
    vendor: { name: 'Genesys Cloud', services: ['CX Cloud'] },
    assessment: {
      id: 'a-1',
      serviceName: 'Contact centre',
      assessor: 'Alex Example',
      assessmentDate: '2026-03-02',
      status: 'final',
      revision: 2,
      finalisedAt: '2026-03-02T11:00:00.000Z',
    },
    questionnaire: mini,
    result,
    answers: Object.fromEntries(Object.entries(answers).map(([id, answer]) => [id, { answer, ...(id === 'SEC-MFA' ? { note: 'Admins only.' } : {}) }])),
    evidence: [
      { questionId: 'SEC-ISO27001', fileName: 'iso-certificate.pdf', size: 120_000, sha256: 'a'.repeat(64) },
      { questionId: 'SEC-MFA', fileName: 'mfa.png', size: 2_000, sha256: 'b'.repeat(64) },
    ],
    tracking: [
      { findingId: 'F-DAT-TRAINING-USE', owner: 'Legal', dueDate: '2026-05-01', status: 'inProgress' },
      { findingId: 'M-1', status: 'open', manual: { title: 'No named security contact', severity: 'low', remediation: 'Ask for one.' } },
    ],
    expiryWindowDays: 90,
  };
}

describe('report model', () => {
  const en = buildReportModel(input('en'));
  const de = buildReportModel(input('de'));

  it('is valid against the schema the Node side checks, in both languages', () => {
    expect(reportModelSchema.safeParse(en).success).toBe(true);
    expect(reportModelSchema.safeParse(de).success).toBe(true);
  });

  it('carries the decision, risk and scores of the scoring result', () => {
    expect(en.decision).toMatchObject({
      recommendation: 'approveWithConditions',
      label: 'Approve with conditions',
      derivedLabel: 'Approve with conditions',
      provisional: true,
    });
    expect(de.decision.label).toBe('Unter Auflagen freigeben');
    expect(en.scores).toMatchObject({
      overall: shownScore(result.overall.score),
      inherentRisk: { tier: 'high', label: 'High', points: 6 },
      residualRisk: { tier: result.residualRisk, label: 'High' },
    });
    expect(result.residualRisk).toBe('high');
    expect(en.title).toBe('Vendor risk assessment: Genesys Cloud');
    expect(de.title).toBe('Risikobewertung des Anbieters: Genesys Cloud');
  });

  it('explains each domain in a sentence', () => {
    expect(en.domains[0]!.explanation).toBe('Security lost 22.2 points: 1.1 −22.2. A further 7.8 points depend on 1 open questions.');
    expect(de.domains[2]!.explanation).toBe('Data (de) verliert 30,0 Punkte: 3.1 −30,0.');
    expect(en.domains[1]!.explanation).toBe('AI: no answers yet.');
  });

  it('lists answers, notes and evidence per question', () => {
    const q = en.domains[0]!.sections[0]!.questions;
    expect(q[0]).toMatchObject({ number: '1.1', answer: 'Partly', score: 50, note: 'Admins only.', evidence: ['mfa.png'] });
    expect(q[1]!.answer).toBe('Held · Certificate or report ID IS 123456 · Issuer or auditor: BSI Group · current until 30 Apr 2026');
    expect(q[2]!.status).toBe('notApplicable');
    expect(en.domains[3]!.sections[0]!.questions[0]!.answer).toBe('99.95 %');
    expect(de.domains[3]!.sections[0]!.questions[0]!.answer).toBe('99,95 % (de)');
  });

  it('lists certifications, findings with tracking, manual findings and the evidence index', () => {
    expect(en.certifications.find((c) => c.name === 'ISO/IEC 27001')).toMatchObject({
      status: 'expiring',
      statusLabel: 'Expires soon',
      validUntil: '30 Apr 2026',
    });
    expect(en.findings.find((f) => f.number === '3.1')).toMatchObject({ severity: 'high', owner: 'Legal', status: 'In progress', dueDate: '1 May 2026' });
    expect(en.findings.at(-1)).toMatchObject({ title: 'No named security contact', kind: 'Added by the assessor' });
    expect(en.topRisks.length).toBeLessThanOrEqual(5);
    expect(en.evidence.map((e) => [e.questionNumber, e.fileName])).toEqual([
      ['1.1', 'mfa.png'],
      ['1.2', 'iso-certificate.pdf'],
    ]);
    expect(en.method.matrix.rows[3]).toEqual(['Critical', 'Medium', 'High', 'Critical', 'Critical']);
  });

  it('lists accepted risks with their terms, and one whose acceptance ran out as open again', () => {
    const acceptance = (until: string) => ({
      justification: 'Training use ends with the new contract.',
      approver: 'Dana Lee',
      approverRole: 'CISO',
      control: 'Opt-out confirmed in writing',
      acceptedOn: '2026-01-10',
      until,
    });
    const accepting = (until: string) => {
      const base = input('en');
      return buildReportModel({
        ...base,
        tracking: [{ findingId: 'F-DAT-TRAINING-USE', status: 'accepted', acceptance: acceptance(until) }, base.tracking[1]!],
      });
    };
    const current = accepting('2026-06-30');
    expect(current.acceptedRisks).toEqual([
      {
        number: '3.1',
        title: expect.any(String),
        severity: 'high',
        severityLabel: 'High',
        approver: 'Dana Lee (CISO)',
        until: '30 Jun 2026',
        justification: 'Training use ends with the new contract.',
        control: 'Opt-out confirmed in writing',
        expired: false,
      },
    ]);
    expect(current.findings.find((f) => f.number === '3.1')?.status).toBe('Risk accepted');
    // A high risk accepted and in force is named on page 1.
    expect(current.acceptedSummary).toBe('Accepted risks: 3.1 (High) until 30 Jun 2026, approved by Dana Lee (CISO).');
    // The report is made on 2 Mar 2026: an acceptance that ended on 1 Mar has run out.
    const ranOut = accepting('2026-03-01');
    expect(ranOut.acceptedRisks?.[0]?.expired).toBe(true);
    expect(ranOut.findings.find((f) => f.number === '3.1')?.status).toBe('Open again: accepted until 1 Mar 2026');
    expect(ranOut.acceptedSummary).toBeUndefined();
    expect(en.acceptedRisks).toBeUndefined();
  });

  it('is a pure function of its input', () => {
    expect(buildReportModel(input('en'))).toEqual(en);
  });

  it('names the file after vendor and date, without characters a file system refuses', () => {
    expect(reportFileName('en', 'ACME: CX/AI', '2026-03-02')).toBe('Assessment ACME CX AI 2026-03-02.pdf');
  });
});

describe('assessment export', () => {
  it('validates and versions the attachment', () => {
    const data = buildAssessmentExport({
      exportedAt: '2026-03-02T12:00:00.000Z',
      vendor: { name: 'Genesys Cloud', services: [] },
      assessment: {
        id: 'a-1',
        serviceName: 'S',
        assessor: 'A',
        assessmentDate: '2026-03-02',
        profile: { ...profile, dataCategories: [...profile.dataCategories], regulatoryScope: [...profile.regulatoryScope] },
        questionnaireId: 'mini',
        questionnaireVersion: '1.0.0',
        status: 'final',
        revision: 1,
        domainWeights: {},
      },
      answers: [{ questionId: 'SEC-MFA', answer: { status: 'answered', value: 'yes' } }],
      evidence: [],
      findings: [],
    });
    expect(data).toMatchObject({ format: 'assay-assessment', schemaVersion: 1 });
    expect(assessmentExportSchema.parse(JSON.parse(JSON.stringify(data)))).toEqual(data);
    expect(() => assessmentExportSchema.parse({ ...data, schemaVersion: 2 })).toThrow();
  });
});
