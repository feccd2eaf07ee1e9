export type JsonShapeProblem = 'tooDeep' | 'stringTooLong';

/**
 * Checks JSON text for nesting and string length before JSON.parse sees it: a file of 100,000 `[` would
 * otherwise exhaust the parser's stack, and one enormous string the memory. One pass, no allocation. Text
 * that is not JSON passes as long as it breaks neither limit; JSON.parse refuses it afterwards.
 */
export function scanJsonShape(text: string, maxDepth: number, maxStringLength: number): JsonShapeProblem | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const start = i + 1;
      i = start;
      while (i < text.length) {
        const d = text.charCodeAt(i);
        if (d === 0x22) break;
        i += d === 0x5c ? 2 : 1;
      }
      if (i - start > maxStringLength) return 'stringTooLong';
    } else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > maxDepth) return 'tooDeep';
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return undefined;
}
