import { assessmentWeightsSchema, weighsOnlyItsDomains } from '@shared/domain/assessment';
import { vendorNameKey, VENDOR_NAME_MAX } from '@shared/domain/vendor';
import { vendorWebsiteSchema } from '@shared/domain/vendor-details';
import {
  ASSESSMENTS_FORMAT,
  ASSESSMENTS_SCHEMA_VERSION,
  assessmentsDocumentSchema,
  type AssessmentsDocument,
  type BundleVendor,
} from '@shared/bundle/assessments';
import { canonicalJson } from '@shared/bundle/canonical';
import { answerSchema, type Answer } from '@shared/questionnaire/answers';
import { builtInQuestionnaires, refKey } from '@shared/questionnaire/catalog';
import { questionsById } from '@shared/questionnaire/questions';
import type { Questionnaire } from '@shared/questionnaire/schema';
import { buildAssessmentExport, contentText, findingFields, type AssessmentExport } from '@shared/report/assessment-export';
import { stateItems } from '@shared/audit/items';
import { appendAudit } from './audit';
import type { AnswerSource } from '@shared/response-pack/source';
import { answerMap, sha256Hex } from './assessments';
import { cleanContacts, cleanName, cleanServices, contentHash } from './bundle-content';
import { summaryOf } from './assessment-summary';
import { scoreAssessment } from '@shared/scoring/engine';
import type { AnswerRow, AssayDatabase, AssessmentRow, AssessmentSummary, EvidenceRow, FindingRow, ReceivedMarker, VendorRow } from './database';
import { RepositoryError } from './errors';
import { builtInCatalog, type QuestionnaireCatalog } from './questionnaires';
import type { RepositoryDeps } from './vendors';

/**
 * Assessments handed on by file: collected from the store into a bundle's document with their evidence, and
 * received from a bundle or a signed report. Receiving is worked out first (what is new, what is here already,
 * which vendors exist), shown, and then written in one transaction that works it out again: all or nothing.
 * Received assessments keep a marker of where they came from and stay read-only.
 */

const defaultDeps: RepositoryDeps = { now: () => new Date(), newId: () => crypto.randomUUID() };

const isBuiltIn = (ref: { id: string; version: string }) => builtInQuestionnaires.some((e) => e.id === ref.id && e.version === ref.version);

/** Where received assessments came from, as the marker shows it. */
export interface ReceivedOrigin {
  via: ReceivedMarker['via'];
  fileName: string;
  /** Who made the bundle or report. */
  from: string;
  signer?: string;
  /** When it was made or signed. */
  sentAt: string;
}

export type VendorChoice = 'merge' | 'keepBoth';

export interface PlannedVendor {
  /** The vendor's id in the bundle. */
  key: string;
  name: string;
  /** The vendor here of the same id or name, which the bundle's assessments may join. */
  match?: { id: string; name: string };
  /** Only vendors with assessments to add are written. */
  used: boolean;
}

export interface PlannedAssessment {
  sourceId: string;
  vendorKey: string;
  serviceName: string;
  assessmentDate: string;
  revision: number;
  status: 'draft' | 'final';
  /** new: added; same: this content is here already, nothing to do; differs: here with other content, added beside it. */
  state: 'new' | 'same' | 'differs';
  contentHash: string;
  evidence: number;
}

export interface BundlePlan {
  vendors: PlannedVendor[];
  assessments: PlannedAssessment[];
  /** Questionnaires the bundle brings that are not here yet. */
  questionnaires: { id: string; version: string; title: Questionnaire['title'] }[];
  /** Evidence files the assessments to add bring, by digest, and their bytes. */
  evidence: { files: number; bytes: number };
}

export interface BundleReceipt {
  added: { id: string; vendorId: string; sourceId: string }[];
  /** Assessments whose content is here already, with the one here. */
  present: { id: string; vendorId: string; sourceId: string }[];
  vendorsAdded: number;
}

interface CheckedAssessment {
  sourceId: string;
  vendorKey: string;
  previousId?: string;
  content: AssessmentExport;
  contentText: string;
  contentHash: string;
  weights: Record<string, number>;
  answers: { questionId: string; answer: Answer | null; note?: string; source?: AnswerSource }[];
  /** A final assessment's figures, scored here as finalising would have kept them. */
  summary?: AssessmentSummary;
}

