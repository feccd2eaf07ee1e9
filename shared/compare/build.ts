import { interpolate, messages, type Language } from '../i18n';
import { formatDate } from '../questionnaire/answer-text';
import type { Questionnaire } from '../questionnaire/schema';
import { certificationRows, type CertificationRow } from '../scoring/certifications';
import { shownScore } from '../scoring/figures';
import { openFindingCounts, type FindingTrackingRow } from '../scoring/open-findings';
import { shownRecommendation } from '../scoring/shown-recommendation';
import type { ComparisonModel } from './model';
import { weightOf, type Ranking } from './rank';
import { answerColumnsInRankOrder, formatRobustness, type SideBySideAnswers } from './text';
import { rankingRobustness } from './robustness';

/** What the comparison shows of each assessment beyond its score. */
export interface ComparisonSubjectFacts {
  id: string;
  serviceName: string;
  /** YYYY-MM-DD. */
  assessmentDate: string;
  status: 'draft' | 'final';
  tracking: readonly FindingTrackingRow[];
}

export interface ComparisonInput {
  language: Language;
  /** ISO timestamp of generation, from the caller's clock. */
  generatedAt: string;
  questionnaire: Questionnaire;
  ranking: Ranking;
  subjects: readonly ComparisonSubjectFacts[];
  /** compareAnswers' rows, with the subject id behind each answer column. */
  answers: SideBySideAnswers;
  /** Name of the preset or saved profile the weights match; custom weights when absent. */
  weightProfile?: string;
}

/** Certification rows of every ranked vendor, matched by question, in questionnaire order. */
export function certificationMatrix(
  ranking: Ranking,
  questionnaire: Questionnaire,
): { questionId: string; name: string; cells: (CertificationRow | undefined)[] }[] {
  const perVendor = ranking.entries.map((e) => new Map(certificationRows(e.result, questionnaire).map((row) => [row.questionId, row])));
  const first = ranking.entries[0] ? certificationRows(ranking.entries[0].result, questionnaire) : [];
  return first.map((row) => ({ questionId: row.questionId, name: row.name, cells: perVendor.map((rows) => rows.get(row.questionId)) }));
}

/**
 * The comparison as a document model, every column in rank order. Pure: the same
 * input gives the same model; every text is resolved in `language`.
 */
export function buildComparisonModel(input: ComparisonInput): ComparisonModel {
  const { language, ranking, questionnaire } = input;
  const m = messages[language];
  const doc = m.compareExport;
  const facts = new Map(input.subjects.map((s) => [s.id, s]));
  const factsOf = (id: string) => {
    const found = facts.get(id);
    if (!found) throw new Error(`buildComparisonModel: no facts for ${id}`);
    return found;
  };
  const columns = answerColumnsInRankOrder(ranking, input.answers.subjectIds);
  const robustness = rankingRobustness(ranking);

  return {
    schemaVersion: 1,
    language,
    generatedAt: input.generatedAt,
    title: doc.title,
    subtitle: interpolate(doc.subtitle, { count: ranking.entries.length, questionnaire: questionnaire.title[language], version: questionnaire.version }),
    labels: doc.labels,
    questionnaire: { id: questionnaire.id, version: questionnaire.version, title: questionnaire.title[language] },
    weightProfile: input.weightProfile ?? doc.customWeights,
    domains: questionnaire.domains.map((d) => ({ id: d.id, title: d.title[language], weight: weightOf(ranking.weights, d) })),
    vendors: ranking.entries.map((e) => {
      const subject = factsOf(e.id);
      return {
        rank: e.rank,
        name: e.vendorName,
        assessmentId: e.id,
        serviceName: subject.serviceName,
        assessmentDate: formatDate(subject.assessmentDate, language),
        status: subject.status,
        statusLabel: m.compare.select.status[subject.status],
        overall: shownScore(e.score),
        conservative: shownScore(e.conservativeScore),
        recommendation: shownRecommendation(e.decisionScore, e.recommendation),
        recommendationLabel: m.risk.recommendation[shownRecommendation(e.decisionScore, e.recommendation)],
        recommendationBasis: e.recommendationBasis,
        provisional: e.provisional,
        residualRisk: { tier: e.residualRisk, label: m.risk.tier[e.residualRisk] },
        knockouts: e.knockouts.map((k) => k.title[language]),
        domainScores: questionnaire.domains.map((d) => shownScore(e.domains.find((x) => x.id === d.id)?.score)),
        findings: openFindingCounts(e.result.findings, subject.tracking, input.generatedAt.slice(0, 10)),
      };
    }),
    ...(robustness ? { robustness: formatRobustness(robustness, questionnaire, language) } : {}),
    certifications: certificationMatrix(ranking, questionnaire).map((row) => ({
      name: row.name,
      cells: row.cells.map((cell) => {
        const status = cell?.status ?? 'notApplicable';
        return { status, label: m.report.certStatus[status], ...(cell?.validUntil ? { validUntil: formatDate(cell.validUntil, language) } : {}) };
      }),
    })),
    answers: questionnaire.domains
      .map((d) => ({
        domain: d.title[language],
        rows: input.answers.rows
          .filter((row) => row.domainId === d.id)
          .map((row) => ({ number: row.number, text: row.text, answers: columns.map((i) => row.answers[i]!), differs: row.differs })),
      }))
      .filter((group) => group.rows.length > 0),
  };
}

/** "2026-03-02": the local calendar date of `now`. */
export function localDateStamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "Vendor comparison 2026-03-02.pdf". */
export function comparisonFileName(now: Date, language: Language, extension: 'pdf' | 'xlsx'): string {
  return `${interpolate(messages[language].compareExport.fileName, { date: localDateStamp(now) })}.${extension}`;
}
