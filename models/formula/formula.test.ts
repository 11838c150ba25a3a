/**
 * Plain arithmetic formulas are evaluated without mathjs's machinery (formula.ts, plainArithmetic): the numbers
 * must be exactly what mathjs gives, and anything else must still go through mathjs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFormula } from './formula';
import { parseExpression } from './mathjs';

const NAMES = ['a', 'b', 'jaar'];

/** Formula text from numbers (Dutch decimal commas, percentages), names, + − × ÷, unary minus, parentheses and round. */
const formula: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => (Math.round(x * 1000) / 1000).toString().replace('.', ',').replace(/^-/, '0 - ')),
    fc.integer({ min: 0, max: 200 }).map((x) => `${x}%`),
    fc.constantFrom(...NAMES),
    fc.tuple(tie('e'), fc.constantFrom(' + ', ' - ', ' * ', ' / '), tie('e')).map(([x, op, y]) => `(${x}${op}${y})`),
    tie('e').map((x) => `-(${x})`),
    tie('e').map((x) => `round(${x})`),
    fc.tuple(tie('e'), fc.integer({ min: 0, max: 4 })).map(([x, d]) => `round(${x}; ${d})`),
  ),
})).e;

const scope = fc.record({ a: fc.double({ noNaN: true, min: -1e9, max: 1e9 }), b: fc.oneof(fc.constant(0), fc.double({ noNaN: true, min: -1e3, max: 1e3 })), jaar: fc.integer({ min: 2025, max: 2060 }) });

/** What mathjs itself gives for the formula (booleans as 0/1, as compileFormula reports them). */
function byMathjs(text: string, s: Record<string, number>): number {
  const v: unknown = parseExpression(text.replace(/^=/, '').replace(/(\d),(\d)/g, '$1.$2').replace(/;/g, ',')).compile().evaluate({ ...s });
  return typeof v === 'boolean' ? Number(v) : (v as number);
}

