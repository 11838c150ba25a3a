/**
 * A locked-down mathjs instance (ENGINEERING.md §4): parse and compile are captured first, then every
 * function that could define, import or evaluate code is replaced by a stub that throws.
 */
import { all, create, type MathNode } from 'mathjs';

const math = create(all);
export const parseExpression: (expr: string) => MathNode = math.parse;

const blocked = (name: string) => () => {
  throw new Error(`${name} is niet toegestaan in een formule`);
};
math.import(
  {
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
