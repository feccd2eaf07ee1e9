// Runs inside the app page: seeds assessments through the real repository layer into
// the app's own IndexedDB, for the tests that check one figure reads the same everywhere.
import '../../../renderer/src/app/zod-config';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { scoreAssessment } from '@shared/scoring/engine';
import { answerMap, createAssessmentRepository } from '../../../renderer/src/db/assessments';
import { AssayDatabase } from '../../../renderer/src/db/database';
import { createVendorRepository } from '../../../renderer/src/db/vendors';
import { summaryOf } from '../../../renderer/src/db/assessment-summary';
import { SEED_PROFILE } from './compare-seed';

/** Yes/no questions that apply to every profile and that no knock-out rule reads. */
function plainQuestions(count: number): string[] {
  const rules = JSON.stringify(builtInQuestionnaire.knockouts);
  return builtInQuestionnaire.domains
    .flatMap((d) => d.sections.flatMap((s) => s.questions))
    .filter((q) => q.answer.type === 'yesNo' && !q.appliesWhen && q.weight > 0 && !rules.includes(`"${q.id}"`))
    .slice(0, count)
    .map((q) => q.id);
}

async function answeredAssessment(vendorName: string, answers: Record<string, 'yes' | 'partial' | 'no'>) {
  const db = new AssayDatabase();
  const vendors = createVendorRepository(db);
  const assessments = createAssessmentRepository(db);
  const vendor = await vendors.create(vendorName);
  const assessment = await assessments.create(
    vendor.id,
    { serviceName: 'Cloud contact centre', assessor: 'Alex Example', assessmentDate: '2026-03-02', profile: SEED_PROFILE },
    builtInQuestionnaire,
  );
  for (const [questionId, value] of Object.entries(answers)) await assessments.saveAnswer(assessment.id, questionId, { status: 'answered', value });
  return { db, assessments, vendorId: vendor.id, assessmentId: assessment.id };
}

/** A draft with weak answers and one finding the assessor added. */
export async function seedFindings(): Promise<{ assessmentId: string; manualTitle: string }> {
  const [a, b, c] = plainQuestions(3);
  const { db, assessments, assessmentId } = await answeredAssessment('Five9', { [a!]: 'no', [b!]: 'partial', [c!]: 'no' });
  const manualTitle = 'No named security contact for incidents';
  await assessments.addManualFinding(assessmentId, { title: manualTitle, severity: 'high', remediation: 'Ask for one.' });
  db.close();
  return { assessmentId, manualTitle };
}

/** Revision 1 finalised with its scored summary, and revision 2 started from it as a draft. */
export async function seedRevisedVendor(): Promise<{ vendorId: string; finalId: string; draftId: string }> {
  const ids = plainQuestions(8);
  const { db, assessments, vendorId, assessmentId } = await answeredAssessment(
    'NICE CXone',
    Object.fromEntries(ids.map((id, i) => [id, i % 3 === 0 ? 'partial' : 'yes'])),
  );
  const row = (await assessments.get(assessmentId))!;
  const result = scoreAssessment({
    questionnaire: builtInQuestionnaire,
    profile: row.profile,
    answers: answerMap(await assessments.answerRows(assessmentId)),
    asOf: row.assessmentDate,
  });
  const tracking = await assessments.findings(assessmentId);
  await assessments.finalise(assessmentId, summaryOf(result, builtInQuestionnaire, tracking));
  const draft = await assessments.createRevision(assessmentId);
  db.close();
  return { vendorId, finalId: assessmentId, draftId: draft.id };
}
