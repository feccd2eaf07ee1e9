import { describe, expect, it } from 'vitest';
import { rowAfterKey } from '../../renderer/src/ui/keyboard';

describe('moving between rows by keyboard', () => {
  it('moves by one, by a page, to either end, and stays inside the list', () => {
    expect(rowAfterKey('ArrowDown', 3, 10, 4)).toBe(4);
    expect(rowAfterKey('ArrowUp', 3, 10, 4)).toBe(2);
    expect(rowAfterKey('ArrowUp', 0, 10, 4)).toBe(0);
    expect(rowAfterKey('PageDown', 3, 10, 4)).toBe(7);
    expect(rowAfterKey('PageDown', 8, 10, 4)).toBe(9);
    expect(rowAfterKey('PageUp', 2, 10, 4)).toBe(0);
    expect(rowAfterKey('Home', 5, 10, 4)).toBe(0);
    expect(rowAfterKey('End', 5, 10, 4)).toBe(9);
    expect(rowAfterKey('PageDown', 0, 10, 0)).toBe(1);
  });

  it('ignores other keys and empty lists', () => {
    expect(rowAfterKey('Enter', 3, 10, 4)).toBeNull();
    expect(rowAfterKey('a', 3, 10, 4)).toBeNull();
    expect(rowAfterKey('ArrowDown', 0, 0, 4)).toBeNull();
  });
});
