import Dexie, { type EntityTable } from 'dexie';
import type { AssessmentSetup, FindingTracking, ManualFinding } from '@shared/domain/assessment';
import type { VendorDetails } from '@shared/domain/vendor-details';
import type { PortfolioFigures, SummaryCertification } from '@shared/portfolio/figures';
import type { Answer } from '@shared/questionnaire/answers';
import type { AnswerSource } from '@shared/response-pack/source';
import type { DomainId, Questionnaire } from '@shared/questionnaire/schema';
import type { RecommendationOverride, ScoringResult } from '@shared/scoring/engine';
import type { FindingCounts } from '@shared/scoring/open-findings';
import { SCHEMA_V2, upgradeContactsRevisionsTracking } from './migrations/0002-contacts-revisions-tracking';
import { upgradeReportPeriodEnd } from './migrations/0003-report-period-end';
import { SCHEMA_V4 } from './migrations/0004-questionnaires';
import { SCHEMA_V5, upgradeAudit } from './migrations/0005-audit';
import type { AuditEntry, AuditHead } from '@shared/audit/chain';

/** A vendor with its website, services in scope and contacts, as the vendor schemas in shared/ state them. */
export interface VendorRow extends VendorDetails {
  /** Normalised name; unique, so two vendors cannot differ only in case or spacing. */
  nameKey: string;
}

/** Figures kept with a finalised assessment, so lists need not score it again. */
export interface AssessmentSummary {
  score: number | null;
  conservativeScore: number;
  inherentTier: ScoringResult['inherentRisk']['tier'];
  residualRisk: ScoringResult['residualRisk'];
  recommendation: ScoringResult['recommendation']['final'];
  knockouts: number;
  /**
   * Open findings by severity once tracking is applied, and the certification
   * questions with their expiry. Missing on assessments finalised before the
   * portfolio dashboard existed; the dashboard fills them in once.
   */
  openFindings?: FindingCounts;
  /** Risks accepted when finalised, with their last day (see PortfolioFigures). */
  accepted?: PortfolioFigures['accepted'];
  certifications?: SummaryCertification[];
}

/**
 * Where an assessment someone else made came from: a bundle or a signed report, who sent it, who signed it and
 * when. A received assessment is read-only; `sourceId` and `contentHash` know it when it comes again.
 */
export interface ReceivedMarker {
  via: 'bundle' | 'report';
  fileName: string;
  from: string;
  signer?: string;
  sentAt: string;
  receivedAt: string;
  sourceId: string;
  contentHash: string;
}

export interface AssessmentRow extends AssessmentSetup {
  id: string;
  vendorId: string;
  /** The questionnaire version it is answered against; it is scored with that version for ever. */
  questionnaireId: string;
  questionnaireVersion: string;
  status: 'draft' | 'final';
  /** 1 for the first assessment; a revision of a finalised one counts up and links back. */
  revision: number;
  previousId?: string;
  domainWeights: Readonly<Record<DomainId, number>>;
  /** Where the assessor was, to resume there. */
  lastQuestionId?: string;
  override?: RecommendationOverride;
  summary?: AssessmentSummary;
  /** Set on assessments received from someone else, which stay read-only. */
  received?: ReceivedMarker;
  createdAt: string;
  updatedAt: string;
  finalisedAt?: string;
  /** Set at finalising: the history's last entry and how many there are, checked whenever it is opened or exported. */
  audit?: AuditHead;
}

/** One row per question: the answer (if any) and the assessor's note. */
export interface AnswerRow {
  assessmentId: string;
  questionId: string;
  answer: Answer | null;
  note?: string;
  /** What the assessor typed when it did not yet make a valid answer; `answer` is then null. */
  draft?: AnswerDraft;
  /** Where the answer came from when the assessor did not type it: a vendor's response pack. */
  source?: AnswerSource;
  updatedAt: string;
  /**
   * One more at every write of the row (none before the first): a writer that started from another version is
   * refused, so a form left open on an older row never overwrites a newer one.
   */
  version?: number;
}

/** The version a writer starts from: the row's, 1 for a row written before rows had versions, 0 for none. */
export const answerVersion = (row: AnswerRow | undefined): number => row?.version ?? (row ? 1 : 0);

/** The answer form's own fields as typed, kept until they make a valid answer. */
export type AnswerDraft = Record<string, string | boolean | string[] | Record<string, string>>;

export interface EvidenceRow {
  id: string;
  assessmentId: string;
  questionId: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  blob: Blob;
  addedAt: string;
}

/** Tracking of a scored finding, or a finding the assessor added by hand (id "M-…"). */
export interface FindingRow extends FindingTracking {
  assessmentId: string;
  findingId: string;
  manual?: ManualFinding;
  updatedAt: string;
}

/** A questionnaire the user imported: as read from its file, which is kept byte for byte by its digest. */
export interface QuestionnaireRow {
  id: string;
  version: string;
  questionnaire: Questionnaire;
  fileName: string;
  sha256: string;
  importedAt: string;
  /** Retired questionnaires are not offered for new assessments; assessments made with them keep them. */
  retiredAt?: string;
}

/** One entry of an assessment's history (see @shared/audit/chain). */
export type AuditRow = AuditEntry;

export interface SettingRow {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'assay';

/** Version 1 of the schema, kept so upgrades from it can be tested. */
export const SCHEMA_V1 = {
  vendors: 'id, &nameKey, updatedAt',
  assessments: 'id, vendorId, status, updatedAt',
  answers: '[assessmentId+questionId], assessmentId',
  evidence: 'id, assessmentId, [assessmentId+questionId], sha256',
  settings: 'key',
};

/** The stores each version declared, index 0 being version 1: what a database left at an older version has. */
export const STORES_BY_VERSION: readonly Record<string, string>[] = [SCHEMA_V1, SCHEMA_V2, {}, SCHEMA_V4, SCHEMA_V5];

/** The version of the database this app writes. */
export const DATABASE_VERSION = STORES_BY_VERSION.length;

/**
 * A new database as the app left it at `version`: the stores of every version up to it and no upgrade, so rows of
 * that time can be loaded into it and then upgraded by opening it as an AssayDatabase (migration tests, restoring an
 * older backup).
 */
export async function databaseAt(name: string, version: number): Promise<Dexie> {
  const db = new Dexie(name);
  STORES_BY_VERSION.slice(0, version).forEach((stores, index) => db.version(index + 1).stores(stores));
  await db.open();
  return db;
}

/**
 * The local store. Each schema change adds a new version() whose stores and upgrade live in a
 * numbered file under migrations/, with its own upgrade test; existing versions are never edited.
 */
export class AssayDatabase extends Dexie {
  vendors!: EntityTable<VendorRow, 'id'>;
  assessments!: EntityTable<AssessmentRow, 'id'>;
  answers!: Dexie.Table<AnswerRow, [string, string]>;
  evidence!: EntityTable<EvidenceRow, 'id'>;
  findings!: Dexie.Table<FindingRow, [string, string]>;
  settings!: EntityTable<SettingRow, 'key'>;
  questionnaires!: Dexie.Table<QuestionnaireRow, [string, string]>;
  audit!: Dexie.Table<AuditRow, [string, number]>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeContactsRevisionsTracking);
    // 3: reports state the period they cover (periodEnd) instead of a validity date.
    this.version(3).stores({}).upgrade(upgradeReportPeriodEnd);
    // 4: questionnaires the user imported.
    this.version(4).stores(SCHEMA_V4);
    // 5: each assessment's history, hash-chained.
    this.version(5)
      .stores(SCHEMA_V5)
      .upgrade((tx) => upgradeAudit(tx));
  }
}
