import Dexie, { type EntityTable } from 'dexie';
import type { Vendor } from '../../../shared/domain/vendor';

export interface VendorRow extends Vendor {
  /** Normalised name; unique, so two vendors cannot differ only in case or spacing. */
  nameKey: string;
}

export interface AssessmentRow {
  id: string;
  vendorId: string;
  /** The questionnaire version it is answered against; it is scored with that version for ever. */
  questionnaireId: string;
  questionnaireVersion: string;
  status: 'draft' | 'final';
  createdAt: string;
  updatedAt: string;
}

export interface AnswerRow {
  assessmentId: string;
  questionId: string;
  value: unknown;
  updatedAt: string;
}

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

export interface SettingRow {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'assay';

/**
 * The local store. Each schema change adds a new version() with an upgrade
 * function; existing versions are never edited.
 */
export class AssayDatabase extends Dexie {
  vendors!: EntityTable<VendorRow, 'id'>;
  assessments!: EntityTable<AssessmentRow, 'id'>;
  answers!: Dexie.Table<AnswerRow, [string, string]>;
  evidence!: EntityTable<EvidenceRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      vendors: 'id, &nameKey, updatedAt',
      assessments: 'id, vendorId, status, updatedAt',
      answers: '[assessmentId+questionId], assessmentId',
      evidence: 'id, assessmentId, [assessmentId+questionId], sha256',
      settings: 'key',
    });
  }
}
