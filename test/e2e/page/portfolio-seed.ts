// Runs inside the app page: seeds vendors, assessments, finding tracking and finalised
// summaries for the portfolio dashboard through the real repository layer into the
// app's own IndexedDB. Summaries are written by the app's own summaryOf().
import '../../../renderer/src/app/zod-config';
import type { FindingStatus } from '@shared/domain/assessment';
import { profiles, type VendorPlan } from './portfolio-plans';
import type { Answer, CertificationRecord } from '@shared/questionnaire/answers';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { matchesProfile } from '@shared/questionnaire/profile';
import type { Question } from '@shared/questionnaire/schema';
import { addMonths, localDate } from '@shared/calendar';
import { scoreAssessment } from '@shared/scoring/engine';
import { summaryOf } from '../../../renderer/src/db/assessment-summary';
import { answerMap, createAssessmentRepository } from '../../../renderer/src/db/assessments';
import { AssayDatabase, type AssessmentSummary } from '../../../renderer/src/db/database';
import { createPortfolioRepository } from '../../../renderer/src/db/portfolio';
import { createVendorRepository } from '../../../renderer/src/db/vendors';
import { vendorNameKey } from '@shared/domain/vendor';

const questions: Question[] = builtInQuestionnaire.domains.flatMap((d) => d.sections.flatMap((s) => s.questions));

/** Unspecified certifications are held until far beyond the dashboard's year. */
const FAR_VALID_UNTIL = '2029-12-31';

function bestValue(question: Question, asOf: string): unknown {
  const spec = question.answer;
  switch (spec.type) {
    case 'yesNo':
      return (['yes', 'partial', 'no'] as const).reduce((best, key) => (spec.scores[key] > spec.scores[best] ? key : best), 'yes' as 'yes' | 'partial' | 'no');
    case 'choice':
      return spec.options.reduce((best, option) => (option.score > best.score ? option : best)).id;
    case 'multiChoice': {
      const chosen: string[] = [];
      let sum = 0;
      for (const option of [...spec.options].sort((a, b) => b.score - a.score)) {
        if (sum >= 1 || option.score <= 0) break;
        chosen.push(option.id);
        sum += option.score;
      }
      return chosen.length > 0 ? chosen : [spec.options[0]!.id];
    }
    case 'number': {
      const band = spec.bands.reduce((best, b) => (b.score > best.score ? b : best));
      let value = band.atLeast ?? band.atMost ?? 0;
      if (spec.min !== undefined) value = Math.max(spec.min, value);
      if (spec.max !== undefined) value = Math.min(spec.max, value);
      return value;
    }
    case 'date': {
      const band = spec.ageBands?.reduce((best, b) => (b.score > best.score ? b : best));
      const age = band?.atLeast ?? 0;
      const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
      return new Date(Date.UTC(y, m - 1, d - age)).toISOString().slice(0, 10);
    }
    case 'text':
      return 'Described in the service description and confirmed in the vendor call.';
    case 'certification':
      return undefined;
  }
}

const knockoutIds = JSON.stringify(builtInQuestionnaire.knockouts);

/** The answer scoring 0 of a yes/no or single-choice question, if it has one. */
function worstValue(question: Question): unknown {
  const spec = question.answer;
  if (spec.type === 'yesNo') return spec.scores.no === 0 ? 'no' : undefined;
  if (spec.type === 'choice') return spec.options.find((option) => option.score === 0)?.id;
  return undefined;
}

/** A held certificate expiring on `until`, or a report whose period ends on `until` (issued a month later). */
function certification(question: Question, until: string, asOf: string): CertificationRecord {
  const stated = { held: 'yes', certificateId: `${question.id}-2024`, issuer: 'Accredited auditor' } as const;
  if (question.answer.type === 'certification' && question.answer.kind === 'report') {
    return { ...stated, periodStart: addMonths(until, -12), periodEnd: until, issueDate: addMonths(until, 1) };
  }
  const issueDate = addMonths(asOf, -6);
  return { ...stated, issueDate: issueDate < until ? issueDate : until, validUntil: until };
}

export interface Seeded {
  vendorId: string;
  finalId?: string;
  /** The summary the finalise dialog would write. */
  summary?: AssessmentSummary;
  /** What was stored on finalising (without the portfolio figures for a legacy summary). */
  stored?: { summary: AssessmentSummary; updatedAt: string };
}