describe('formulas of plain arithmetic', () => {
  it('give exactly the numbers mathjs gives (also NaN and ±Infinity)', () => {
    fc.assert(
      fc.property(formula, scope, (text, s) => {
        const f = compileFormula(`=${text}`);
        expect(Object.is(f.evaluate({ ...s }), byMathjs(text, s))).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('leave everything else to mathjs: powers, comparisons, ?:, other functions, mod', () => {
    const s = { a: -8, b: 3, jaar: 2030 };
    for (const text of ['a ^ (1 / 3)', 'a < b ? 1 : 2', 'max(a; b)', 'a % b', 'a mod b', 'floor(a / b)', 'a == -8', 'sqrt(b)']) {
      const f = compileFormula(`=${text}`);
      let mine: unknown;
      let theirs: unknown;
      try {
        mine = f.evaluate({ ...s });
      } catch (e) {
        mine = (e as Error).constructor.name;
      }
      try {
        const v = byMathjs(text, s);
        theirs = typeof v === 'number' ? v : 'FormulaError';
      } catch (e) {
        theirs = (e as Error).constructor.name;
      }
      expect(mine, text).toEqual(theirs);
    }
  });

  it('leave a name missing from the scope to mathjs (an error, or a constant mathjs knows), also inside round', () => {
    const outcome = (text: string, s: Record<string, number>) => {
      try {
        return compileFormula(`=${text}`).evaluate({ ...s });
      } catch (e) {
        return (e as Error).message;
      }
    };
    const theirs = (text: string, s: Record<string, number>) => {
      try {
        return byMathjs(text, s);
      } catch (e) {
        return (e as Error).message;
      }
    };
    for (const [text, s] of [['a * 2 + b', { a: 1 }], ['round(1; b)', {}], ['round(1,23456; round(e))', {}], ['2 * pi', {}], ['round(2,5)', { round: 5 }]] as const) {
      expect(outcome(text, s), text).toEqual(theirs(text, s));
    }
    expect(outcome('a * 2 + b', { a: 1 })).toMatch(/b/);
    expect(outcome('round(1,23456; round(e))', {})).toBe(1.235);
  });

  it('round as the app defines it: half away from zero, decimals 0 to 15', () => {
    expect(compileFormula('=round(2,5)').evaluate({})).toBe(3);
    expect(compileFormula('=round(-2,5)').evaluate({})).toBe(-3);
    expect(compileFormula('=round(1,005; 2)').evaluate({})).toBe(1.01);
    expect(() => compileFormula('=round(1; 1,5)').evaluate({})).toThrow(/decimalen/);
  });

  it('calculate with plain numbers only (mathjs/number), with the full build’s mod and Dutch errors for negative roots', () => {
    const outcome = (text: string, scope: Record<string, number> = {}) => {
      try {
        return compileFormula(`=${text}`).evaluate(scope);
      } catch (e) {
        return (e as Error).message;
      }
    };
    // The full build's mod (its floor corrects a rounding error just below a whole number); the plain one gave 0,2.
    expect(outcome('0,6 mod 0,2')).toBe(0);
    expect(outcome('(0,6 mod 0,2) == 0 ? 100 : 0')).toBe(100);
    expect(outcome('7 mod 3')).toBe(1);
    expect(outcome('-7 mod 3')).toBe(2);
    // Complex in the full build, NaN in the plain one (inside a comparison a silent branch): a Dutch error instead.
    expect(outcome('sqrt(b) > 1 ? 1 : 2', { b: -4 })).toBe('de wortel van een negatief getal (-4) bestaat niet.');
    expect(outcome('log(-1)')).toMatch(/^de logaritme van een negatief getal/);
    expect(outcome('(-8) ^ (1 / 3)')).toMatch(/^een gebroken macht \(0,333.*\) van een negatief getal \(-8\) bestaat niet\.$/);
    expect(outcome('(-2) ^ 2')).toBe(4);
    expect(outcome('2 ^ 0,5')).toBe(Math.SQRT2);
    expect(outcome('sqrt(16) + log(100; 10)')).toBe(6);
    expect(outcome('log(2; 0)')).toMatch(/^een logaritme met grondtal 0 bestaat niet/);
    expect(outcome('log(5; 1)')).toMatch(/grondtal 1 bestaat niet/);
    expect(outcome('log(5; -2)')).toMatch(/grondtal -2 bestaat niet/);
    expect(outcome('0,6 % 0,2')).toBe(0);
    expect(outcome('2,4 mod 0,8')).toBe(0);
    expect(outcome('2,5 mod 0,8')).toBeCloseTo(0.1, 12);
    // A comparison with NaN would silently pick a branch.
    expect(outcome('a / b > 1 ? 10 : 20', { a: 0, b: 0 })).toBe('de vergelijking > krijgt een ongeldig getal (bijvoorbeeld 0 / 0).');
    expect(outcome('a / b > 1 ? 10 : 20', { a: 5, b: 0 })).toBe(10);
  });

  it('say in Dutch how many numbers a function takes', () => {
    expect(() => compileFormula('=sqrt(16; 2)')).toThrow('sqrt(…) heeft één getal nodig (gescheiden door een puntkomma), niet 2.');
    expect(() => compileFormula('=round(1; 2; 3)')).toThrow('round(…) heeft 1 of 2 getallen nodig (gescheiden door een puntkomma), niet 3.');
    expect(() => compileFormula('=log()')).toThrow(/log\(…\) heeft 1 of 2 getallen nodig/);
    expect(() => compileFormula('=pow(1; 2; 3)')).toThrow('pow(…) heeft 2 getallen nodig (gescheiden door een puntkomma), niet 3.');
    expect(compileFormula('=max(1; 2; 3)').evaluate({})).toBe(3);
  });

  it('refuse element-wise, bitwise, unit and other operators in Dutch; arithmetic, comparisons and logic stay', () => {
    for (const text of ['a .* 2', 'a ./ 2', 'a .^ 2', 'a ?? 2', "a'", 'a!', 'a & 1', 'a | 1', '~a', 'a << 1', 'a to b']) {
      expect(() => compileFormula(`=${text}`), text).toThrow(/mag niet in een formule/);
    }
    const s = { a: 3, b: 2 };
    const cases: [string, number][] = [['a + b * 2 - 1 / 2', 6.5], ['a ^ b', 9], ['a % b', 1], ['50%', 0.5], ['a >= b and not (a == b)', 1], ['a < b or a xor b', 0], ['a != b ? 1 : 2', 1]];
    for (const [text, value] of cases) expect(compileFormula(`=${text}`).evaluate({ ...s }), text).toBe(value);
  });
});
