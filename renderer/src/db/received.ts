import { assessmentWeightsSchema, weighsOnlyItsDomains } from '@shared/domain/assessment';
import { vendorNameKey } from '@shared/domain/vendor';
import { answerSchema, type Answer } from '@shared/questionnaire/answers';
import type { AnswerSource } from '@shared/response-pack/source';
import { builtInCatalog, type QuestionnaireCatalog } from './questionnaires';

import { assessmentExportSchema, type AssessmentExport } from '@shared/report/assessment-export';
import type { AnswerRow, AssayDatabase, AssessmentRow, FindingRow, VendorRow } from './database';
import { RepositoryError } from './errors';
import { VENDOR_SERVICE_MAX, VENDOR_SERVICES_MAX, vendorWebsiteSchema } from '@shared/domain/vendor-details';
import type { RepositoryDeps } from './vendors';
import { questionsById } from '@shared/questionnaire/questions';

const defaultDeps: RepositoryDeps = { now: () => new Date(), newId: () => crypto.randomUUID() };

export interface ReceivedImport {
  assessmentId: string;
  vendorId: string;
  /** Evidence the report lists by name and checksum only: it cannot be recreated. */
  skippedEvidence: number;
}

/** Services of a vendor created from a report: trimmed, without blanks or duplicates, within the vendor limits. */
function cleanServices(services: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of services) {
    const service = raw.trim().replace(/\s+/g, ' ');
    const key = service.toLocaleLowerCase();
    if (!service || service.length > VENDOR_SERVICE_MAX || seen.has(key)) continue;
    seen.add(key);
    result.push(service);
    if (result.length === VENDOR_SERVICES_MAX) break;
  }
  return result;
}

/**
 * Stores an assessment received in a signed report as a new, final (read-only)
 * assessment, under the vendor of the same name (created if missing). Everything
 * is checked first and written in one transaction: a refusal writes nothing.
 * Evidence cannot be recreated (the report carries no content) and is counted instead.
 */
export async function importReceivedAssessment(
  db: AssayDatabase,
  data: AssessmentExport,
  deps: RepositoryDeps = defaultDeps,
  catalog: QuestionnaireCatalog = builtInCatalog,
): Promise<ReceivedImport> {
  const parsed = assessmentExportSchema.safeParse(data);
  if (!parsed.success) throw new RepositoryError('invalid', 'verify.attachment.invalid');
  const { vendor, assessment, answers, evidence, findings } = parsed.data;

  const questionnaire = await catalog.of(assessment);
  const questions = questionsById(questionnaire);

  const weights = assessmentWeightsSchema.safeParse(assessment.domainWeights);
  if (!weights.success || !weighsOnlyItsDomains(questionnaire, weights.data)) throw new RepositoryError('invalid', 'verify.attachment.invalid');

  const checkedAnswers: { questionId: string; answer: Answer | null; note?: string; source?: AnswerSource }[] = [];
  const answered = new Set<string>();
  for (const row of answers) {
    const question = questions.get(row.questionId);
    if (!question) throw new RepositoryError('invalid', 'assessment.errors.unknownQuestion', { id: row.questionId });
    if (answered.has(row.questionId)) throw new RepositoryError('invalid', 'verify.attachment.invalid');
    answered.add(row.questionId);
    let answer: Answer | null = null;
    if (row.answer !== null && row.answer !== undefined) {
      const result = answerSchema(question).safeParse(row.answer);
      if (!result.success) throw new RepositoryError('invalid', 'assessment.errors.invalidAnswer', { id: row.questionId });
      answer = result.data;
    }
    const note = row.note?.trim();
    if (answer === null && !note) continue;
    // A source whose answer does not fit the question says nothing trustworthy, and is left out.
    const source = row.source && answerSchema(question).safeParse(row.source.vendorAnswer).success ? (row.source as AnswerSource) : undefined;
    checkedAnswers.push({ questionId: row.questionId, answer, ...(note ? { note } : {}), ...(source ? { source } : {}) });
  }

  const findingIds = new Set<string>();
  for (const finding of findings) {
    if (findingIds.has(finding.findingId)) throw new RepositoryError('invalid', 'verify.attachment.invalid');
    findingIds.add(finding.findingId);
  }

  const name = vendor.name.trim().replace(/\s+/g, ' ');
  const nameKey = vendorNameKey(name);
  const website = vendor.website ? vendorWebsiteSchema.safeParse(vendor.website) : undefined;

  return db.transaction('rw', [db.vendors, db.assessments, db.answers, db.findings], async () => {
    const at = deps.now().toISOString();
    let vendorRow = await db.vendors.where('nameKey').equals(nameKey).first();
    if (!vendorRow) {
      const created: VendorRow = {
        id: deps.newId(),
        name,
        nameKey,
        ...(website?.success && website.data ? { website: website.data } : {}),
        contacts: [],
        services: cleanServices(vendor.services),
        createdAt: at,
        updatedAt: at,
      };
      await db.vendors.add(created);
      vendorRow = created;
    }

    const assessmentId = deps.newId();
    const row: AssessmentRow = {
      id: assessmentId,
      vendorId: vendorRow.id,
      serviceName: assessment.serviceName,
      assessor: assessment.assessor,
      assessmentDate: assessment.assessmentDate,
      profile: assessment.profile,
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
      // Received assessments are read-only: only a revision could change them.
      status: 'final',
      revision: assessment.revision,
      domainWeights: weights.data,
      ...(assessment.override ? { override: assessment.override } : {}),
      ...(assessment.finalisedAt ? { finalisedAt: assessment.finalisedAt } : {}),
      createdAt: at,
      updatedAt: at,
    };
    await db.assessments.add(row);

    const answerRows: AnswerRow[] = checkedAnswers.map((answer) => ({ assessmentId, ...answer, updatedAt: at }));
    await db.answers.bulkAdd(answerRows);

    const findingRows: FindingRow[] = findings.map(({ findingId, manual, status, owner, dueDate }) => ({
      assessmentId,
      findingId,
      status,
      ...(owner ? { owner } : {}),
      ...(dueDate ? { dueDate } : {}),
      ...(manual ? { manual } : {}),
      updatedAt: at,
    }));
    await db.findings.bulkAdd(findingRows);

    return { assessmentId, vendorId: vendorRow.id, skippedEvidence: evidence.length };
  });
}
