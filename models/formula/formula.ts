/**
 * Formulas in assumption cells: "=15 * 1,02 ^ (jaar - 2025)".
 * Dutch input is normalised (decimal comma → point, ";" separates arguments), then only a small safe subset of
 * mathjs is accepted: numbers, names, + − × ÷ ^ %, comparisons, a ? b : c, and a few functions.
 */
import type { EvalFunction, MathNode } from 'mathjs';
import { parseExpression, roundNumber } from './mathjs';
export { isFormulaText } from '../../shared/formulaText';

export const ALLOWED_FUNCTIONS = ['min', 'max', 'round', 'floor', 'ceil', 'abs', 'sqrt', 'exp', 'log', 'pow'] as const;
/** Names every formula may use besides the named assumptions. */
export const TIME_NAMES = ['jaar', 'year', 't'] as const;

const ALLOWED_NODES = new Set(['ConstantNode', 'SymbolNode', 'OperatorNode', 'ParenthesisNode', 'FunctionNode', 'ConditionalNode']);
const ALLOWED_FN = new Set<string>(ALLOWED_FUNCTIONS);
/** How many numbers each function takes: [at least, at most]. */
const ARGUMENT_COUNT: Record<(typeof ALLOWED_FUNCTIONS)[number], [number, number]> = {
  min: [2, Infinity], max: [2, Infinity], round: [1, 2], floor: [1, 2], ceil: [1, 2], abs: [1, 1], sqrt: [1, 1], exp: [1, 1], log: [1, 2], pow: [2, 2],
};
/** Operators (mathjs's names): arithmetic, comparisons and logic; not element-wise, bitwise, units, ?? or ! and '. */
const ALLOWED_OPERATORS = new Set([
  'add', 'subtract', 'multiply', 'divide', 'pow', 'mod', 'unaryMinus', 'unaryPlus',
  'equal', 'unequal', 'smaller', 'larger', 'smallerEq', 'largerEq', 'and', 'or', 'xor', 'not',
]);

export interface CompiledFormula {
  text: string;
  /** Names of assumptions (and time names) the formula reads. */
  names: string[];
  evaluate(scope: Record<string, number>): number;
}

export class FormulaError extends Error {}

/** "=1,5 * max(a; 2)" → "1.5 * max(a, 2)". */
export function normaliseFormula(text: string): string {
  return text
    .trim()
    .replace(/^=/, '')
    .replace(/(\d),(\d)/g, '$1.$2')
    .replace(/;/g, ',');
}

export function compileFormula(text: string): CompiledFormula {
  const expr = normaliseFormula(text);
  if (expr === '') throw new FormulaError('De formule is leeg.');
  if (expr.length > 500) throw new FormulaError('De formule is te lang (hoogstens 500 tekens).');
  let node: MathNode;
  try {
    node = parseExpression(expr);
  } catch (e) {
    throw new FormulaError(`De formule klopt niet: ${dutchSyntaxMessage((e as Error).message)}`);
  }
  const names = new Set<string>();
  node.traverse((n, path, parent) => {
    if (!ALLOWED_NODES.has(n.type)) throw new FormulaError(`Dit onderdeel mag niet in een formule: "${n.toString()}".`);
    if (n.type === 'OperatorNode' && !ALLOWED_OPERATORS.has((n as unknown as { fn: string }).fn)) {
      throw new FormulaError(
        `Het teken "${(n as unknown as { op: string }).op}" mag niet in een formule. Toegestaan: + - * / ^ %, mod, vergelijkingen (< > <= >= == !=), and, or, not, xor en a ? b : c.`,
      );
    }
    if (n.type === 'FunctionNode') {
      const fn = (n as unknown as { fn: { name?: string } }).fn.name ?? '';
      if (!ALLOWED_FN.has(fn)) throw new FormulaError(`Onbekende functie "${fn}". Toegestaan: ${ALLOWED_FUNCTIONS.join(', ')}.`);
      const args = (n as unknown as { args: MathNode[] }).args.length;
      const [least, most] = ARGUMENT_COUNT[fn as keyof typeof ARGUMENT_COUNT];
      if (least >= 2 && args < 2) {
        // "max(1,2)" reads as max(1,2 as a decimal number): say so instead of silently taking 1,2.
        throw new FormulaError(
          `${fn}(…) heeft minstens twee getallen nodig, gescheiden door een puntkomma: ${fn}(1; 2). Een komma tussen twee cijfers is een decimaalteken (1,2 is één getal).`,
        );
      }
      if (args < least || args > most) {
        const wanted = least === most ? `${least === 1 ? 'één getal' : `${least} getallen`}` : most === Infinity ? `minstens ${least} getallen` : `${least} of ${most} getallen`;
        throw new FormulaError(`${fn}(…) heeft ${wanted} nodig (gescheiden door een puntkomma), niet ${args}.`);
      }
    }
    if (n.type === 'ConstantNode' && typeof (n as unknown as { value: unknown }).value !== 'number') {
      throw new FormulaError('Een formule rekent alleen met getallen.');
    }
    if (n.type === 'SymbolNode' && !(parent?.type === 'FunctionNode' && path === 'fn')) {
      names.add((n as unknown as { name: string }).name);
    }
  });
  const direct = plainArithmetic(node);
  const usesRound = /\bround\b/.test(expr);
  let code: EvalFunction | undefined; // mathjs's own evaluation, made when first needed
  return {
    text,
    names: [...names],
    evaluate(scope) {
      // A name the scope lacks (mathjs may know it, or says what is wrong), or a scope that redefines round: mathjs.
      if (direct && !hasMissingName(scope, names) && !(usesRound && 'round' in scope)) return direct(scope);
      const v: unknown = (code ??= node.compile()).evaluate(scope);
      if (typeof v === 'boolean') return v ? 1 : 0;
      if (typeof v !== 'number') throw new FormulaError('De formule levert geen getal op.');
      return v;
    },
  };
}

