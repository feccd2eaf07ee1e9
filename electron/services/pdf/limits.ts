import { PdfError } from './values';

/** How much work one reading of an untrusted file may do before it is refused as too complex. */
export interface PdfLimits {
  /** Tokens the lexer may read, over the whole reading. */
  maxTokens: number;
  /** Nesting of arrays and dictionaries. */
  maxDepth: number;
  /** Cross-reference sections in the /Prev chain (revisions). */
  maxRevisions: number;
  /** Bytes any one stream may inflate to. */
  maxStreamBytes: number;
  /** Bytes all streams together may inflate to. */
  maxInflatedBytes: number;
  /** Indirect references followed in a row. */
  maxRefChain: number;
}

export const defaultPdfLimits: PdfLimits = {
  maxTokens: 20_000_000,
  maxDepth: 64,
  maxRevisions: 500,
  maxStreamBytes: 32 * 1024 * 1024,
  maxInflatedBytes: 128 * 1024 * 1024,
  maxRefChain: 32,
};

/** The running totals of one reading, checked against its limits. */
export class Budget {
  private tokens = 0;
  private inflated = 0;

  constructor(readonly limits: PdfLimits = defaultPdfLimits) {}

  spendToken(): void {
    this.tokens += 1;
    if (this.tokens > this.limits.maxTokens) throw new PdfError('too_complex', 'too many tokens');
  }

  /** Room left for inflating one stream, at most `cap` bytes. */
  inflateAllowance(cap: number): number {
    return Math.max(0, Math.min(cap, this.limits.maxStreamBytes, this.limits.maxInflatedBytes - this.inflated));
  }

  spendInflated(bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > this.limits.maxInflatedBytes) throw new PdfError('too_complex', 'too many inflated bytes');
  }
}
