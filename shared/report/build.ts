import type { FindingStatus, ManualFinding, RiskAcceptance } from '../domain/assessment';
import { interpolate, messages, type Language } from '../i18n';
import { formatterFor } from '../i18n/format';
import { answerValueText } from '../questionnaire/answer-text';
import type { Answer } from '../questionnaire/answers';
import { certificationDateFacts } from '../questionnaire/certification-text';
import type { Question, Questionnaire } from '../questionnaire/schema';
import type { RecommendationOverride, ScoringResult } from '../scoring/engine';
import { certificationRows } from '../scoring/certifications';
import { BRIDGE_LETTER_MONTHS, DEFAULT_REPORT_VALIDITY_MONTHS } from '../scoring/current-until';
import { shownPoints, shownScore } from '../scoring/figures';
import { acceptanceExpired, approvalConditions, assessmentFindings, topRisks, type ListedFinding } from '../scoring/finding-list';
import { controlStrengths, RESIDUAL_RISK_MATRIX, riskTiers, type INHERENT_RISK_POINTS, type RiskFactorId } from '../scoring/risk';
import { shownRecommendation } from '../scoring/shown-recommendation';
import type { Finding } from '../scoring/types';
import type { ReportFinding, ReportModel } from './model';
import { questionsById } from '../questionnaire/questions';
import { sameAnswer } from '../response-pack/same-answer';
import type { AnswerSource } from '../response-pack/source';

export interface ReportInput {
  language: Language;
  /** ISO timestamp of generation, from the caller's clock. */
  generatedAt: string;
  vendor: { name: string; website?: string; services: string[] };
  assessment: {
    id: string;
    serviceName: string;
    assessor: string;
    assessmentDate: string;
    status: 'draft' | 'final';
    revision: number;
    finalisedAt?: string;
    override?: RecommendationOverride;
  };
  questionnaire: Questionnaire;
  result: ScoringResult;
  answers: Readonly<Record<string, { answer: Answer | null; note?: string; source?: AnswerSource }>>;
  evidence: { questionId: string; fileName: string; size: number; sha256: string }[];
  tracking: { findingId: string; owner?: string; dueDate?: string; status: FindingStatus; manual?: ManualFinding; acceptance?: RiskAcceptance }[];
  expiryWindowDays: number;
  /** A finalised assessment's history: how many entries, and the hash of the last (made at finalising). */
  history?: { entries: number; head: string };
}

/** A label for every value of every inherent-risk factor group: strings that lack one do not compile. */
type FactorLabels = { readonly [G in keyof typeof INHERENT_RISK_POINTS]: Readonly<Record<keyof (typeof INHERENT_RISK_POINTS)[G], string>> };

/** The label of a factor such as `dataCategories.payment`: its value's string within its group. */
function factorLabel(labels: FactorLabels, factor: RiskFactorId): string {
  for (const [group, values] of Object.entries(labels)) {
    for (const [value, label] of Object.entries(values)) if (`${group}.${value}` === factor) return label;
  }
  return factor;
}

/**
 * Builds the report model from an assessment and its scoring result. Pure: the
 * same input gives the same model; every text is resolved in `language`.
 */
