/**
 * A locked-down mathjs instance (ENGINEERING.md §4): parse and compile are captured first, then every function
 * that could define, import or evaluate code is replaced by a stub that throws. It is mathjs's plain-number build
 * (mathjs/number): a third of the code, so a Monte Carlo worker and the app load faster. Formulas calculate with
 * numbers only anyway; a result that would be complex (sqrt(-4)) is NaN, which the assumption check refuses.
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

math.import(
  {
    round: math.typed('round', { number: (x: number) => roundNumber(x), 'number, number': roundNumber }),
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
