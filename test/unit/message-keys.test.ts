import { describe, expect, it } from 'vitest';
import { isMessageKey, messageKeyOr } from '../../shared/i18n/keys';

describe('translation keys that arrive at run time', () => {
  it('are keys only when the strings hold them, plural forms by their base key', () => {
    expect(isMessageKey('assessment.errors.noteTooLong')).toBe(true);
    expect(isMessageKey('assessment.finalise.drafts')).toBe(true);
    expect(isMessageKey('assessment.finalise.drafts_one')).toBe(true);
    expect(isMessageKey('assessment.errors')).toBe(false);
    expect(isMessageKey('assessment.errors.noSuchKey')).toBe(false);
    expect(isMessageKey('Too small: expected number to be >=0')).toBe(false);
    expect(isMessageKey('constructor.name')).toBe(false);
    expect(isMessageKey('')).toBe(false);
  });

  it('fall back to a known key when a schema speaks in its own words', () => {
    expect(messageKeyOr('vendors.errors.nameRequired', 'vendors.errors.invalid')).toBe('vendors.errors.nameRequired');
    expect(messageKeyOr('Invalid input', 'vendors.errors.invalid')).toBe('vendors.errors.invalid');
    expect(messageKeyOr(undefined, 'vendors.errors.invalid')).toBe('vendors.errors.invalid');
  });
});
