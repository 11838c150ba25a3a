/**
 * Turns a scenario's assumption cells (numbers or formulas) into one number per projection year.
 * Formulas are compiled once (cached by text), ordered by their dependencies, checked for unknown names and
 * cycles, evaluated per year and checked against the assumption's bounds. Errors come back per cell, in Dutch.
 */
import { ASSUMPTION_DEFS, DERIVED_SUMS, EINDJAAR, assumptionDef, checkAssumptionValue, isStartValue } from '../../shared/assumptions';
import { compileFormula, FormulaError, TIME_NAMES, type CompiledFormula } from '../formula/formula';
import { numberSlices, valueOr0 } from '../numbers';

export interface CellInput {
  value: number;
  formula: string | null;
}

export interface Resolved {
  startYear: number;
  years: number[];
  /** The value of an assumption in each projection year (index 0 = startYear). */
  series(key: string): Float64Array;
  errors: Record<string, string>;
}

const NAME_TO_KEY = new Map(ASSUMPTION_DEFS.map((d) => [d.name, d.key]));
const DERIVED = new Map(DERIVED_SUMS.map((d) => [d.name, d.keys]));
const TIME = new Set<string>(TIME_NAMES);

export type FormulaCache = Map<string, CompiledFormula | FormulaError>;

function compileCached(text: string, cache: FormulaCache): CompiledFormula {
  let c = cache.get(text);
  if (!c) {
    if (cache.size >= 5000) cache.clear(); // a long session of edits: start over rather than grow without bound
    try {
      c = compileFormula(text);
    } catch (e) {
      c = e instanceof FormulaError ? e : new FormulaError(String(e));
    }
    cache.set(text, c);
  }
  if (c instanceof FormulaError) throw c;
  return c;
}

/** What a set of cells needs to be resolved, independent of their numbers: compiled formulas, dependencies, order. */
export interface ResolvePlan {
  startYear: number;
  years: number[];
  formulas: Map<string, CompiledFormula>;
  /** node (key or derived name) → nodes it reads */
  deps: Map<string, string[]>;
  /** Every formula and derived node, dependencies first. */
  order: string[];
  /** Compile, name and cycle errors per key. */
  errors: Record<string, string>;
}

export function planResolve(cells: Record<string, CellInput>, startYear: number, cache: FormulaCache = new Map()): ResolvePlan {
  const errors: Record<string, string> = {};
  const endCell = cells[EINDJAAR];
  if (endCell?.formula) errors[EINDJAAR] = 'Het laatste jaar van de projectie moet een getal zijn, geen formule.';
  const endYear = Math.max(startYear, Math.round(endCell?.value ?? startYear + 10));
  const years = Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i);

  // Compile formulas and find what each depends on.
  const formulas = new Map<string, CompiledFormula>();
  const deps = new Map<string, string[]>();
  for (const [key, cell] of Object.entries(cells)) {
    if (!cell.formula || key === EINDJAAR) continue;
    try {
      const f = compileCached(cell.formula, cache);
      const unknown = f.names.filter((n) => !TIME.has(n) && !NAME_TO_KEY.has(n) && !DERIVED.has(n));
      if (unknown.length) throw new FormulaError(`Onbekende naam "${unknown[0]}" in de formule. Gebruik de namen uit de lijst, of jaar en t.`);
      const missing = f.names.map((n) => NAME_TO_KEY.get(n)).find((k) => k && !cells[k]);
      if (missing) throw new FormulaError(`De formule gebruikt "${assumptionDef(missing)?.name}", maar die aanname ontbreekt.`);
      formulas.set(key, f);
      deps.set(key, f.names.filter((n) => !TIME.has(n)).map((n) => NAME_TO_KEY.get(n) ?? n));
    } catch (e) {
      errors[key] = (e as Error).message;
    }
  }
  for (const [name, keys] of DERIVED) deps.set(name, keys);

  // Dependency order (depth-first); a cycle marks every cell on it.
  const order: string[] = [];
  const state = new Map<string, 'busy' | 'done'>();
  const visit = (node: string, path: string[]): boolean => {
    const s = state.get(node);
    if (s === 'done') return true;
    if (s === 'busy') {
      const cycle = [...path.slice(path.indexOf(node)), node];
      const names = cycle.map((n) => assumptionDef(n)?.name ?? n).join(' → ');
      for (const n of cycle) if (formulas.has(n)) errors[n] = `Kringverwijzing: ${names}. Een formule mag niet (via andere formules) naar zichzelf verwijzen.`;
      return false;
    }
    state.set(node, 'busy');
    let ok = true;
    for (const d of deps.get(node) ?? []) if (deps.has(d) && !visit(d, [...path, node])) ok = false;
    state.set(node, 'done');
    order.push(node);
    return ok;
  };
  for (const node of deps.keys()) visit(node, []);
  return { startYear, years, formulas, deps, order, errors };
}

/** The formula and derived nodes that read (directly or through others) any of `keys`. */
export function dependentsOf(plan: ResolvePlan, keys: Iterable<string>): Set<string> {
  const hit = new Set<string>(keys);
  const out = new Set<string>();
  for (const node of plan.order) {
    if ((plan.deps.get(node) ?? []).some((d) => hit.has(d))) {
      hit.add(node);
      out.add(node);
    }
  }
  return out;
}

interface ResolvedInternal extends Resolved {
  /** The series of a cell (not of a derived sum): this resolution's own, or (incremental) its base's. */
  seriesOf(key: string): Float64Array | undefined;
  derived: Map<string, Float64Array>;
}

