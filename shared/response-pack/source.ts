import type { CaiqOwnership, CaiqRowAnswer } from '../caiq/vocabulary';
import type { Answer } from '../questionnaire/answers';

/**
 * Where an answer came from when it was not typed by the assessor: a vendor's filled response pack, or a
 * suggestion from the vendor's CAIQ that the assessor accepted. Kept with the answer for as long as the answer
 * stays, so every screen and document can say whose words it is.
 */
interface SourceFacts {
  fileName: string;
  /** SHA-256 and size in bytes of the file as it was imported. */
  sha256: string;
  size?: number;
  importedAt: string;
  /** The answer as the vendor gave it (or as the assessor accepted the suggestion); the assessor may since have changed it. */
  vendorAnswer: Answer;
  /** When the assessor confirmed the vendor's answer. */
  confirmedAt?: string;
}

export interface VendorResponseSource extends SourceFacts {
  kind: 'vendorResponse';
  packId: string;
  comment?: string;
  evidenceRef?: string;
}

/** The vendor's own words from one CAIQ row, as quoted beside the answer. */
export interface CaiqSourceQuote {
  caiqId: string;
  answer: CaiqRowAnswer;
  implementation: string;
  customerResponsibilities: string;
}

export interface CaiqSource extends SourceFacts {
  kind: 'caiq';
  caiqIds: string[];
  ownership: CaiqOwnership;
  quotes: CaiqSourceQuote[];
}

export type AnswerSource = VendorResponseSource | CaiqSource;

/** A source as a dialog builds it; the repository stamps it when it writes the answer. */
export type NewAnswerSource = Omit<VendorResponseSource, 'importedAt' | 'vendorAnswer'> | Omit<CaiqSource, 'importedAt' | 'vendorAnswer'>;
