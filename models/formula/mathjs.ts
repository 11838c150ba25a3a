/**
 * A locked-down mathjs instance (ENGINEERING.md §4): parse and compile are captured first, then every function
 * that could define, import or evaluate code is replaced by a stub that throws. It is mathjs's plain-number build
 * (mathjs/number): a third of the code, so a Monte Carlo worker and the app load faster. Formulas calculate with
 * numbers only anyway. Where the two builds differ for numbers, the full build's answer is kept (mod) or a Dutch
 * error replaces both (a square root, logarithm or broken power of a negative number: complex in the full build,
 * NaN here, which inside a comparison would silently pick a branch).
 */
import { all, create, type MathNode } from 'mathjs/number';

const math = create(all);
export const parseExpression: (expr: string) => MathNode = math.parse;

const blocked = (name: string) => () => {
  throw new Error(`${name} is niet toegestaan in een formule`);
};
/** round as mathjs defines it (half away from zero, optional decimals), for plain numbers without its slow precision path. */
export function roundNumber(x: number, decimals = 0): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) throw new Error('round: het aantal decimalen moet een heel getal van 0 tot 15 zijn');
  const f = 10 ** decimals;
  const r = Math.round(Math.abs(x) * f * (1 + Number.EPSILON)) / f;
  return x < 0 && r !== 0 ? -r : r;
}

const numberPow = math.pow;
const floor = math.floor;
/** A number in a message with a decimal comma (models/ does not use the UI's formatters). */
const dutch = (x: number) => String(x).replace('.', ',');
const negative = (what: string, x: number) => new Error(`${what} van een negatief getal (${dutch(x)}) bestaat niet.`);

/** A comparison with NaN (0 / 0, say) would silently be false and pick a branch of ?: : a Dutch error instead. */
const compared = (name: 'equal' | 'unequal' | 'smaller' | 'larger' | 'smallerEq' | 'largerEq', sign: string) => {
  const compare = math[name] as (x: number, y: number) => boolean;
  return math.typed(name, {
    'number, number': (x: number, y: number) => {
      if (Number.isNaN(x) || Number.isNaN(y)) throw new Error(`de vergelijking ${sign} krijgt een ongeldig getal (bijvoorbeeld 0 / 0).`);
      return compare(x, y);
    },
  });
};

math.import(
  {
    equal: compared('equal', '=='),
    unequal: compared('unequal', '!='),
    smaller: compared('smaller', '<'),
    larger: compared('larger', '>'),
    smallerEq: compared('smallerEq', '<='),
    largerEq: compared('largerEq', '>='),
    round: math.typed('round', { number: (x: number) => roundNumber(x), 'number, number': roundNumber }),
    // As the full build (floor with its correction for a rounding error just below a whole number), and a rest
    // within a rounding error of 0 or of y is 0: 0,6 mod 0,2 is 0, not −1,1e-16 (which a cell ≥ 0 would refuse).
    mod: math.typed('mod', {
      'number, number': (x: number, y: number) => {
        if (y === 0) return x;
        const r = x - y * floor(x / y);
        const tiny = 1e-12 * Math.abs(y);
        return Math.abs(r) <= tiny || Math.abs(r - y) <= tiny ? 0 : r;
      },
    }),
    sqrt: math.typed('sqrt', {
      number: (x: number) => {
        if (x < 0) throw negative('de wortel', x);
        return Math.sqrt(x);
      },
    }),
    log: math.typed('log', {
      number: (x: number) => {
        if (x < 0) throw negative('de logaritme', x);
        return Math.log(x);
      },
      'number, number': (x: number, base: number) => {
        if (x < 0) throw negative('de logaritme', x);
        if (!(base > 0) || base === 1) throw new Error(`een logaritme met grondtal ${dutch(base)} bestaat niet (het grondtal moet groter dan 0 zijn en niet 1).`);
        return Math.log(x) / Math.log(base);
      },
    }),
    pow: math.typed('pow', {
      'number, number': (x: number, y: number) => {
        if (x < 0 && !Number.isInteger(y)) throw negative(`een gebroken macht (${dutch(y)})`, x);
        return numberPow(x, y);
      },
    }),
    import: blocked('import'),
    createUnit: blocked('createUnit'),
    reviver: blocked('reviver'),
    evaluate: blocked('evaluate'),
    parse: blocked('parse'),
    compile: blocked('compile'),
    simplify: blocked('simplify'),
    derivative: blocked('derivative'),
    resolve: blocked('resolve'),
  },
  { override: true },
);
