import {
  assessmentSetupSchema,
  assessmentWeightsSchema,
  findingTrackingSchema,
  manualFindingSchema,
  riskAcceptanceSchema,
  type AssessmentSetup,
  type RiskAcceptance,
  type FindingTracking,
  type ManualFinding,
  weighsOnlyItsDomains,
} from '@shared/domain/assessment';
import { z } from 'zod';
import { answerSchema, type Answer } from '@shared/questionnaire/answers';
import { MAX_NOTE_LENGTH, MAX_TEXT_ANSWER_LENGTH } from '@shared/questionnaire/limits';
import type { DomainId, Question, Questionnaire } from '@shared/questionnaire/schema';
import { weighsAnyDomain } from '@shared/scoring/domain-weights';
import type { RecommendationOverride } from '@shared/scoring/engine';
import {
  answerVersion,
  type AnswerDraft,
  type AnswerRow,
  type AssayDatabase,
  type AssessmentRow,
  type AssessmentSummary,
  type EvidenceRow,
  type FindingRow,
} from './database';
import { RepositoryError } from './errors';
import { appendAudit } from './audit';
import { acceptanceMonths, recordRemoval } from './settings';
import { addMonths, localDate } from '@shared/calendar';
import { answerItem, answerKey, assessmentItems, evidenceItem, evidenceKey, findingItem, findingKey, stateItems, summaryCore } from '@shared/audit/items';
import { sha256Text, type AuditFields } from '@shared/audit/chain';
import { canonicalJson } from '@shared/bundle/canonical';
import type { RepositoryDeps } from './vendors';
import { messageKeyOr, type MessageKey } from '@shared/i18n/keys';
import { questionsById } from '@shared/questionnaire/questions';
import { builtInCatalog, refOf, type QuestionnaireCatalog } from './questionnaires';
import type { QuestionnaireRef } from '@shared/questionnaire/catalog';

const defaultDeps: RepositoryDeps = { now: () => new Date(), newId: () => crypto.randomUUID() };

export async function sha256Hex(data: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await data.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function questionOf(questionnaire: Questionnaire, questionId: string): Question {
  const question = questionsById(questionnaire).get(questionId);
  if (!question) throw new RepositoryError('invalid', 'assessment.errors.unknownQuestion', { id: questionId });
  return question;
}

export { MAX_NOTE_LENGTH };

const draftText = z.string().max(MAX_TEXT_ANSWER_LENGTH);
/** A draft holds form fields as typed: bounded strings, flags, choice lists and one level of named fields. */
const answerDraftSchema: z.ZodType<AnswerDraft> = z
  .record(z.string().max(40), z.union([draftText, z.boolean(), z.array(z.string().max(200)).max(200), z.record(z.string().max(40), draftText)]))
  .refine((draft) => Object.keys(draft).length <= 20);

/** What one save writes for a question: a valid answer (or none), or a draft of what was typed. */
type AnswerInput = ({ answer: Answer | null; note: string; draft?: undefined } | { answer?: undefined; note: string; draft: AnswerDraft }) & { basis?: number };

export function answerMap(rows: AnswerRow[]): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const row of rows) if (row.answer) answers[row.questionId] = row.answer;
  return answers;
}

export interface EvidenceFile {
  name: string;
  type: string;
  size: number;
  blob: Blob;
}

/**
 * Assessments, their answers, evidence and finding tracking. Every write checks,
 * in the same transaction, that the assessment is still a draft: a finalised
 * assessment is immutable and changes only through a new revision.
 */
