import { z } from 'zod';
import { caiqOwnerships, type CaiqOwnership, type CaiqRowAnswer } from '../caiq/vocabulary';
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

const bounded = (max: number) => z.string().max(max);
const sourceFacts = {
  fileName: bounded(260),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0).optional(),
  importedAt: z.iso.datetime(),
  /** Checked against its question by whoever reads it, as the answer is. */
  vendorAnswer: z.unknown(),
  confirmedAt: z.iso.datetime().optional(),
};

/** An answer's source as it travels in the assessment a signed report carries. */
export const answerSourceSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('vendorResponse'), ...sourceFacts, packId: z.uuid(), comment: bounded(2_000).optional(), evidenceRef: bounded(2_000).optional() })
    .strict(),
  z
    .object({
      kind: z.literal('caiq'),
      ...sourceFacts,
      caiqIds: z.array(bounded(20)).max(200),
      ownership: z.enum(caiqOwnerships),
      quotes: z
        .array(
          z
            .object({
              caiqId: bounded(20),
              answer: z.enum(['yes', 'no', 'na', 'none']),
              implementation: bounded(2_000),
              customerResponsibilities: bounded(2_000),
            })
            .strict(),
        )
        .max(200),
    })
    .strict(),
]);