type Direct = (scope: Record<string, number>) => number;

const BINARY: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
};

/**
 * A formula of numbers, names, + − × ÷ (also "50%" and "2 jaar"), unary minus and plus, parentheses and round,
 * as plain functions: what mathjs computes for numbers (addNumber is a + b, divideScalar x / y, round is ours),
 * without its evaluation machinery (a Monte Carlo run evaluates formulas thousands of times). Anything else
 * (comparisons, ?:, other functions, mod, ^) is left to mathjs: null.
 */
function plainArithmetic(node: MathNode): Direct | null {
  const n = node as unknown as { type: string; value?: unknown; name?: string; fn?: string | { name?: string }; args?: MathNode[]; content?: MathNode };
  switch (n.type) {
    case 'ConstantNode': {
      const value = n.value;
      return typeof value === 'number' ? () => value : null;
    }
    case 'SymbolNode': {
      const name = n.name!;
      return (scope) => scope[name]; // evaluate() only takes this path when every name is a number in the scope
    }
    case 'ParenthesisNode':
      return plainArithmetic(n.content!);
    case 'OperatorNode': {
      const args = (n.args ?? []).map(plainArithmetic);
      if (args.some((a) => !a)) return null;
      const fn = n.fn as string;
      if (args.length === 2 && BINARY[fn]) {
        const [a, b] = args as Direct[];
        const op = BINARY[fn];
        return (scope) => op(a(scope), b(scope));
      }
      if (args.length === 1 && fn === 'unaryMinus') {
        const a = args[0]!;
        return (scope) => -a(scope);
      }
      if (args.length === 1 && fn === 'unaryPlus') return args[0];
      return null;
    }
    case 'FunctionNode': {
      const fn = (n.fn as { name?: string }).name;
      const args = (n.args ?? []).map(plainArithmetic);
      if (fn !== 'round' || args.some((a) => !a)) return null;
      if (args.length === 1) {
        const [a] = args as Direct[];
        return (scope) => roundNumber(a(scope));
      }
      if (args.length === 2) {
        const [a, b] = args as Direct[];
        return (scope) => roundNumber(a(scope), b(scope));
      }
      return null;
    }
    default:
      return null;
  }
}

function hasMissingName(scope: Record<string, number>, names: Iterable<string>): boolean {
  for (const name of names) if (typeof scope[name] !== 'number') return true;
  return false;
}

function dutchSyntaxMessage(message: string): string {
  const at = /\(char (\d+)\)/.exec(message);
  const where = at ? ` (bij teken ${at[1]})` : '';
  if (/Parenthesis/i.test(message)) return `haakjes kloppen niet${where}.`;
  if (/Unexpected end/i.test(message)) return `de formule houdt onverwacht op${where}.`;
  if (/Unexpected operator/i.test(message)) return `onverwacht teken${where}. Gebruik ; tussen argumenten, bijvoorbeeld max(1,5; 2).`;
  return `onverwacht teken of woord${where}.`;
}
