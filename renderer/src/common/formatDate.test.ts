import { describe, expect, it } from 'vitest';
import { formatDate, UNKNOWN_DATE } from './formatDate';

describe('formatDate', () => {
  it('formats ISO timestamps in Dutch', () => {
    expect(formatDate('2026-03-03T12:00:00Z', 'longDate')).toMatch(/^3 maart 2026$/);
    expect(formatDate('2026-03-03T12:00:00Z', 'dateTime')).toMatch(/3 mrt 2026/);
    expect(formatDate(new Date(2026, 10, 25, 16, 40), 'longDateComma')).toBe('25 november 2026, 16:40');
    expect(formatDate('x', 'longDateComma')).toBe(UNKNOWN_DATE);
  });

  it('never throws on unreadable, missing or out-of-range dates', () => {
    for (const value of ['x', '', null, undefined, Number.NaN, 8.64e15 + 1, new Date('kapot'), '2026-13-45']) {
      expect(formatDate(value as string, 'longDateTime')).toBe(UNKNOWN_DATE);
    }
  });
});