export function buildReportModel(input: ReportInput): ReportModel {
  const { language, result, questionnaire } = input;
  const m = messages[language];
  const r = m.report;
  const text = (value: { de: string; en: string }) => value[language];
  const format = formatterFor(language, { timeZone: 'UTC' });
  const date = format.date;
  const number = (value: number, digits = 1) => format.number(value, digits);
  const questions = questionsById(questionnaire);
  const byResult = new Map(result.questions.map((q) => [q.id, q]));
  const evidenceByQuestion = new Map<string, string[]>();
  for (const e of input.evidence) evidenceByQuestion.set(e.questionId, [...(evidenceByQuestion.get(e.questionId) ?? []), e.fileName]);
  const tracking = new Map(input.tracking.map((t) => [t.findingId, t]));
  /** The day the report speaks of: acceptances that ran out before it count as open again. */
  const asOf = input.generatedAt.slice(0, 10);

  /** Whose words an answer is when the vendor gave it, and what the assessor made of it. */
  function sourceText(question: Question, answer: Answer | null | undefined, source: AnswerSource): string {
    const s = r.answerSource;
    const values = { file: source.fileName, date: date(source.importedAt) };
    const origin = source.kind === 'caiq' ? interpolate(s.caiq, { ...values, ids: source.caiqIds.join(', ') }) : interpolate(s.vendorResponse, values);
    const review =
      !answer || !sameAnswer(answer, source.vendorAnswer)
        ? interpolate(s.overridden, { answer: answerText(question, source.vendorAnswer) })
        : source.confirmedAt
          ? s.confirmed
          : s.unconfirmed;
    return `${origin}; ${review}`;
  }

  function answerText(question: Question, answer: Answer | null | undefined): string {
    if (!answer) return r.labels.notAnswered;
    if (answer.status === 'na') return r.labels.notApplicable;
    return answerValueText(question, answer.value, language, (record) => {
      if (record.held === 'no') return r.answerNotHeld;
      if (record.held === 'inProgress') return r.answerInProgress;
      const parts = [
        r.answerHeld,
        record.certificateId && `${r.labels.certificateId} ${record.certificateId}`,
        record.issuer && `${r.labels.issuer}: ${record.issuer}`,
        ...(question.answer.type === 'certification' ? certificationDateFacts(question.answer, record, language) : []),
        record.scopeCoversService === false && r.scopeMissesService,
      ];
      return parts.filter(Boolean).join(' · ');
    });
  }

  function reportFinding(finding: Finding): ReportFinding {
    const question = questions.get(finding.questionId)!;
    const t = tracking.get(finding.id);
    return {
      number: finding.number,
      title: text(question.text),
      kind: m.findings.kind[finding.kind],
      severity: finding.severity,
      severityLabel: m.risk.severity[finding.severity],
      remediation: text(finding.remediation),
      owner: t?.owner,
      dueDate: t?.dueDate && date(t.dueDate),
      status: statusText(t),
    };
  }

  /** A finding's status on the day the report is made: an acceptance that has run out leaves it open again, and says so. */
  function statusText(t: ReportInput['tracking'][number] | undefined): string {
    if (t?.acceptance && acceptanceExpired(t, asOf)) return interpolate(r.acceptanceExpired, { date: date(t.acceptance.until) });
    return m.findings.status[t?.status ?? 'open'];
  }

  function manualFinding(t: ReportInput['tracking'][number] & { manual: ManualFinding }): ReportFinding {
    return {
      number: '—',
      title: t.manual.title,
      kind: m.findings.kind.manual,
      severity: t.manual.severity,
      severityLabel: m.risk.severity[t.manual.severity],
      remediation: t.manual.remediation,
      owner: t.owner,
      dueDate: t.dueDate && date(t.dueDate),
      status: statusText(t),
    };
  }

  const listed = assessmentFindings(result.findings, input.tracking);
  const listedFinding = (entry: ListedFinding<ReportInput['tracking'][number]>): ReportFinding =>
    entry.source === 'scored' ? reportFinding(entry.finding) : manualFinding({ ...entry.tracking, manual: entry.manual });
  const conditions =
    result.recommendation.final === 'approveWithConditions'
      ? approvalConditions(listed, result.questions).map((entry) => {
          const f = listedFinding(entry);
          return { number: f.number, title: f.title, severity: f.severity, severityLabel: f.severityLabel };
        })
      : undefined;

  const accepted = listed.flatMap((entry) => {
    const acceptance = entry.tracking?.status === 'accepted' ? entry.tracking.acceptance : undefined;
    if (!acceptance) return [];
    const f = listedFinding(entry);
    return [
      {
        number: f.number,
        title: f.title,
        severity: f.severity,
        severityLabel: f.severityLabel,
        approver: `${acceptance.approver} (${acceptance.approverRole})`,
        until: date(acceptance.until),
        justification: acceptance.justification,
        control: acceptance.control,
        expired: acceptanceExpired(entry.tracking, asOf),
      },
    ];
  });

  // Page 1 names the high and critical risks accepted and still in force.
  const serious = accepted
    .filter((a) => !a.expired && (a.severity === 'high' || a.severity === 'critical'))
    .map((a) => interpolate(r.acceptedItem, { number: a.number, severity: a.severityLabel, date: a.until, approver: a.approver }));
  const domains = questionnaire.domains.map((domain, i) => {
    const d = result.domains[i]!;
    const title = text(domain.title);
    const items = d.explanation.map((e) => `${e.number} −${number(shownPoints(e.points))}`).join(', ');
    let explanation =
      d.score === null
        ? interpolate(r.explanationNone, { domain: title })
        : d.lost <= 0.05
          ? interpolate(r.explanationFull, { domain: title })
          : interpolate(r.explanation, { domain: title, points: number(shownPoints(d.lost)), items });
    if (d.atStake > 0.05) explanation += interpolate(r.atStake, { points: number(shownPoints(d.atStake)), count: d.counts.unanswered });
    return {
      title,
      weight: d.weight,
      score: shownScore(d.score),
      conservativeScore: shownScore(d.conservativeScore),
      counts: d.counts,
      explanation,
      sections: domain.sections.map((section) => ({
        title: text(section.title),
        questions: section.questions.map((question) => {
          const q = byResult.get(question.id)!;
          const stored = input.answers[question.id];
          return {
            number: q.number,
            text: text(question.text),
            answer: q.status === 'notApplicable' ? r.labels.notApplicable : answerText(question, stored?.answer),
            score: q.score === null ? null : shownScore(100 * q.score),
            status: q.status,
            ...(stored?.note ? { note: stored.note } : {}),
            ...(stored?.source && q.status !== 'notApplicable' ? { source: sourceText(question, stored.answer, stored.source) } : {}),
            evidence: evidenceByQuestion.get(question.id) ?? [],
          };
        }),
      })),
    };
  });

  const certifications = certificationRows(result, questionnaire).map((row) => ({
    number: row.number,
    name: row.name,
    status: row.status,
    statusLabel: r.certStatus[row.status],
    certificateId: row.record?.certificateId,
    issuer: row.record?.issuer,
    scope: row.record?.scope,
    validUntil: row.validUntil && date(row.validUntil),
  }));

  const override = input.assessment.override;
  const vendorName = input.vendor.name;
  return {
    schemaVersion: 1,
    language,
    generatedAt: input.generatedAt,
    title: interpolate(r.title, { vendor: vendorName }),
    subtitle: interpolate(r.subtitle, { service: input.assessment.serviceName, questionnaire: text(questionnaire.title), version: questionnaire.version }),
    labels: r.labels,
    vendor: { name: vendorName, ...(input.vendor.website ? { website: input.vendor.website } : {}), services: input.vendor.services },
    assessment: {
      id: input.assessment.id,
      serviceName: input.assessment.serviceName,
      assessor: input.assessment.assessor,
      assessmentDate: date(input.assessment.assessmentDate),
      status: input.assessment.status,
      statusLabel: m.assessment.state[input.assessment.status],
      revision: input.assessment.revision,
      ...(input.assessment.finalisedAt ? { finalisedAt: date(input.assessment.finalisedAt) } : {}),
      ...(input.history
        ? {
            history: {
              ...input.history,
              label: r.history.label,
              text: interpolate(r.history.text, { count: input.history.entries, head: input.history.head }),
            },
          }
        : {}),
      questionnaire: { id: questionnaire.id, version: questionnaire.version, title: text(questionnaire.title) },
    },
    decision: {
      recommendation: shownRecommendation(result.overall.score, result.recommendation.final),
      label: m.risk.recommendation[shownRecommendation(result.overall.score, result.recommendation.final)],
      derivedLabel: m.risk.recommendation[result.recommendation.derived],
      provisional: result.recommendation.provisional,
      ...(override
        ? { override: { label: m.risk.recommendation[override.recommendation], reason: override.reason, by: override.by, at: date(override.at) } }
        : {}),
      ...(conditions
        ? { conditions: { title: r.conditions.title, intro: conditions.length > 0 ? r.conditions.intro : r.conditions.none, items: conditions } }
        : {}),
    },
    scores: {
      overall: shownScore(result.overall.score),
      conservative: shownScore(result.overall.conservativeScore),
      controlStrength: r.controlStrength[result.controlStrength],
      inherentRisk: {
        tier: result.inherentRisk.tier,
        label: m.risk.tier[result.inherentRisk.tier],
        points: result.inherentRisk.points,
        factors: result.inherentRisk.factors.map((f) => ({ label: factorLabel(m.assessment.profile.factor, f.factor), points: f.points })),
      },
      residualRisk: { tier: result.residualRisk, label: m.risk.tier[result.residualRisk] },
      completion: { applicable: result.completion.applicable, answered: result.completion.answered },
    },
    domains,
    knockouts: result.knockouts.map((k) => ({ title: text(k.title), rationale: text(k.rationale), status: k.status, statusLabel: r.knockoutStatus[k.status] })),
    topRisks: topRisks(listed, result.questions).map(listedFinding),
    certifications,
    findings: listed.map(listedFinding),
    ...(accepted.length > 0 ? { acceptedRisks: accepted } : {}),
    ...(serious.length > 0 ? { acceptedSummary: interpolate(r.acceptedSummary, { list: serious.join('; ') }) } : {}),
    evidence: [
      ...input.evidence
        .map((e) => ({ questionNumber: byResult.get(e.questionId)?.number ?? '—', fileName: e.fileName, size: e.size, sha256: e.sha256 }))
        .sort((a, b) => a.questionNumber.localeCompare(b.questionNumber, 'en', { numeric: true }) || a.fileName.localeCompare(b.fileName)),
      ...vendorFiles(input.answers).map((file) => ({ questionNumber: r.labels.vendorFile, ...file })),
    ],
    method: {
      domainWeights: result.domains.map((d, i) => ({ title: text(questionnaire.domains[i]!.title), weight: d.weight })),
      thresholds: [
        r.thresholds.control,
        r.thresholds.weak,
        interpolate(r.thresholds.expiry, { days: input.expiryWindowDays, months: DEFAULT_REPORT_VALIDITY_MONTHS, bridgeMonths: BRIDGE_LETTER_MONTHS }),
        r.thresholds.override,
      ],
      matrix: {
        header: [r.matrixCorner, ...controlStrengths.map((s) => r.controlStrength[s])],
        rows: riskTiers.map((t) => [m.risk.tier[t], ...controlStrengths.map((s) => m.risk.tier[RESIDUAL_RISK_MATRIX[t][s]])]),
      },
      knockoutRules: questionnaire.knockouts.map((k) => ({ title: text(k.title), rationale: text(k.rationale) })),
    },
  };
}

/** A file name for the report: "Assessment Genesys Cloud 2026-11-25.pdf". */
export function reportFileName(language: Language, vendor: string, assessmentDate: string): string {
  const stem = interpolate(messages[language].report.fileNameStem, { vendor, date: assessmentDate })
    .replace(/[/\\:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${stem}.pdf`;
}

/** The files the vendor's answers came from, once each, in the order first imported. */
function vendorFiles(answers: ReportInput['answers']): { fileName: string; size: number; sha256: string }[] {
  const files = new Map<string, { fileName: string; size: number; sha256: string; importedAt: string }>();
  for (const { source } of Object.values(answers)) {
    if (source && !files.has(source.sha256))
      files.set(source.sha256, { fileName: source.fileName, size: source.size ?? 0, sha256: source.sha256, importedAt: source.importedAt });
  }
  return [...files.values()].sort((a, b) => a.importedAt.localeCompare(b.importedAt)).map(({ importedAt: _at, ...file }) => file);
}
