// The readers are loaded on the first import, not with the first screen: they are most of the exchange code.
import { importStatus } from '@shared/questionnaire/exchange/built-in';
import type { QuestionnaireReading } from '@shared/questionnaire/exchange/reading';
import { questionnaireFileText } from '@shared/questionnaire/exchange/write';
import type { QuestionnaireUpload } from './questionnaire-upload';
import { builtInQuestionnaires, refKey, type QuestionnaireRef } from '@shared/questionnaire/catalog';
import { questionnaireSchema, type Questionnaire } from '@shared/questionnaire/schema';
import type { RepositoryDeps } from './vendors';
import type { AssayDatabase, QuestionnaireRow } from './database';
import { sha256Hex } from './assessments';
import { RepositoryError } from './errors';
import { createQuestionnaireCatalog, refOf, type QuestionnaireSource } from './questionnaires';

const defaultDeps: RepositoryDeps = { now: () => new Date(), newId: () => crypto.randomUUID() };

/** A questionnaire as the manager lists it: where it came from, whether it is offered, and how many assessments use it. */
export interface QuestionnaireListing {
  questionnaire: Questionnaire;
  source: 'builtIn' | 'imported';
  importedAt?: string;
  fileName?: string;
  retired: boolean;
  assessments: number;
}

/**
 * What importing a file would do, worked out without writing anything: the file's reading, and for a readable
 * questionnaire whether its id and version are new here, already here with the same content, or already here
 * with other content (which a new version must resolve: a released version never changes).
 */
export type { QuestionnaireUpload };

export type ImportPreview =
  | { status: 'unreadable'; reading: Extract<QuestionnaireReading, { ok: false }> }
  | { status: 'new' | 'same' | 'conflict'; reading: Extract<QuestionnaireReading, { ok: true }>; builtIn: boolean };

/** A stored row read back through the schema: a damaged row is refused, never scored. */
function fromRow(row: QuestionnaireRow): Questionnaire {
  const parsed = questionnaireSchema.safeParse(row.questionnaire);
  if (!parsed.success) throw new RepositoryError('invalid', 'questionnaireManager.errors.damaged', { id: refKey(row) });
  return parsed.data;
}

/**
 * The questionnaires of this database: the built-in ones and those the user imported. Importing reads the file
 * again and checks it against the database in the same transaction that stores it, so what the preview showed
 * is what is stored, or nothing is.
 */
