import { formatCount, formatDay, formatMultiple, formatShare } from './format.js';

describe('format', () => {
  it('groups counts in the locale', () => {
    expect(formatCount(12345, 'en-GB')).toBe('12,345');
    expect(formatCount(12345, 'de-DE')).toBe('12.345');
  });

  it('shows a share as a percentage with at most the digits asked for', () => {
    expect(formatShare(0.355, 'en-GB')).toBe('35.5%');
    expect(formatShare(0.25, 'en-GB')).toBe('25%');
    expect(formatShare(0.12345, 'en-GB', 2)).toBe('12.35%');
  });

  it('shows a ratio with a times sign', () => {
    expect(formatMultiple(4.256, 'en-GB')).toBe('4.26×');
  });

  it('keeps a local day the day it is, whatever the reader’s zone', () => {
    expect(formatDay('2026-11-30', 'en-GB')).toBe('30 Nov 2026');
    expect(formatDay('2026-01-01', 'en-US', { month: 'short', day: 'numeric' })).toBe('Jan 1');
    expect(formatDay('not a day', 'en-GB')).toBe('not a day');
  });
});