/** The affected nodes in order and the inputs they read that are not recomputed: the same in every run of a plan. */
interface IncrementalWork {
  plan: ResolvePlan;
  nodes: string[];
  inputs: { node: string; name: string }[];
}
const incrementalWork = new WeakMap<Set<string>, IncrementalWork>();

function workFor(plan: ResolvePlan, affected: Set<string>): IncrementalWork {
  const known = incrementalWork.get(affected);
  if (known && known.plan === plan) return known;
  const nodes = plan.order.filter((n) => affected.has(n));
  const inputs = [...new Set(nodes.flatMap((n) => (DERIVED.has(n) ? [] : (plan.deps.get(n) ?? []))))].filter((d) => !affected.has(d)).map((d) => ({ node: d, name: assumptionDef(d)?.name ?? d }));
  const work = { plan, nodes, inputs };
  incrementalWork.set(affected, work);
  return work;
}

/**
 * Evaluates a plan per year in dependency order. With `base` only the cells in `changed` and the nodes that
 * depend on them are computed again (the Monte Carlo); everything else is shared with `base` (read through it,
 * not copied). The caller does not change `base.affected` afterwards (what it implies is kept per set).
 */
export function evaluatePlan(plan: ResolvePlan, cells: Record<string, CellInput>, base?: { resolved: Resolved; changed: string[]; affected: Set<string> }): Resolved {
  const { years, startYear } = plan;
  const Y = years.length;
  const prior = base?.resolved as ResolvedInternal | undefined;
  const recompute = (node: string) => !prior || base!.affected.has(node);
  const errors: Record<string, string> = prior ? { ...prior.errors } : { ...plan.errors };
  if (prior) for (const n of base!.affected) if (plan.formulas.has(n)) delete errors[n];
  if (prior) for (const n of base!.affected) if (plan.errors[n]) errors[n] = plan.errors[n];

  // This resolution's own series: every cell's (full), or only the changed and affected cells' (incremental).
  const own = new Map<string, Float64Array>();
  const ownKeys = prior ? [...base!.changed, ...base!.affected].filter((key) => cells[key]) : Object.keys(cells);
  const take = numberSlices((ownKeys.length + DERIVED.size) * Y, 'evaluatePlan');
  for (const key of ownKeys) own.set(key, take(Y).fill(cells[key].value));
  const seriesOf = prior ? (key: string) => own.get(key) ?? prior.seriesOf(key) : (key: string) => own.get(key);
  const series = { get: seriesOf };
  const derivedValues = new Map<string, Float64Array>();
  for (const name of DERIVED.keys()) derivedValues.set(name, prior && !recompute(name) ? prior.derived.get(name)! : take(Y));

  // Full: every node in order, the scope starts from every cell. Incremental: only the affected nodes, and the
  // scope holds just what they read (their inputs that are not recomputed come from the series each year).
  const { nodes, inputs } = prior ? workFor(plan, base!.affected) : { nodes: plan.order, inputs: [] };
  const scope: Record<string, number> = {};
  if (!prior) for (const def of ASSUMPTION_DEFS) if (cells[def.key]) scope[def.name] = cells[def.key].value;
  // What each node reads and writes, looked up once instead of every year.
  const inputSeries = inputs.map(({ node, name }) => ({ name, values: series.get(node) ?? derivedValues.get(node) }));
  const steps = nodes.map((node) => {
    const keys = DERIVED.get(node);
    return {
      node,
      summed: keys?.map((k) => series.get(k)),
      derived: derivedValues.get(node),
      f: plan.formulas.get(node),
      def: assumptionDef(node),
      recompute: recompute(node),
      arr: cells[node] ? series.get(node) : undefined,
    };
  });
  for (let y = 0; y < Y; y++) {
    scope.jaar = scope.year = years[y];
    scope.t = y;
    for (const { name, values } of inputSeries) scope[name] = valueOr0(values, y);
    for (const { node, summed, derived, f, def, recompute, arr } of steps) {
      if (summed) {
        if (recompute) {
          let sum = 0;
          for (const values of summed) sum += valueOr0(values, y);
          derived![y] = sum;
        }
        scope[node] = derived![y];
        continue;
      }
      if (!f || !def || errors[node] || !recompute || !arr) {
        if (def && arr) scope[def.name] = arr[y];
        continue;
      }
      if (isStartValue(def) && y > 0) {
        arr[y] = arr[0];
        scope[def.name] = arr[0];
        continue;
      }
      let v: number;
      try {
        v = f.evaluate(scope);
      } catch (e) {
        errors[node] = e instanceof FormulaError ? e.message : `De formule kan niet worden uitgerekend: ${(e as Error).message}`;
        scope[def.name] = arr[y];
        continue;
      }
      const problem = checkAssumptionValue(def, v, true);
      if (problem) {
        errors[node] = isStartValue(def) ? problem : `${problem.replace(/\.$/, '')} (in ${years[y]}).`;
        scope[def.name] = arr[y];
        continue;
      }
      arr[y] = v;
      scope[def.name] = v;
    }
  }

  const resolved: ResolvedInternal = {
    startYear,
    years,
    series: (key) => seriesOf(key) ?? derivedValues.get(key) ?? new Float64Array(Y),
    errors,
    seriesOf,
    derived: derivedValues,
  };
  return resolved;
}

export function resolveAssumptions(cells: Record<string, CellInput>, startYear: number, cache: FormulaCache = new Map()): Resolved {
  return evaluatePlan(planResolve(cells, startYear, cache), cells);
}