export function createQuestionnaireRepository(db: AssayDatabase, deps: RepositoryDeps = defaultDeps) {
  /** The imported questionnaires' rows, oldest import first. */
  const importedRows = async () => (await db.questionnaires.toArray()).sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  const stored: QuestionnaireSource = {
    async find(ref) {
      const row = await db.questionnaires.get([ref.id, ref.version]);
      return row && fromRow(row);
    },
    active: async () => (await importedRows()).filter((row) => !row.retiredAt),
  };
  // Each questionnaire is read from its row, and checked, once: every other read goes through the catalog.
  const catalog = createQuestionnaireCatalog(builtInQuestionnaires, stored);
  const isBuiltIn = (ref: QuestionnaireRef) => builtInQuestionnaires.some((e) => e.id === ref.id && e.version === ref.version);

  /** The questionnaire already here under this reference, if any. */
  async function existing(ref: QuestionnaireRef): Promise<Questionnaire | undefined> {
    return isBuiltIn(ref) || (await db.questionnaires.get([ref.id, ref.version])) ? catalog.load(ref) : undefined;
  }

  async function preview(upload: QuestionnaireUpload): Promise<ImportPreview> {
    const { readUpload } = await import('./questionnaire-upload');
    const reading = readUpload(upload);
    if (!reading.ok) return { status: 'unreadable', reading };
    return { reading, status: importStatus(reading.questionnaire, await existing(reading.questionnaire)), builtIn: isBuiltIn(reading.questionnaire) };
  }

  /** The row of an imported questionnaire; a built-in one has none and cannot be changed. */
  async function imported(ref: QuestionnaireRef): Promise<QuestionnaireRow> {
    if (isBuiltIn(ref)) throw new RepositoryError('invalid', 'questionnaireManager.errors.builtIn', { id: refKey(ref) });
    const row = await db.questionnaires.get([ref.id, ref.version]);
    if (!row) throw new RepositoryError('not_found', 'assessment.errors.unknownQuestionnaire', { id: refKey(ref) });
    return row;
  }

  return {
    ...catalog,
    preview,

    /** Stores the questionnaire of a file; refuses a file that does not read, and one whose version is already here. */
    async importFile(upload: QuestionnaireUpload, fileName: string): Promise<QuestionnaireRef> {
      const result = await preview(upload);
      if (result.status === 'unreadable') throw new RepositoryError('invalid', 'questionnaireManager.errors.unreadable');
      const { questionnaire } = result.reading;
      if (isBuiltIn(questionnaire)) throw new RepositoryError('duplicate', 'questionnaireManager.errors.builtIn', { id: refKey(questionnaire) });
      const sha256 = await sha256Hex(new Blob([upload.data as Uint8Array<ArrayBuffer>]));
      await db.transaction('rw', db.questionnaires, async () => {
        if (await db.questionnaires.get([questionnaire.id, questionnaire.version])) {
          throw new RepositoryError('duplicate', 'questionnaireManager.errors.versionExists', { id: refKey(questionnaire) });
        }
        const row: QuestionnaireRow = {
          id: questionnaire.id,
          version: questionnaire.version,
          questionnaire,
          fileName: fileName.slice(0, 255),
          sha256,
          importedAt: deps.now().toISOString(),
        };
        await db.questionnaires.add(row);
      });
      return { id: questionnaire.id, version: questionnaire.version };
    },

    /** Every questionnaire, retired ones too, with how many assessments use each: built-in ones first. */
    async overview(): Promise<QuestionnaireListing[]> {
      const [rows, assessments] = await db.transaction('r', db.questionnaires, db.assessments, () => Promise.all([importedRows(), db.assessments.toArray()]));
      const uses = new Map<string, number>();
      for (const a of assessments) {
        const key = refKey(refOf(a));
        uses.set(key, (uses.get(key) ?? 0) + 1);
      }
      // Last: the questions load outside the database (the built-in ones from their chunk), each once.
      const [builtIns, imported] = await Promise.all([Promise.all(builtInQuestionnaires.map(catalog.load)), Promise.all(rows.map(catalog.load))]);
      return [
        ...builtIns.map((q): QuestionnaireListing => ({ questionnaire: q, source: 'builtIn', retired: false, assessments: uses.get(refKey(q)) ?? 0 })),
        ...rows.map((row, i): QuestionnaireListing => ({
          questionnaire: imported[i]!,
          source: 'imported',
          importedAt: row.importedAt,
          fileName: row.fileName,
          retired: row.retiredAt !== undefined,
          assessments: uses.get(refKey(row)) ?? 0,
        })),
      ];
    },

    /** Stops offering an imported questionnaire for new assessments; those made with it keep it. */
    async retire(ref: QuestionnaireRef): Promise<void> {
      await db.transaction('rw', db.questionnaires, async () => {
        await imported(ref);
        await db.questionnaires.update([ref.id, ref.version], { retiredAt: deps.now().toISOString() });
      });
    },

    /** Offers a retired questionnaire again. */
    async restore(ref: QuestionnaireRef): Promise<void> {
      await db.transaction('rw', db.questionnaires, async () => {
        await imported(ref);
        await db.questionnaires
          .where('[id+version]')
          .equals([ref.id, ref.version])
          .modify((row) => void delete row.retiredAt);
      });
    },

    /** The questionnaire as a file in our JSON format. */
    fileText: async (ref: QuestionnaireRef): Promise<string> => questionnaireFileText(await catalog.load(ref)),
  };
}

export type QuestionnaireRepository = ReturnType<typeof createQuestionnaireRepository>;
