// Runs inside the app page: seeds vendors and assessments for the comparison screen
// through the real repository layer into the app's own IndexedDB.
import '../../../renderer/src/app/zod-config';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import type { Answer } from '@shared/questionnaire/answers';
import type { ServiceProfile } from '@shared/questionnaire/profile';
import type { DomainId, Question } from '@shared/questionnaire/schema';
import { createAssessmentRepository } from '../../../renderer/src/db/assessments';
import { AssayDatabase } from '../../../renderer/src/db/database';
import { createVendorRepository } from '../../../renderer/src/db/vendors';
import { summaryOf } from '../../../renderer/src/db/assessment-summary';

/** The service profile the seeded assessments share. */
export const SEED_PROFILE: ServiceProfile = {
  dataCategories: ['personal'],
  aiAutonomy: 'assistive',
  criticality: 'medium',
  regulatoryScope: ['gdpr'],
  sector: 'retail',
  requiresEuResidency: false,
};

type YesNo = 'yes' | 'partial' | 'no';

/**
 * One yes/no question per domain, so each domain score is 100, 50 or 0:
 * it applies to every profile, no knock-out rule reads it, and it scores yes 1 / partly 0.5 / no 0.
 */
function plainYesNo(domainId: DomainId): Question {
  const rules = JSON.stringify(builtInQuestionnaire.knockouts);
  const domain = builtInQuestionnaire.domains.find((d) => d.id === domainId)!;
  const question = domain.sections
    .flatMap((s) => s.questions)
    .find(
      (q) =>
        q.answer.type === 'yesNo' &&
        !q.appliesWhen &&
        q.weight > 0 &&
        !rules.includes(`"${q.id}"`) &&
        q.answer.scores.yes === 1 &&
        q.answer.scores.partial === 0.5 &&
        q.answer.scores.no === 0,
    );
  if (!question) throw new Error(`no plain yes/no question in ${domainId}`);
  return question;
}

function firstText(domainId: DomainId): Question {
  const domain = builtInQuestionnaire.domains.find((d) => d.id === domainId)!;
  return domain.sections.flatMap((s) => s.questions).find((q) => q.answer.type === 'text' && !q.appliesWhen)!;
}

const order: DomainId[] = ['security', 'aiEthics', 'dataResidency', 'resilience', 'governance'];

//                        security   aiEthics   dataResidency resilience governance
const plan: { name: string; scores: YesNo[]; regions: string }[] = [
  { name: 'Talkdesk', scores: ['yes', 'yes', 'yes', 'no', 'partial'], regions: 'EU (Frankfurt, Dublin)' },
  { name: 'Genesys', scores: ['partial', 'partial', 'partial', 'partial', 'yes'], regions: 'EU (Frankfurt, Dublin)' },
  { name: 'Five9', scores: ['partial', 'partial', 'no', 'yes', 'yes'], regions: 'EU and US' },
];

export async function seedComparison() {
  const db = new AssayDatabase();
  const vendors = createVendorRepository(db);
  const assessments = createAssessmentRepository(db);
  const sameText = firstText('security');
  const differentText = firstText('dataResidency');
  const out: { name: string; assessmentId: string; answers: Record<string, Answer> }[] = [];
  for (const vendor of plan) {
    const row = await vendors.create(vendor.name);
    const assessment = await assessments.create(
      row.id,
      { serviceName: 'Cloud contact centre', assessor: 'Alex Example', assessmentDate: '2026-03-02', profile: SEED_PROFILE },
      builtInQuestionnaire,
    );
    const answers: Record<string, Answer> = {};
    order.forEach((domainId, i) => (answers[plainYesNo(domainId).id] = { status: 'answered', value: vendor.scores[i]! }));
    answers[sameText.id] = { status: 'answered', value: 'No notifiable incidents in the last three years.' };
    answers[differentText.id] = { status: 'answered', value: vendor.regions };
    for (const [questionId, answer] of Object.entries(answers)) await assessments.saveAnswer(assessment.id, questionId, answer);
    out.push({ name: vendor.name, assessmentId: assessment.id, answers });
  }
  db.close();
  return out;
}

/** The sample vendors of the comparison fixture (real bank, graded answers), `count` of them. */
export async function seedSampleVendors(count: number): Promise<string[]> {
  const { sampleEntries, SAMPLE_PROFILE } = await import('../../fixtures/sample-comparison');
  const db = new AssayDatabase();
  const vendors = createVendorRepository(db);
  const assessments = createAssessmentRepository(db);
  const ids: string[] = [];
  for (const entry of sampleEntries(count)) {
    const row = await vendors.create(entry.vendorName);
    const assessment = await assessments.create(
      row.id,
      { serviceName: 'Cloud contact centre with AI agents', assessor: 'Alex Example', assessmentDate: entry.asOf, profile: SAMPLE_PROFILE },
      builtInQuestionnaire,
    );
    for (const [questionId, answer] of Object.entries(entry.answers)) await assessments.saveAnswer(assessment.id, questionId, answer);
    ids.push(assessment.id);
  }
  db.close();
  return ids;
}

/**
 * Three sample vendors; the first leaves governance unanswered and is finalised with the recommendation
 * its own (default) weights give it, the others stay drafts. Returns each vendor's name, id and status.
 */
export async function seedFinalisedComparison(): Promise<{ name: string; assessmentId: string; status: 'draft' | 'final'; recommendation?: string }[]> {
  const { sampleEntries, SAMPLE_PROFILE } = await import('../../fixtures/sample-comparison');
  const { scoreAssessment } = await import('@shared/scoring/engine');
  const governance = new Set(builtInQuestionnaire.domains.find((d) => d.id === 'governance')!.sections.flatMap((s) => s.questions.map((q) => q.id)));
  const db = new AssayDatabase();
  const vendors = createVendorRepository(db);
  const assessments = createAssessmentRepository(db);
  const out: { name: string; assessmentId: string; status: 'draft' | 'final'; recommendation?: string }[] = [];
  for (const [index, entry] of sampleEntries(3).entries()) {
    const finalised = index === 0;
    const answers = finalised ? Object.fromEntries(Object.entries(entry.answers).filter(([id]) => !governance.has(id))) : entry.answers;
    const row = await vendors.create(entry.vendorName);
    const assessment = await assessments.create(
      row.id,
      { serviceName: 'Cloud contact centre with AI agents', assessor: 'Alex Example', assessmentDate: entry.asOf, profile: SAMPLE_PROFILE },
      builtInQuestionnaire,
    );
    for (const [questionId, answer] of Object.entries(answers)) await assessments.saveAnswer(assessment.id, questionId, answer);
    if (!finalised) {
      out.push({ name: entry.vendorName, assessmentId: assessment.id, status: 'draft' });
      continue;
    }
    const result = scoreAssessment({
      questionnaire: builtInQuestionnaire,
      profile: SAMPLE_PROFILE,
      answers,
      asOf: entry.asOf,
      domainWeights: assessment.domainWeights,
    });
    await assessments.finalise(assessment.id, summaryOf(result, builtInQuestionnaire, []));
    out.push({ name: entry.vendorName, assessmentId: assessment.id, status: 'final', recommendation: result.recommendation.final });
  }
  db.close();
  return out;
}
