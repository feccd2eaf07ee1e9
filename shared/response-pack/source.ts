import type { Answer } from '../questionnaire/answers';

/**
 * Where an answer came from when it was not typed by the assessor: a vendor's filled response pack. Kept with the
 * answer for as long as the answer stays, so every screen and document can say whose words it is.
 */
export interface AnswerSource {
  kind: 'vendorResponse';
  fileName: string;
  /** SHA-256 of the workbook as it was imported. */
  sha256: string;
  packId: string;
  importedAt: string;
  /** The answer as the vendor gave it; the assessor may since have changed it. */
  vendorAnswer: Answer;
  comment?: string;
  evidenceRef?: string;
  /** When the assessor confirmed the vendor's answer. */
  confirmedAt?: string;
}