/** Fills in one plan: vendors, assessments, answers, tracking, finalisation. Returns vendor ids by name. */
export async function seedPortfolio(plan: VendorPlan[]): Promise<Record<string, Seeded>> {
  const db = new AssayDatabase();
  let clock = new Date('2020-01-01T00:00:00Z');
  const deps = { now: () => clock, newId: () => crypto.randomUUID() };
  const vendors = createVendorRepository(db, deps);
  // A vendor that already exists (e.g. added through the UI) is reused by name.
  const vendorNamed = async (name: string) => {
    const existing = await db.vendors.where('nameKey').equals(vendorNameKey(name)).first();
    return existing ?? (await vendors.create(name));
  };
  const assessments = createAssessmentRepository(db, deps);
  const out: Record<string, Seeded> = {};
  for (const entry of plan) {
    const vendor = await vendorNamed(entry.name);
    out[entry.name] = { vendorId: vendor.id };
    const final = entry.final;
    if (final) {
      const profile = profiles[final.profile];
      clock = new Date(`${final.assessmentDate}T10:00:00Z`);
      const row = await assessments.create(
        vendor.id,
        { serviceName: 'Cloud contact centre', assessor: 'Alex Example', assessmentDate: final.assessmentDate, profile },
        builtInQuestionnaire,
      );
      const applicable = questions.filter((q) => matchesProfile(q.appliesWhen, profile));
      const weak = new Map<string, { status: FindingStatus; value: unknown }>();
      for (const [severity, status] of final.weak ?? []) {
        const question = applicable.find(
          (q) => q.severity === severity && q.weight > 0 && !weak.has(q.id) && !knockoutIds.includes(`"${q.id}"`) && worstValue(q) !== undefined,
        );
        if (!question) throw new Error(`no question of severity ${severity} to answer weakly`);
        weak.set(question.id, { status, value: worstValue(question) });
      }
      let index = 0;
      for (const question of applicable) {
        index += 1;
        let value: unknown;
        if (question.answer.type === 'certification') {
          const until = final.certifications?.[question.id] ?? (question.answer.kind === 'report' ? addMonths(FAR_VALID_UNTIL, -12) : FAR_VALID_UNTIL);
          value = certification(question, until, final.assessmentDate);
        } else if (final.answers === 'certificationsOnly') {
          continue;
        } else if (final.knockout && question.id === 'DAT-TRAINING-USE') {
          value = 'noOptOut';
        } else if (weak.has(question.id)) {
          value = weak.get(question.id)!.value;
        } else if (final.answers === 'poor' && index % 3 !== 0 && !knockoutIds.includes(`"${question.id}"`) && worstValue(question) !== undefined) {
          value = worstValue(question);
        } else {
          value = bestValue(question, final.assessmentDate);
        }
        await assessments.saveAnswer(row.id, question.id, { status: 'answered', value } as Answer);
      }
      for (const [questionId, { status }] of weak) {
        if (status === 'open') continue;
        // An accepted risk is accepted on terms: why, by whom, and until when.
        if (status === 'accepted') {
          const today = localDate(deps.now());
          await assessments.acceptRisk(row.id, `F-${questionId}`, {
            justification: 'Compensated by the contract until the migration.',
            approver: 'Dana Lee',
            approverRole: 'CISO',
            control: 'Quarterly review',
            acceptedOn: today,
            until: addMonths(today, 6),
          });
        } else await assessments.trackFinding(row.id, `F-${questionId}`, { status });
      }
      const stored = (await assessments.get(row.id))!;
      const result = scoreAssessment({
        questionnaire: builtInQuestionnaire,
        profile: stored.profile,
        answers: answerMap(await assessments.answerRows(row.id)),
        domainWeights: stored.domainWeights,
        asOf: stored.assessmentDate,
      });
      const summary = summaryOf(result, builtInQuestionnaire, await assessments.findings(row.id));
      if (final.leaveDraft) {
        out[entry.name] = { vendorId: vendor.id, finalId: row.id, summary };
        continue;
      }
      if (final.legacySummary) {
        const { openFindings: _open, certifications: _certs, ...legacy } = summary;
        await assessments.finalise(row.id, legacy);
      } else {
        await assessments.finalise(row.id, summary);
      }
      const finalised = (await assessments.get(row.id))!;
      out[entry.name] = { vendorId: vendor.id, finalId: row.id, summary, stored: { summary: finalised.summary!, updatedAt: finalised.updatedAt } };
      if (entry.draft) {
        clock = new Date(`${entry.draft.createdAt}T10:00:00Z`);
        await assessments.createRevision(row.id);
      }
    } else if (entry.draft) {
      clock = new Date(`${entry.draft.createdAt}T10:00:00Z`);
      await assessments.create(
        vendor.id,
        { serviceName: 'Cloud contact centre', assessor: 'Alex Example', assessmentDate: entry.draft.createdAt, profile: profiles[entry.draft.profile] },
        builtInQuestionnaire,
      );
    }
  }
  db.close();
  return out;
}

/** The stored summary and last change of an assessment, to check what the dashboard wrote back. */
export async function storedAssessment(assessmentId: string): Promise<{ summary?: AssessmentSummary; updatedAt?: string } | undefined> {
  const db = new AssayDatabase();
  const row = await db.assessments.get(assessmentId);
  db.close();
  return row && { summary: row.summary, updatedAt: row.updatedAt };
}

/** Final assessments the dashboard would still have to work the figures out for. */
export async function missingFigures(): Promise<string[]> {
  const db = new AssayDatabase();
  const { missingFigures: missing } = await createPortfolioRepository(db).read();
  db.close();
  return missing;
}
