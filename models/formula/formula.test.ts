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

  it('calculate with plain numbers only (mathjs/number): no complex or unit results, a root of a negative number is NaN', () => {
    // NaN is refused by the assumption check ("de uitkomst is geen eindig getal"), so the stored value is used.
    for (const text of ['sqrt(-4)', 'log(-1)', '(-8) ^ (1 / 3)', 'abs(sqrt(-4))']) expect(compileFormula(`=${text}`).evaluate({}), text).toBeNaN();
    expect(compileFormula('=2 ^ 0,5').evaluate({})).toBe(Math.SQRT2);
  });
});
