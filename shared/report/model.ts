import type { Recommendation } from '../scoring/types';
import type { RiskTier } from '../scoring/risk';
import type { Severity } from '../questionnaire/schema';

/**
 * Everything a PDF report shows, as plain data with every text already in the
 * report's language. The renderer builds it (buildReportModel); the Node side
 * lays it out and signs it without knowing anything about scoring.
 */
export interface ReportModel {
  schemaVersion: 1;
  language: 'de' | 'en';
  /** ISO timestamp; passed in, never read from a clock while building. */
  generatedAt: string;
  title: string;
  subtitle: string;
  labels: ReportLabels;
  vendor: { name: string; website?: string; services: string[] };
  assessment: {
    id: string;
    serviceName: string;
    assessor: string;
    assessmentDate: string;
    status: 'draft' | 'final';
    statusLabel: string;
    revision: number;
    finalisedAt?: string;
    questionnaire: { id: string; version: string; title: string };
  };
  decision: {
    recommendation: Recommendation;
    label: string;
    derivedLabel: string;
    provisional: boolean;
    override?: { label: string; reason: string; by: string; at: string };
  };
  scores: {
    overall: number | null;
    conservative: number;
    controlStrength: string;
    inherentRisk: { tier: RiskTier; label: string; points: number; factors: { label: string; points: number }[] };
    residualRisk: { tier: RiskTier; label: string };
    completion: { applicable: number; answered: number };
  };
  domains: ReportDomain[];
  knockouts: { title: string; rationale: string; status: 'triggered' | 'clear' | 'open'; statusLabel: string }[];
  topRisks: ReportFinding[];
  certifications: {
    number: string;
    name: string;
    status: 'valid' | 'expiring' | 'expired' | 'inProgress' | 'notHeld' | 'unanswered' | 'notApplicable';
    statusLabel: string;
    certificateId?: string;
    issuer?: string;
    scope?: string;
    validUntil?: string;
  }[];
  findings: ReportFinding[];
  evidence: { questionNumber: string; fileName: string; size: number; sha256: string }[];
  method: {
    domainWeights: { title: string; weight: number }[];
    thresholds: string[];
    matrix: { header: string[]; rows: string[][] };
    knockoutRules: { title: string; rationale: string }[];
  };
  /** The signer, when the report is signed; filled in by the Node side. */
  signature?: { signer: string; organisation?: string; fingerprint: string; signedAt: string };
}

export interface ReportDomain {
  title: string;
  weight: number;
  score: number | null;
  conservativeScore: number | null;
  counts: { applicable: number; answered: number; notApplicable: number; unanswered: number };
  /** E.g. "Data residency lost 14.0 points: 3.4 −6.0, 3.7 −5.0". */
  explanation: string;
  sections: {
    title: string;
    questions: {
      number: string;
      text: string;
      answer: string;
      /** 0..100 for scored answered questions, else null. */
      score: number | null;
      status: 'answered' | 'na' | 'unanswered' | 'notApplicable';
      note?: string;
      evidence: string[];
    }[];
  }[];
}

export interface ReportFinding {
  number: string;
  title: string;
  kind: string;
  severity: Severity;
  severityLabel: string;
  remediation: string;
  owner?: string;
  dueDate?: string;
  status?: string;
}

/** Static texts of the report, in the report's language. */
export interface ReportLabels {
  executiveSummary: string;
  vendor: string;
  service: string;
  decision: string;
  overrideReason: string;
  provisional: string;
  overallRating: string;
  conservativeRating: string;
  inherentRisk: string;
  residualRisk: string;
  controlStrength: string;
  knockouts: string;
  noKnockouts: string;
  topRisks: string;
  noRisks: string;
  domainScores: string;
  certifications: string;
  assessor: string;
  date: string;
  questionnaire: string;
  completion: string;
  contents: string;
  domainDetails: string;
  answers: string;
  note: string;
  evidence: string;
  findings: string;
  severity: string;
  remediation: string;
  owner: string;
  due: string;
  status: string;
  certificationRecords: string;
  evidenceIndex: string;
  fileName: string;
  size: string;
  sha256: string;
  method: string;
  weights: string;
  matrix: string;
  knockoutRules: string;
  page: string;
  of: string;
  signedBy: string;
  fingerprint: string;
  signedAt: string;
  unsigned: string;
  notAnswered: string;
  notApplicable: string;
  score: string;
  question: string;
  issuer: string;
  validUntil: string;
  certificateId: string;
  scope: string;
  confidential: string;
}
