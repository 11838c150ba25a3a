import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assumptionDef, EINDJAAR, UITWIJKEN, URGENT_REGEL, inZorgKey, zelfstandigKey } from './assumptions';
import {
  assumptionEditText,
  formatAssumptionText,
  formatAssumptionValue,
  formatFlexible,
  formatNumber,
  formatPercent,
  formatYear,
  parseDutchNumber,
  parseShare,
  parseYesNo,
  readAssumptionInput,
  unitLabel,
} from './numberFormat';

const value = (r: ReturnType<typeof parseDutchNumber>) => (r.ok ? r.value : r.message);

describe('nl-NL numbers', () => {
  it('formats with a thousands point and a decimal comma', () => {
    expect(formatNumber(1234.5, 1)).toBe('1.234,5');
    expect(formatNumber(411137)).toBe('411.137');
  });

  it.each([
    ['1234', 1234],
    ['1.234', 1234],
    ['1.500', 1500],
    ['1.234.567', 1234567],
    ['1.234,5', 1234.5],
    ['1,5', 1.5],
    ['12,5', 12.5],
    ['0,25', 0.25],
    [',5', 0.5],
    ['0.5', 0.5],
    ['1.5', 1.5],
    ['12.75', 12.75],
    ['0.125', 0.125],
    [' 38 ', 38],
    ['-3', -3],
    ['\u22123,5', -3.5],
    ['1 234', 1234],
    ['1\u00a0234,5', 1234.5],
    ['-0', 0],
  ])('parses %j as %d', (text, expected) => {
    expect(parseDutchNumber(text)).toEqual({ ok: true, value: expected });
  });

  it.each(['', 'veel', 'abc', '=foo+', '1,2,3', '12a', '1.2.3,4,5', '1.23,5', '--1', '+3', '1e5', 'NaN', 'Infinity', '.', ',', '-'])(
    'refuses %j with a Dutch message',
    (text) => {
      const r = parseDutchNumber(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/getal|formule/);
    },
  );

  it('says what is wrong instead of "empty" for text and formulas, naming the column', () => {
    expect(value(parseDutchNumber('abc', { what: 'Plekken', whole: true }))).toBe('Plekken: "abc" is geen getal. Gebruik cijfers, bijvoorbeeld 24 of 1.500.');
    expect(value(parseDutchNumber('=foo+', { what: 'Plekken', whole: true }))).toBe('Plekken: hier kan geen formule; typ een getal, bijvoorbeeld 24 of 1.500.');
    expect(value(parseDutchNumber('', { what: 'Plekken', whole: true }))).toMatch(/^Plekken: vul een getal in/);
    expect(value(parseDutchNumber(''))).toMatch(/^Vul een getal in/);
    expect(value(parseDutchNumber('veel'))).toBe('"veel" is geen getal. Gebruik cijfers en een komma voor decimalen, bijvoorbeeld 1.234,5.');
  });

  it('refuses a fraction in a whole-number cell, naming the column', () => {
    expect(value(parseDutchNumber('1,5', { what: 'Plekken', whole: true }))).toBe('Plekken: vul een heel getal in; 1,5 heeft decimalen.');
    expect(value(parseDutchNumber('1.5', { what: 'Plekken', whole: true }))).toBe('Plekken: vul een heel getal in; 1,5 heeft decimalen.');
    expect(value(parseDutchNumber('1.500', { what: 'Plekken', whole: true }))).toBe(1500);
  });

  it('formatting then parsing gives the number back (any sign, size and up to 6 decimals)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 }), (n, d) => {
        const x = n / 10 ** d;
        expect(parseDutchNumber(formatNumber(x, d))).toEqual({ ok: true, value: x });
        expect(parseDutchNumber(formatFlexible(x, 6))).toEqual({ ok: true, value: x });
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on random text, and every answer is a finite number or a Dutch message', () => {
    const alphabet = fc.constantFrom(...'0123456789.,- %=+eE\u00a0\u2212abc'.split(''));
    const texts = fc.oneof(fc.string(), fc.string({ unit: alphabet }), fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(texts, (t) => {
        for (const r of [parseDutchNumber(t), parseDutchNumber(t, { whole: true, what: 'Plekken' }), parseShare(t), parseYesNo(t)]) {
          if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
          else expect(r.message.length).toBeGreaterThan(5);
        }
      }),
      { numRuns: 3000 },
    );
    fc.assert(fc.property(fc.anything(), (x) => void parseDutchNumber(x)));
  });
});

