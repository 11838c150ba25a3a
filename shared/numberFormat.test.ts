import { describe, expect, it } from 'vitest';
import { formatNumber, parseDutchNumber } from './numberFormat';

describe('nl-NL numbers', () => {
  it('formats with a thousands point and a decimal comma', () => {
    expect(formatNumber(1234.5, 1)).toBe('1.234,5');
    expect(formatNumber(411137)).toBe('411.137');
  });

  it.each([
    ['1234', 1234],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['1.234,5', 1234.5],
    ['12,5', 12.5],
    ['0,25', 0.25],
    ['0.5', 0.5],
    [' 38 ', 38],
    ['-3', -3],
    ['1 234', 1234],
  ])('parses %j as %d', (text, value) => {
    expect(parseDutchNumber(text)).toEqual({ ok: true, value });
  });

  it.each(['', 'veel', '1,2,3', '12a', '1.2.3,4,5', '--1', 'NaN', 'Infinity'])('refuses %j with a Dutch message', (text) => {
    const r = parseDutchNumber(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/getal/);
  });
});
