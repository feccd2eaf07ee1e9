import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script of the build tooling, without type declarations.
import { licenceAllowed } from '../../scripts/lib/licenses.mjs';

const allowed = ['MIT', 'ISC', 'Apache-2.0'];

describe('the licence check of shipped packages', () => {
  it('reads SPDX expressions: one allowed part of an OR suffices, every part of an AND must be allowed', () => {
    expect(licenceAllowed('MIT', allowed)).toBe(true);
    expect(licenceAllowed('GPL-3.0-only', allowed)).toBe(false);
    expect(licenceAllowed('(MIT OR GPL-3.0-or-later)', allowed)).toBe(true);
    expect(licenceAllowed('(MIT AND GPL-3.0-only)', allowed)).toBe(false);
    expect(licenceAllowed('(MIT AND ISC)', allowed)).toBe(true);
    expect(licenceAllowed('SEE LICENSE IN LICENSE.txt', allowed)).toBe(false);
  });
});