export function createBundleRepository(db: AssayDatabase, deps: RepositoryDeps = defaultDeps, catalog: QuestionnaireCatalog = builtInCatalog) {
  /** One assessment's content held to its questionnaire: answers by the question's schema, weights by its domains. */
  async function check(entry: AssessmentsDocument['assessments'][number], brought: ReadonlyMap<string, Questionnaire>): Promise<CheckedAssessment> {
    const { content } = entry;
    const ref = { id: content.assessment.questionnaireId, version: content.assessment.questionnaireVersion };
    const questionnaire = brought.get(refKey(ref)) ?? (await catalog.load(ref));
    const questions = questionsById(questionnaire);
    const weights = assessmentWeightsSchema.safeParse(content.assessment.domainWeights);
    if (!weights.success || !weighsOnlyItsDomains(questionnaire, weights.data))
      throw new RepositoryError('invalid', 'bundles.errors.weights', { assessment: content.assessment.serviceName });
    if (content.assessment.override && content.assessment.override.reason.trim() === '') throw new RepositoryError('invalid', 'bundles.errors.document');
    const answers: CheckedAssessment['answers'] = [];
    const answered = new Set<string>();
    for (const row of content.answers) {
      const question = questions.get(row.questionId);
      if (!question) throw new RepositoryError('invalid', 'assessment.errors.unknownQuestion', { id: row.questionId });
      if (answered.has(row.questionId)) throw new RepositoryError('invalid', 'bundles.errors.answeredTwice', { id: row.questionId });
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
      answers.push({ questionId: row.questionId, answer, ...(note ? { note } : {}), ...(source ? { source } : {}) });
    }
    const findings = new Set<string>();
    for (const finding of content.findings) {
      if (findings.has(finding.findingId)) throw new RepositoryError('invalid', 'bundles.errors.findingTwice', { id: finding.findingId });
      findings.add(finding.findingId);
    }
    const summary =
      content.assessment.status === 'final'
        ? summaryOf(
            scoreAssessment({
              questionnaire,
              profile: content.assessment.profile,
              answers: answerMap(answers.map((a) => ({ ...a, assessmentId: '', updatedAt: '' }))),
              domainWeights: weights.data,
              asOf: content.assessment.assessmentDate,
              ...(content.assessment.override ? { override: content.assessment.override } : {}),
            }),
            questionnaire,
            content.findings,
          )
        : undefined;
    return {
      ...(summary ? { summary } : {}),
      sourceId: content.assessment.id,
      vendorKey: entry.vendorId,
      ...(entry.previousId ? { previousId: entry.previousId } : {}),
      content,
      contentText: contentText(content),
      contentHash: contentHash(content),
      weights: weights.data,
      answers,
    };
  }

  /** The questionnaires the document brings that are not here, each checked against one here of the same version. */
  async function broughtQuestionnaires(document: AssessmentsDocument): Promise<Map<string, Questionnaire>> {
    const brought = new Map<string, Questionnaire>();
    for (const questionnaire of document.questionnaires) {
      if (isBuiltIn(questionnaire)) continue;
      const here = await db.questionnaires.get([questionnaire.id, questionnaire.version]);
      if (here) {
        if (canonicalJson(here.questionnaire) !== canonicalJson(questionnaire))
          throw new RepositoryError('invalid', 'bundles.errors.questionnaireDiffers', { id: refKey(questionnaire) });
        continue;
      }
      brought.set(refKey(questionnaire), questionnaire);
    }
    return brought;
  }

  /** What is here of an assessment the bundle brings: the same content (and where), other content, or nothing. */
  async function stateOf(
    checked: CheckedAssessment,
    receivedRows: readonly AssessmentRow[],
  ): Promise<{ state: PlannedAssessment['state']; here?: AssessmentRow }> {
    const copies = receivedRows.filter((row) => row.received?.sourceId === checked.sourceId);
    const copy = copies.find((row) => row.received?.contentHash === checked.contentHash);
    if (copy) return { state: 'same', here: copy };
    const own = await db.assessments.get(checked.sourceId);
    if (own && !own.received) return contentText(await exportOf(own)) === checked.contentText ? { state: 'same', here: own } : { state: 'differs' };
    return { state: copies.length > 0 ? 'differs' : 'new' };
  }

  async function exportOf(assessment: AssessmentRow, exportedAt = deps.now().toISOString()): Promise<AssessmentExport> {
    const [vendor, answers, evidence, findings] = await Promise.all([
      db.vendors.get(assessment.vendorId),
      db.answers.where('assessmentId').equals(assessment.id).toArray(),
      db.evidence.where('assessmentId').equals(assessment.id).toArray(),
      db.findings.where('assessmentId').equals(assessment.id).toArray(),
    ]);
    // A received assessment leaves under the id it came with, so that its sender, or anyone who has it, knows it.
    const id = assessment.received?.sourceId ?? assessment.id;
    return buildAssessmentExport({ exportedAt, vendor, assessment: { ...assessment, id }, answers, evidence, findings });
  }

  /** The id a bundle knows an assessment by: the sender's for a received one. */
  async function bundleId(id: string | undefined): Promise<string | undefined> {
    if (!id) return undefined;
    const row = await db.assessments.get(id);
    return row?.received?.sourceId ?? id;
  }

  async function vendorMatch(vendor: BundleVendor): Promise<VendorRow | undefined> {
    return (
      (await db.vendors.get(vendor.id)) ??
      (await db.vendors
        .where('nameKey')
        .equals(vendorNameKey(cleanName(vendor.name)))
        .first())
    );
  }

  /**
   * Everything about a document that does not depend on what is here: questionnaires loaded, content checked and
   * hashed. Done before any transaction, which may only wait on the database.
   */
  async function prepare(document: AssessmentsDocument) {
    const brought = await broughtQuestionnaires(document);
    const checked: CheckedAssessment[] = [];
    for (const entry of document.assessments) checked.push(await check(entry, brought));
    return { brought, checked };
  }

  /** What is here of each assessment, and of each vendor: database reads only, so it runs inside a transaction too. */
  async function classify(document: AssessmentsDocument, checked: readonly CheckedAssessment[]) {
    const receivedRows = await db.assessments.filter((row) => row.received !== undefined).toArray();
    const states = new Map<string, PlannedAssessment['state']>();
    const present: BundleReceipt['present'] = [];
    for (const item of checked) {
      const { state, here } = await stateOf(item, receivedRows);
      states.set(item.sourceId, state);
      if (here) present.push({ id: here.id, vendorId: here.vendorId, sourceId: item.sourceId });
    }
    const adding = checked.filter((item) => states.get(item.sourceId) !== 'same');
    const used = new Set(adding.map((item) => item.vendorKey));
    const vendors: PlannedVendor[] = [];
    for (const vendor of document.vendors) {
      if (!checked.some((item) => item.vendorKey === vendor.id)) continue;
      const match = await vendorMatch(vendor);
      vendors.push({
        key: vendor.id,
        name: cleanName(vendor.name),
        ...(match ? { match: { id: match.id, name: match.name } } : {}),
        used: used.has(vendor.id),
      });
    }
    return { states, adding, vendors, present };
  }

  async function work(document: AssessmentsDocument): Promise<BundlePlan> {
    const { brought, checked } = await prepare(document);
    const { states, adding, vendors } = await classify(document, checked);
    const files = new Map<string, number>();
    for (const item of adding) for (const evidence of item.content.evidence) files.set(evidence.sha256, evidence.size);
    return {
      vendors,
      assessments: checked.map((item) => ({
        sourceId: item.sourceId,
        vendorKey: item.vendorKey,
        serviceName: item.content.assessment.serviceName,
        assessmentDate: item.content.assessment.assessmentDate,
        revision: item.content.assessment.revision,
        status: item.content.assessment.status,
        state: states.get(item.sourceId)!,
        contentHash: item.contentHash,
        evidence: item.content.evidence.length,
      })),
      questionnaires: [...brought.values()].map(({ id, version, title }) => ({ id, version, title })),
      evidence: { files: files.size, bytes: [...files.values()].reduce((sum, size) => sum + size, 0) },
    };
  }

  /** A name for a second vendor beside one of the same name: "ACME (2)", "ACME (3)" … */
  async function freeName(name: string): Promise<string> {
    for (let n = 2; ; n++) {
      const suffix = ` (${n})`;
      const candidate = `${name.slice(0, VENDOR_NAME_MAX - suffix.length)}${suffix}`;
      if (!(await db.vendors.where('nameKey').equals(vendorNameKey(candidate)).first())) return candidate;
    }
  }

  return {
    /** A bundle's document for these assessments, and the evidence files it names, by digest. */
    async collect(assessmentIds: readonly string[]): Promise<{ document: AssessmentsDocument; evidence: Map<string, Blob> }> {
      const exportedAt = deps.now().toISOString();
      return db.transaction('r', [db.vendors, db.assessments, db.answers, db.evidence, db.findings, db.questionnaires], async () => {
        const vendors = new Map<string, BundleVendor>();
        const questionnaires = new Map<string, Questionnaire>();
        const evidence = new Map<string, Blob>();
        const assessments: AssessmentsDocument['assessments'] = [];
        for (const id of assessmentIds) {
          const row = await db.assessments.get(id);
          if (!row) throw new RepositoryError('not_found', 'assessment.errors.notFound');
          const vendor = await db.vendors.get(row.vendorId);
          if (!vendor) throw new RepositoryError('not_found', 'vendors.errors.notFound');
          vendors.set(vendor.id, {
            id: vendor.id,
            name: vendor.name,
            ...(vendor.website ? { website: vendor.website } : {}),
            services: [...vendor.services],
            contacts: vendor.contacts.map((contact) => ({ ...contact })),
          });
          const ref = { id: row.questionnaireId, version: row.questionnaireVersion };
          if (!isBuiltIn(ref) && !questionnaires.has(refKey(ref))) questionnaires.set(refKey(ref), await catalog.load(ref));
          for (const file of await db.evidence.where('assessmentId').equals(id).toArray()) evidence.set(file.sha256, file.blob);
          const previousId = await bundleId(row.previousId);
          assessments.push({ vendorId: vendor.id, ...(previousId ? { previousId } : {}), content: await exportOf(row, exportedAt) });
        }
        const document = assessmentsDocumentSchema.parse({
          format: ASSESSMENTS_FORMAT,
          schemaVersion: ASSESSMENTS_SCHEMA_VERSION,
          exportedAt,
          vendors: [...vendors.values()],
          questionnaires: [...questionnaires.values()],
          assessments,
        });
        return { document, evidence };
      });
    },

    /** What receiving this document would do, worked out without writing anything. */
    async plan(document: AssessmentsDocument): Promise<BundlePlan> {
      const parsed = assessmentsDocumentSchema.safeParse(document);
      if (!parsed.success) throw new RepositoryError('invalid', 'bundles.errors.document');
      return work(parsed.data);
    },

    /**
     * Receives the document's assessments that are not here yet, in one transaction, as read-only assessments
     * marked with their origin. `evidence` holds the files the plan counts, by digest; an assessment whose
     * evidence is not among them is refused before anything is written.
     */
    async receive(
      document: AssessmentsDocument,
      origin: ReceivedOrigin,
      choices: Readonly<Record<string, VendorChoice>>,
      evidence: ReadonlyMap<string, Blob>,
      options: { evidenceContent: boolean } = { evidenceContent: true },
    ): Promise<BundleReceipt> {
      const parsed = assessmentsDocumentSchema.safeParse(document);
      if (!parsed.success) throw new RepositoryError('invalid', 'bundles.errors.document');
      const { brought, checked } = await prepare(parsed.data);
      const questionnaireRows = await Promise.all(
        [...brought.values()].map(async (questionnaire) => ({
          id: questionnaire.id,
          version: questionnaire.version,
          questionnaire,
          fileName: origin.fileName,
          sha256: await sha256Hex(new Blob([canonicalJson(questionnaire)])),
        })),
      );
      if (options.evidenceContent)
        for (const entry of parsed.data.assessments)
          for (const file of entry.content.evidence)
            if (evidence.get(file.sha256)?.size !== file.size) throw new RepositoryError('invalid', 'bundles.errors.evidenceMissing', { file: file.fileName });

      return db.transaction('rw', [db.vendors, db.assessments, db.answers, db.evidence, db.findings, db.questionnaires, db.audit], async () => {
        const at = deps.now().toISOString();
        for (const row of questionnaireRows) if (!(await db.questionnaires.get([row.id, row.version]))) await db.questionnaires.add({ ...row, importedAt: at });
        // Worked out again inside the transaction: what is written is what is here now.
        const { adding, present } = await classify(parsed.data, checked);

        const vendorIds = new Map<string, string>();
        let vendorsAdded = 0;
        for (const vendor of parsed.data.vendors) {
          if (!adding.some((item) => item.vendorKey === vendor.id)) continue;
          const match = await vendorMatch(vendor);
          if (match && (choices[vendor.id] ?? 'merge') === 'merge') {
            vendorIds.set(vendor.id, match.id);
            continue;
          }
          const name = match ? await freeName(cleanName(vendor.name)) : cleanName(vendor.name);
          const website = vendor.website ? vendorWebsiteSchema.safeParse(vendor.website) : undefined;
          const id = match || (await db.vendors.get(vendor.id)) ? deps.newId() : vendor.id;
          const row: VendorRow = {
            id,
            name,
            nameKey: vendorNameKey(name),
            ...(website?.success && website.data ? { website: website.data } : {}),
            services: cleanServices(vendor.services),
            contacts: cleanContacts(vendor.contacts),
            createdAt: at,
            updatedAt: at,
          };
          await db.vendors.add(row);
          vendorIds.set(vendor.id, id);
          vendorsAdded++;
        }

        const receivedRowsBySource = new Map<string, string>();
        await db.assessments.each((row) => {
          if (row.received) receivedRowsBySource.set(row.received.sourceId, row.id);
        });
        // Local ids for the assessments added, so a revision in the bundle links to its predecessor here.
        const localIds = new Map(adding.map((item) => [item.sourceId, deps.newId()]));
        const added: BundleReceipt['added'] = [];
        for (const item of adding) {
          const id = localIds.get(item.sourceId)!;
          const vendorId = vendorIds.get(item.vendorKey)!;
          const { assessment } = item.content;
          const previous =
            item.previousId && (localIds.get(item.previousId) ?? (await db.assessments.get(item.previousId))?.id ?? receivedRowsBySource.get(item.previousId));
          const marker: ReceivedMarker = { ...origin, receivedAt: at, sourceId: item.sourceId, contentHash: item.contentHash };
          // The assessment's own fields as sent, under a local id and vendor, with what this store keeps beside them.
          const { id: _sourceId, override, finalisedAt, ...fields } = assessment;
          const row: AssessmentRow = {
            ...fields,
            id,
            vendorId,
            ...(previous ? { previousId: previous } : {}),
            domainWeights: item.weights,
            ...(override ? { override } : {}),
            ...(item.summary ? { summary: item.summary } : {}),
            ...(finalisedAt ? { finalisedAt } : {}),
            received: marker,
            createdAt: at,
            updatedAt: at,
          };
          const answers = item.answers.map((answer): AnswerRow => ({ assessmentId: id, ...answer, updatedAt: at }));
          const findings = item.content.findings.map((finding): FindingRow => ({ assessmentId: id, ...findingFields(finding), updatedAt: at }));
          const files = options.evidenceContent
            ? item.content.evidence.map((file): EvidenceRow => ({
                id: deps.newId(),
                assessmentId: id,
                questionId: file.questionId,
                fileName: file.fileName,
                mediaType: file.mediaType,
                size: file.size,
                sha256: file.sha256,
                blob: evidence.get(file.sha256)!,
                addedAt: at,
              }))
            : [];
          await db.assessments.add(row);
          await db.answers.bulkAdd(answers);
          await db.findings.bulkAdd(findings);
          await db.evidence.bulkAdd(files);
          // Its history here starts with it as received, from whom and in which file.
          await appendAudit(db, {
            assessmentId: id,
            at,
            by: row.assessor,
            kind: 'received',
            items: stateItems(row, answers, files, findings),
            detail: { via: origin.via, file: origin.fileName, from: origin.from, ...(origin.signer ? { signer: origin.signer } : {}) },
          });
          added.push({ id, vendorId, sourceId: item.sourceId });
        }
        return { added, present, vendorsAdded };
      });
    },
  };
}

export type BundleRepository = ReturnType<typeof createBundleRepository>;