describe('shares, years and yes/no', () => {
  it.each([
    ['3 %', 0.03],
    ['3%', 0.03],
    ['0,5 %', 0.005],
    ['1,1%', 0.011],
    ['0,03', 0.03],
    ['3', 0.03],
    ['100', 1],
    ['1', 1],
    ['0', 0],
  ])('reads share %j as %d', (text, expected) => {
    expect(value(parseShare(text))).toBe(expected);
  });

  it('notes how a bare number from 0 to 1 was read', () => {
    const r = parseShare('0,5');
    expect(r.ok && r.note).toContain('0,5 is gelezen als 50 %');
    const s = parseShare('3 %');
    expect(s.ok && s.note).toBeFalsy();
  });

  it('shows a share as a percentage that reads back as the same share', () => {
    expect(formatPercent(0.03)).toBe('3 %');
    expect(formatPercent(0.125)).toBe('12,5 %');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => {
        const share = n / 10_000;
        expect(value(parseShare(formatPercent(share)))).toBe(share);
      }),
    );
  });

  it('shows a year without a thousands separator', () => {
    expect(formatYear(2035)).toBe('2035');
    expect(formatAssumptionValue(assumptionDef(EINDJAAR)!, 2035)).toBe('2035');
  });

  it.each([
    ['ja', 1],
    ['Ja', 1],
    ['nee', 0],
    [' NEE ', 0],
    ['1', 1],
    ['0', 0],
  ])('reads yes/no %j as %d', (text, expected) => {
    expect(value(parseYesNo(text))).toBe(expected);
  });

  it('refuses anything else as yes/no', () => {
    expect(value(parseYesNo('misschien', { what: 'Uitwijken' }))).toBe('Uitwijken: kies ja of nee ("misschien" is geen van beide).');
  });
});

describe('assumption cells', () => {
  const share = assumptionDef(zelfstandigKey('allInclusive'))!;
  const yesNo = assumptionDef(UITWIJKEN)!;
  const choice = assumptionDef(URGENT_REGEL)!;
  const clients = assumptionDef(inZorgKey('GM0153', 'allInclusive'))!;
  const year = assumptionDef(EINDJAAR)!;

  it('shows each kind as users read it', () => {
    expect(formatAssumptionValue(share, 0.03)).toBe('3 %');
    expect(formatAssumptionValue(yesNo, 1)).toBe('ja');
    expect(formatAssumptionValue(yesNo, 0)).toBe('nee');
    expect(formatAssumptionValue(choice, 1)).toBe('verdeelsleutel');
    expect(formatAssumptionValue(clients, 1234)).toBe('1.234');
    expect(assumptionEditText(share, 0.0123456)).toBe('1,23456 %');
    expect(unitLabel(share)).toBe('%');
    expect(unitLabel(yesNo)).toBe('ja of nee');
  });

  it('shows a stored value or formula the same way wherever it is shown again (source note, history, comparison, report)', () => {
    const v = (value: number, formula: string | null = null) => ({ value, formula });
    expect(formatAssumptionText(share, v(0.8))).toBe('80 %');
    expect(formatAssumptionText(yesNo, v(1))).toBe('ja');
    expect(formatAssumptionText(year, v(2035))).toBe('2035');
    expect(formatAssumptionText(choice, v(2))).toBe('hybride');
    expect(formatAssumptionText(clients, v(1234, '=1000 + 234'))).toBe('=1000 + 234 (1.234)');
    expect(formatAssumptionText(undefined, v(0.8))).toBe('0,8');
  });

  it('reads typed text per kind, with the bounds in the units shown', () => {
    expect(value(readAssumptionInput(share, '3 %'))).toBe(0.03);
    expect(value(readAssumptionInput(share, '150 %'))).toMatch(/kies een percentage van 0 % tot en met 100 %/);
    expect(value(readAssumptionInput(yesNo, 'ja'))).toBe(1);
    expect(value(readAssumptionInput(choice, 'Hybride'))).toBe(2);
    expect(value(readAssumptionInput(choice, 'hyb'))).toBe(2);
    expect(value(readAssumptionInput(choice, '1'))).toMatch(/kies een van "woonplaatsbeginsel"/);
    expect(value(readAssumptionInput(choice, 'iets'))).toMatch(/kies een van "woonplaatsbeginsel"/);
    expect(value(readAssumptionInput(clients, '1,5'))).toMatch(/heel getal in; 1,5 heeft decimalen/);
    expect(value(readAssumptionInput(clients, '-5'))).toMatch(/mag niet negatief zijn/);
    expect(value(readAssumptionInput(year, '2.035'))).toBe(2035);
    expect(value(readAssumptionInput(year, '2070'))).toMatch(/kies een jaar van 2025 tot en met 2060/);
  });
});
