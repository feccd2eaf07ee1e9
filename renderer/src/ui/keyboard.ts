/** Input types where keys do not enter text, so single-key shortcuts stay available. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'color', 'range', 'image']);

/** Whether a key event belongs to a text field, where single-key shortcuts must not fire. */
export const isTyping = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
};

const ROW_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp']);

/**
 * Where a list-navigation key moves from row `current` in a list of `count` rows,
 * `pageRows` rows to a page; null for any other key or an empty list.
 */
export function rowAfterKey(key: string, current: number, count: number, pageRows: number): number | null {
  if (!ROW_KEYS.has(key) || count === 0) return null;
  const page = Math.max(1, pageRows);
  const next =
    key === 'ArrowDown'
      ? current + 1
      : key === 'ArrowUp'
        ? current - 1
        : key === 'PageDown'
          ? current + page
          : key === 'PageUp'
            ? current - page
            : key === 'Home'
              ? 0
              : count - 1;
  return Math.min(count - 1, Math.max(0, next));
}
