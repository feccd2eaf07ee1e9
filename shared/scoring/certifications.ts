import type { CertificationRecord } from '../questionnaire/answers';
import type { Question, Questionnaire } from '../questionnaire/schema';
import type { CertificationStatus } from './answer-score';
import type { ScoringResult } from './engine';
import { questionsById } from '../questionnaire/questions';

/** Short names for certification questions, where the question text is too long for a table. */
const CERTIFICATION_NAMES: Readonly<Record<string, string>> = {
  'SEC-ISO27001': 'ISO/IEC 27001',
  'SEC-SOC2T2': 'SOC 2 Type II',
  'SEC-C5': 'BSI C5',
  'SEC-IRAP': 'IRAP',
  'SEC-ENS': 'ENS (categoría ALTA)',
  'SEC-ISO27017': 'ISO/IEC 27017',
  'SEC-ISO27018': 'ISO/IEC 27018',
  'SEC-ISO27701': 'ISO/IEC 27701',
  'SEC-PCIDSS': 'PCI DSS',
  'SEC-CSASTAR': 'CSA STAR',
  'AIE-ISO42001': 'ISO/IEC 42001',
};

/** The table name of a certification question: its short name, else the framework it references. */
export function certificationName(question: Question): string {
  return CERTIFICATION_NAMES[question.id] ?? question.references[0]?.framework ?? question.id;
}

export type CertificationRowStatus = CertificationStatus | 'unanswered' | 'notApplicable';

export interface CertificationRow {
  questionId: string;
  /** Display number, e.g. "1.3". */
  number: string;
  name: string;
  status: CertificationRowStatus;
  /** Last day the certificate or report counts as current (YYYY-MM-DD), by currentUntil(); shown as "current until". */
  validUntil?: string;
  /** What the certificate or report states, as its schema reads it. */
  record?: CertificationRecord;
}

/** Every certification question of a scored assessment, in questionnaire order, with its state. */
export function certificationRows(result: ScoringResult, questionnaire: Questionnaire): CertificationRow[] {
  const questions = questionsById(questionnaire);
  const rows: CertificationRow[] = [];
  for (const q of result.questions) {
    const question = questions.get(q.id);
    if (!question || question.answer.type !== 'certification') continue;
    const status: CertificationRowStatus =
      q.status === 'notApplicable' || q.status === 'na' ? 'notApplicable' : q.status === 'unanswered' ? 'unanswered' : q.certification!.status;
    rows.push({
      questionId: q.id,
      number: q.number,
      name: certificationName(question),
      status,
      ...(q.certification?.validUntil ? { validUntil: q.certification.validUntil } : {}),
      ...(q.status === 'answered' ? { record: q.value as CertificationRecord } : {}),
    });
  }
  return rows;
}
