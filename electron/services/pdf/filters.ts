import { constants, inflateSync } from 'node:zlib';
import type { Budget } from './limits';
import { isInteger, isName, PdfDict, PdfError, type PdfValue } from './values';

/** A stream whose decoded size would pass `maxBytes`: reported as such, never inflated further. */
export class StreamTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`stream inflates past ${limit} bytes`);
    this.name = 'StreamTooLargeError';
  }
}

const asArray = (value: PdfValue | undefined): PdfValue[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

/**
 * Inflates at most `limit` bytes: zlib stops producing output there, so a
 * deflate bomb costs no more than the limit, whatever it would expand to.
 */
function inflateCapped(data: Buffer, limit: number): Buffer | 'over' {
  try {
    // Sync flush accepts streams that end without their checksum, as many writers leave them.
    const out = inflateSync(data, { maxOutputLength: Math.max(1, limit), finishFlush: constants.Z_SYNC_FLUSH });
    return out.length >= limit ? 'over' : out;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return 'over';
    throw new PdfError('syntax', 'a compressed stream is damaged');
  }
}

/** Undoes the PNG predictors (ISO 32000-1, 7.4.4.4) that cross-reference streams use. */
function unpredict(data: Buffer, parms: PdfDict | undefined): Buffer {
  const predictor = parms?.get('Predictor') ?? 1;
  if (predictor === 1) return data;
  if (!isInteger(predictor) || predictor < 10 || predictor > 15) throw new PdfError('syntax', 'unsupported predictor');
  const colors = parms?.get('Colors') ?? 1;
  const bits = parms?.get('BitsPerComponent') ?? 8;
  const columns = parms?.get('Columns') ?? 1;
  if (!isInteger(colors) || !isInteger(bits) || !isInteger(columns) || colors < 1 || colors > 32 || bits !== 8 || columns < 1 || columns > 1 << 20) {
    throw new PdfError('syntax', 'unsupported predictor parameters');
  }
  const bpp = colors;
  const rowLength = colors * columns;
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = Buffer.alloc(rows * rowLength);
  for (let row = 0; row < rows; row += 1) {
    const type = data[row * (rowLength + 1)]!;
    const src = row * (rowLength + 1) + 1;
    const dst = row * rowLength;
    for (let i = 0; i < rowLength; i += 1) {
      const raw = data[src + i]!;
      const left = i >= bpp ? out[dst + i - bpp]! : 0;
      const up = row > 0 ? out[dst - rowLength + i]! : 0;
      const upLeft = row > 0 && i >= bpp ? out[dst - rowLength + i - bpp]! : 0;
      let value: number;
      switch (type) {
        case 0:
          value = raw;
          break;
        case 1:
          value = raw + left;
          break;
        case 2:
          value = raw + up;
          break;
        case 3:
          value = raw + ((left + up) >> 1);
          break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - upLeft);
          value = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
          break;
        }
        default:
          throw new PdfError('syntax', 'bad PNG predictor row');
      }
      out[dst + i] = value & 0xff;
    }
  }
  return out;
}

/**
 * Decodes a stream's data through its /Filter chain. Only what structure needs
 * is supported (no filter, FlateDecode with predictors); anything else is refused.
 */
export function decodeStreamData(raw: Buffer, dict: PdfDict, budget: Budget, maxBytes: number): Buffer {
  const filters = asArray(dict.get('Filter'));
  const parms = asArray(dict.get('DecodeParms'));
  let data = raw;
  filters.forEach((filter, index) => {
    if (!isName(filter)) throw new PdfError('syntax', 'a filter must be a name');
    const parm = parms[index];
    if (filter.name !== 'FlateDecode' && filter.name !== 'Fl') throw new PdfError('syntax', `unsupported filter ${filter.name.slice(0, 30)}`);
    const cap = maxBytes + 1;
    const allowance = budget.inflateAllowance(cap);
    const inflated = inflateCapped(data, allowance);
    if (inflated === 'over') {
      // Past this stream's own limit, or past what the whole reading may still inflate.
      if (allowance < cap) throw new PdfError('too_complex', 'too many inflated bytes');
      throw new StreamTooLargeError(maxBytes);
    }
    budget.spendInflated(inflated.length);
    data = inflated;
    data = unpredict(data, parm instanceof PdfDict ? parm : undefined);
  });
  if (data.length > maxBytes) throw new StreamTooLargeError(maxBytes);
  return data;
}