export function createAssessmentRepository(db: AssayDatabase, deps: RepositoryDeps = defaultDeps, catalog: QuestionnaireCatalog = builtInCatalog) {
  const stamp = () => deps.now().toISOString();

  /** Which questionnaire each assessment was started with: it never changes, so a save reads it once. */
  const questionnaireRefs = new Map<string, QuestionnaireRef>();

  /** Loaded before a write's transaction opens, which must not wait on anything but the database. */
  async function questionnaireFor(assessmentId: string): Promise<Questionnaire> {
    let ref = questionnaireRefs.get(assessmentId);
    if (!ref) {
      const row = await db.assessments.get(assessmentId);
      if (!row) throw new RepositoryError('not_found', 'assessment.errors.notFound');
      ref = refOf(row);
      questionnaireRefs.set(assessmentId, ref);
    }
    return catalog.load(ref);
  }

  /** Appends to the assessment's history, inside the write's transaction; by its assessor, now. */
  const record = (row: AssessmentRow, kind: AuditFields['kind'], items: AuditFields['items'], detail?: Record<string, string>) =>
    appendAudit(db, { assessmentId: row.id, at: stamp(), by: row.assessor, kind, items, ...(detail && { detail }) });

  async function draft(id: string): Promise<AssessmentRow> {
    const row = await db.assessments.get(id);
    if (!row) throw new RepositoryError('not_found', 'assessment.errors.notFound');
    if (row.status === 'final') throw new RepositoryError('finalised', 'assessment.errors.finalised');
    if (row.received) throw new RepositoryError('finalised', 'assessment.errors.received');
    return row;
  }

  /** Writes one answer row; with `basis`, only over the version it names (0: no row). Resolves to the row's new version. */
  async function putAnswer(assessmentId: string, questionId: string, input: AnswerInput): Promise<number> {
    const trimmedNote = input.note.trim();
    if (trimmedNote.length > MAX_NOTE_LENGTH) throw new RepositoryError('invalid', 'assessment.errors.noteTooLong');
    let kept: AnswerDraft | undefined;
    if (input.draft !== undefined) {
      const parsed = answerDraftSchema.safeParse(input.draft);
      if (!parsed.success) throw new RepositoryError('invalid', 'assessment.errors.invalidAnswer', { id: questionId });
      kept = parsed.data;
    }
    const questionnaire = await questionnaireFor(assessmentId);
    return db.transaction('rw', db.assessments, db.answers, db.audit, async () => {
      const assessment = await draft(assessmentId);
      const question = questionOf(questionnaire, questionId);
      const stored = await db.answers.get([assessmentId, questionId]);
      const version = answerVersion(stored);
      if (input.basis !== undefined && input.basis !== version) throw new RepositoryError('conflict', 'assessment.save.conflict');
      const answer = input.answer ?? null;
      if (answer === null && kept === undefined && trimmedNote === '') {
        await db.answers.delete([assessmentId, questionId]);
        if (stored) await record(assessment, 'answer', { [answerKey(questionId)]: null });
        return 0;
      }
      let parsed: Answer | null = null;
      if (answer !== null) {
        const result = answerSchema(question).safeParse(answer);
        if (!result.success) throw new RepositoryError('invalid', 'assessment.errors.invalidAnswer', { id: questionId });
        parsed = result.data;
      }
      // An answer that came from the vendor keeps saying so, whatever the assessor makes of it.
      const source = stored?.source;
      const row: AnswerRow = {
        assessmentId,
        questionId,
        answer: parsed,
        updatedAt: stamp(),
        version: version + 1,
        ...(trimmedNote && { note: trimmedNote }),
        ...(kept && { draft: kept }),
        ...(source && { source }),
      };
      await db.answers.put(row);
      const item = answerItem(row);
      if (!stored || canonicalJson(answerItem(stored)) !== canonicalJson(item)) await record(assessment, 'answer', { [answerKey(questionId)]: item });
      return row.version!;
    });
  }

  return {
    async create(vendorId: string, setup: AssessmentSetup, questionnaire: QuestionnaireRef): Promise<AssessmentRow> {
      const parsed = assessmentSetupSchema.safeParse(setup);
      if (!parsed.success) throw new RepositoryError('invalid', messageKeyOr(parsed.error.issues[0]?.message, 'assessment.errors.invalidInput'));
      await catalog.load(questionnaire);
      return db.transaction('rw', db.vendors, db.assessments, db.audit, async () => {
        if (!(await db.vendors.get(vendorId))) throw new RepositoryError('not_found', 'vendors.errors.notFound');
        const at = stamp();
        const row: AssessmentRow = {
          ...parsed.data,
          id: deps.newId(),
          vendorId,
          questionnaireId: questionnaire.id,
          questionnaireVersion: questionnaire.version,
          status: 'draft',
          revision: 1,
          domainWeights: {},
          createdAt: at,
          updatedAt: at,
        };
        await db.assessments.add(row);
        await record(row, 'created', assessmentItems(row));
        return row;
      });
    },

    get: (id: string) => db.assessments.get(id),

    async listForVendor(vendorId: string): Promise<AssessmentRow[]> {
      const rows = await db.assessments.where('vendorId').equals(vendorId).toArray();
      return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },

    answerRows: (assessmentId: string) => db.answers.where('assessmentId').equals(assessmentId).toArray(),

    async answers(assessmentId: string): Promise<Record<string, Answer>> {
      return answerMap(await db.answers.where('assessmentId').equals(assessmentId).toArray());
    },

    /**
     * Saves one question's answer and note as one row; with neither, the row goes.
     * The answer is validated against its question; an invalid one writes nothing.
     */
    /** Stores one question's answer and note; a draft kept for it is replaced. */
    saveAnswer: (assessmentId: string, questionId: string, answer: Answer | null, note = '', basis?: number) =>
      putAnswer(assessmentId, questionId, { answer, note, basis }),

    /**
     * Keeps what was typed for a question while it is not yet a valid answer; the
     * answer is then empty, so the question counts as open, and finalising waits.
     */
    saveDraft: (assessmentId: string, questionId: string, draft: AnswerDraft, note = '', basis?: number) =>
      putAnswer(assessmentId, questionId, { draft, note, basis }),

    async setPosition(assessmentId: string, questionId: string): Promise<void> {
      await db.transaction('rw', db.assessments, async () => {
        await draft(assessmentId);
        await db.assessments.update(assessmentId, { lastQuestionId: questionId });
      });
    },

    /** Saves the assessment's own domain weights (0..10; a domain left out keeps its default); at least one must count. */
    async setDomainWeights(assessmentId: string, weights: Readonly<Record<DomainId, number>>): Promise<void> {
      const parsed = assessmentWeightsSchema.safeParse(weights);
      if (!parsed.success) throw new RepositoryError('invalid', 'assessment.errors.weightOutOfRange');
      const questionnaire = await questionnaireFor(assessmentId);
      if (!weighsOnlyItsDomains(questionnaire, parsed.data)) throw new RepositoryError('invalid', 'assessment.errors.unknownDomain');
      await db.transaction('rw', db.assessments, db.audit, async () => {
        const row = await draft(assessmentId);
        if (!weighsAnyDomain(questionnaire, parsed.data)) throw new RepositoryError('invalid', 'assessment.errors.allWeightsZero');
        await db.assessments.update(assessmentId, { domainWeights: parsed.data, updatedAt: stamp() });
        if (canonicalJson(row.domainWeights) !== canonicalJson(parsed.data)) await record(row, 'weights', { weights: parsed.data });
      });
    },

    evidence: (assessmentId: string) => db.evidence.where('assessmentId').equals(assessmentId).toArray(),

    /** Stores a file with its SHA-256; refuses files over the limit before reading them. */
    async addEvidence(assessmentId: string, questionId: string, file: EvidenceFile, limitBytes: number): Promise<EvidenceRow> {
      if (file.size > limitBytes) {
        throw new RepositoryError('too_large', 'evidence.errors.tooLarge', { name: file.name, limit: String(Math.round(limitBytes / 1024 / 1024)) });
      }
      if (file.size === 0) throw new RepositoryError('invalid', 'evidence.errors.empty', { name: file.name });
      await draft(assessmentId);
      const sha256 = await sha256Hex(file.blob);
      const row: EvidenceRow = {
        id: deps.newId(),
        assessmentId,
        questionId,
        fileName: file.name,
        mediaType: file.type || 'application/octet-stream',
        size: file.size,
        sha256,
        blob: file.blob,
        addedAt: stamp(),
      };
      await db.transaction('rw', db.assessments, db.evidence, db.audit, async () => {
        const assessment = await draft(assessmentId);
        await db.evidence.add(row);
        await record(assessment, 'evidenceAdded', { [evidenceKey(row.id)]: evidenceItem(row) });
      });
      return row;
    },

    /** Removes evidence and returns it, so the UI can offer undo. */
    async removeEvidence(id: string): Promise<EvidenceRow> {
      return db.transaction('rw', [db.assessments, db.evidence, db.audit, db.settings], async () => {
        const row = await db.evidence.get(id);
        if (!row) throw new RepositoryError('not_found', 'evidence.errors.notFound');
        const assessment = await draft(row.assessmentId);
        await db.evidence.delete(id);
        await recordRemoval(db, { at: stamp(), vendors: 0, assessments: 0, evidence: 1 });
        await record(assessment, 'evidenceRemoved', { [evidenceKey(row.id)]: null }, { file: row.fileName });
        return row;
      });
    },

    async restoreEvidence(row: EvidenceRow): Promise<void> {
      await db.transaction('rw', db.assessments, db.evidence, db.audit, async () => {
        const assessment = await draft(row.assessmentId);
        await db.evidence.put(row);
        await record(assessment, 'evidenceAdded', { [evidenceKey(row.id)]: evidenceItem(row) });
      });
    },

    findings: (assessmentId: string) => db.findings.where('assessmentId').equals(assessmentId).toArray(),

    /**
     * Saves a finding's owner, due date and status. Marking it accepted needs the terms of the acceptance (here or
     * kept from before, see acceptRisk); any other status drops them.
     */
    async trackFinding(assessmentId: string, findingId: string, tracking: FindingTracking): Promise<void> {
      const parsed = findingTrackingSchema.parse(tracking);
      await db.transaction('rw', db.assessments, db.findings, db.audit, async () => {
        const assessment = await draft(assessmentId);
        const current = await db.findings.get([assessmentId, findingId]);
        const row: FindingRow = { ...current, ...parsed, assessmentId, findingId, updatedAt: stamp() };
        if (row.status !== 'accepted') delete row.acceptance;
        else if (!row.acceptance) throw new RepositoryError('invalid', 'acceptance.errors.required');
        await db.findings.put(row);
        if (!current || canonicalJson(findingItem(current)) !== canonicalJson(findingItem(row)))
          await record(assessment, 'finding', { [findingKey(findingId)]: findingItem(row) });
      });
    },

    /**
     * Accepts a finding's risk on the terms given: from `acceptedOn` (today) to `until`, a day after today and at most
     * the months Settings allow. The finding keeps its owner and due date.
     */
    async acceptRisk(assessmentId: string, findingId: string, acceptance: RiskAcceptance): Promise<void> {
      const parsed = riskAcceptanceSchema.safeParse(acceptance);
      if (!parsed.success) {
        // The schema speaks in the acceptance strings' keys, which load with their screen.
        const message = parsed.error.issues[0]?.message ?? '';
        throw new RepositoryError('invalid', message.startsWith('acceptance.errors.') ? (message as MessageKey) : 'acceptance.errors.required');
      }
      const today = localDate(deps.now());
      const months = await acceptanceMonths(db);
      const latest = addMonths(today, months);
      if (parsed.data.acceptedOn !== today || parsed.data.until <= today) throw new RepositoryError('invalid', 'acceptance.errors.untilPast');
      if (parsed.data.until > latest) throw new RepositoryError('invalid', 'acceptance.errors.untilTooLate', { count: String(months), latest });
      await db.transaction('rw', db.assessments, db.findings, db.audit, async () => {
        const assessment = await draft(assessmentId);
        const current = await db.findings.get([assessmentId, findingId]);
        const row: FindingRow = { ...current, status: 'accepted', acceptance: parsed.data, assessmentId, findingId, updatedAt: stamp() };
        await db.findings.put(row);
        await record(assessment, 'finding', { [findingKey(findingId)]: findingItem(row) });
      });
    },

    async addManualFinding(assessmentId: string, manual: ManualFinding): Promise<string> {
      const parsed = manualFindingSchema.safeParse(manual);
      if (!parsed.success) throw new RepositoryError('invalid', messageKeyOr(parsed.error.issues[0]?.message, 'assessment.errors.invalidInput'));
      const findingId = `M-${deps.newId()}`;
      await db.transaction('rw', db.assessments, db.findings, db.audit, async () => {
        const assessment = await draft(assessmentId);
        const row: FindingRow = { assessmentId, findingId, manual: parsed.data, status: 'open', updatedAt: stamp() };
        await db.findings.add(row);
        await record(assessment, 'finding', { [findingKey(findingId)]: findingItem(row) });
      });
      return findingId;
    },

    /** Makes the assessment immutable, with the figures lists show and any override. */
    async finalise(assessmentId: string, summary: AssessmentSummary, override?: RecommendationOverride): Promise<void> {
      if (override && override.reason.trim().length < 10) throw new RepositoryError('invalid', 'assessment.errors.overrideReason');
      // Loaded before the transaction, which must not wait on anything but the database; with finalising, not the first screen.
      const { buildAssessmentExport, contentText } = await import('@shared/report/assessment-export');
      await db.transaction('rw', [db.assessments, db.answers, db.evidence, db.findings, db.audit], async () => {
        const row = await draft(assessmentId);
        const answers = await db.answers.where('assessmentId').equals(assessmentId).toArray();
        const drafts = answers.filter((answer) => answer.draft !== undefined).length;
        if (drafts > 0) throw new RepositoryError('invalid', 'assessment.errors.draftsOpen', { count: String(drafts) });
        const at = stamp();
        const final: AssessmentRow = { ...row, status: 'final', summary, ...(override ? { override } : {}), finalisedAt: at, updatedAt: at };
        // The entry names the content finalised as a report or bundle would carry it, and the figures it was finalised with.
        const content = buildAssessmentExport({
          exportedAt: at,
          vendor: undefined,
          assessment: final,
          answers,
          evidence: await db.evidence.where('assessmentId').equals(assessmentId).toArray(),
          findings: await db.findings.where('assessmentId').equals(assessmentId).toArray(),
        });
        const entry = await record(
          final,
          'finalised',
          { final: assessmentItems(final).final },
          { content: sha256Text(contentText(content)), summary: sha256Text(canonicalJson(summaryCore(summary))) },
        );
        await db.assessments.update(assessmentId, {
          status: 'final',
          summary,
          override,
          finalisedAt: at,
          updatedAt: at,
          audit: { head: entry.hash, entries: entry.seq },
        });
      });
    },

    /** A new draft that starts from a finalised assessment and links back to it. */
    async createRevision(assessmentId: string): Promise<AssessmentRow> {
      return db.transaction('rw', [db.assessments, db.answers, db.evidence, db.findings, db.audit], async () => {
        const source = await db.assessments.get(assessmentId);
        if (!source) throw new RepositoryError('not_found', 'assessment.errors.notFound');
        // A received draft may be revised too: the revision is the recipient's own.
        if (source.status !== 'final' && !source.received) throw new RepositoryError('invalid', 'assessment.errors.reviseDraft');
        const at = stamp();
        const id = deps.newId();
        const { summary: _summary, override: _override, finalisedAt: _finalisedAt, received: _received, audit: _audit, ...rest } = source;
        const revision: AssessmentRow = { ...rest, id, status: 'draft', revision: source.revision + 1, previousId: source.id, createdAt: at, updatedAt: at };
        await db.assessments.add(revision);
        const answers = (await db.answers.where('assessmentId').equals(source.id).toArray()).map((a) => ({ ...a, assessmentId: id }));
        await db.answers.bulkAdd(answers);
        const evidence = (await db.evidence.where('assessmentId').equals(source.id).toArray()).map((e) => ({ ...e, id: deps.newId(), assessmentId: id }));
        await db.evidence.bulkAdd(evidence);
        const findings = (await db.findings.where('assessmentId').equals(source.id).toArray()).map((f) => ({ ...f, assessmentId: id }));
        await db.findings.bulkAdd(findings);
        await record(revision, 'revision', stateItems(revision, answers, evidence, findings), {
          from: source.id,
          ...(source.audit && { head: source.audit.head }),
        });
        return revision;
      });
    },
  };
}

export type AssessmentRepository = ReturnType<typeof createAssessmentRepository>;
export type { FindingRow };
