/**
 * "Neem over": from the monitor's estimates to assumption values and ranges for a new scenario. Pure: it returns
 * the edits (value per key, an 80 % interval as the range, the source text); the backend applies them.
 */
import { assumptionDef, instroomBasisKey } from '../../shared/assumptions';
import type { VariantId } from '../../shared/domain';
import { periodLabel, type Period } from '../../shared/observations';
import type { AssumptionRange } from '../../shared/ranges';
import type { Estimate, Estimates } from './estimate';
import { formLabel, nl } from './format';
import { currentGrowth, currentInflow, type CurrentValues } from './scenarioValues';
import { variantsOf } from './table';

export interface AssumptionEdit {
  key: string;
  value: number;
  source: string;
}

export interface RangeEdit {
  key: string;
  range: AssumptionRange;
}

export interface Adoption {
  /** "Geschat uit de monitor <periode> (<bestand>)". */
  source: string;
  values: AssumptionEdit[];
  ranges: RangeEdit[];
  /** Dutch: what had to be adjusted (clamped to the assumption's bounds, split over forms, left out). */
  notes: string[];
}

/** The source text of every adopted value. */
export function monitorSource(span: Period | null, fileName: string): string {
  return `Geschat uit de monitor${span ? ` ${periodLabel(span)}` : ''} (${fileName})`;
}

const DECIMALS: Record<string, number> = { maanden: 2, 'fractie per jaar': 4, aandeel: 4 };
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/** Shares for splitting a count over keys: by the current values when they are all of one sign, else equal. */
function splitWeights(current: number[]): number[] {
  const positive = current.every((x) => x >= 0);
  const negative = current.every((x) => x <= 0);
  const w = positive || negative ? current.map(Math.abs) : current.map(() => 1);
  const sum = w.reduce((a, b) => a + b, 0);
  return sum > 0 ? w.map((x) => x / sum) : current.map(() => 1 / current.length);
}

interface Part {
  key: string;
  value: number;
  low: number;
  high: number;
  split: boolean;
}

function partsOf(e: Estimate, current: CurrentValues, notes: string[]): Part[] {
  if (e.apply === 'each') return e.keys.map((key) => ({ key, value: e.value, low: e.low, high: e.high, split: false }));
  if (e.kind === 'instroom') {
    // The model's inflow of a form is its base inflow plus its growth: the base is what is left of the estimate.
    const variants = e.form ? variantsOf(e.form) : [];
    const w = splitWeights(variants.map((v) => currentInflow(current, v)));
    return variants.map((v: VariantId, i) => {
      const growth = currentGrowth(current, v);
      const part = { key: instroomBasisKey(v), value: e.value * w[i] - growth, low: e.low * w[i] - growth, high: e.high * w[i] - growth, split: variants.length > 1 };
      if (growth !== 0) notes.push(`Basisinstroom ${formLabel(v)}: de schatting min de groei die het model erbij optelt (${nl(growth, 1)} per jaar), zodat het model met de geschatte instroom rekent.`);
      return part;
    });
  }
  const w = splitWeights(e.keys.map((k) => current[k] ?? 0));
  return e.keys.map((key, i) => ({ key, value: e.value * w[i], low: e.low * w[i], high: e.high * w[i], split: true }));
}

/**
 * The edits for a new scenario from the estimates (all, or only the ids in `only`): each key gets the estimate as
 * its value and its 80 % interval as the range, within the assumption's bounds. The inflow of a form is its base
 * inflow plus its need growth in the model: the base is set so that their sum is the estimate (with the adopted
 * growth when that is adopted too).
 */
export function adoptEstimates(estimates: Estimates, opts: { fileName: string; current?: CurrentValues; only?: readonly string[] }): Adoption {
  const current = opts.current ?? {};
  const source = monitorSource(estimates.span, opts.fileName);
  const notes: string[] = [];
  const values = new Map<string, AssumptionEdit>();
  const ranges = new Map<string, RangeEdit>();
  const only = opts.only ? new Set(opts.only) : null;
  // Growth first: the base inflow is what the estimated inflow leaves after the growth the new scenario will have.
  const effective: CurrentValues = { ...current };
  const chosen = estimates.estimates.filter((e) => e.apply !== 'none' && e.keys.length && (!only || only.has(e.id)));
  const ordered = [...chosen.filter((e) => e.kind === 'groei'), ...chosen.filter((e) => e.kind !== 'groei')];
  for (const e of ordered) {
    const d = DECIMALS[e.unit] ?? 1;
    for (const p of partsOf(e, effective, notes)) {
      const def = assumptionDef(p.key);
      if (!def) continue;
      const clamp = (x: number) => Math.min(def.max, Math.max(def.min, x));
      const value = round(clamp(p.value), d);
      if (value !== round(p.value, d)) notes.push(`${def.label}: de schatting ${nl(p.value, d)} ligt buiten wat de aanname toelaat (${nl(def.min, d)} tot ${nl(def.max, d)}); overgenomen als ${nl(value, d)}.`);
      if (values.has(p.key)) notes.push(`${def.label}: meer dan één schatting; de laatste (${e.label}) is overgenomen.`);
      const how = p.split ? '; verdeeld over de vormen naar rato van het scenario' : '';
      values.set(p.key, { key: p.key, value: def.integer ? Math.round(value) : value, source: `${source}${how}` });
      effective[p.key] = value;
      const low = round(clamp(p.low), d);
      const high = round(clamp(p.high), d);
      if (low < high) ranges.set(p.key, { key: p.key, range: { kind: 'interval80', low, high, source: `${source}${how}; 80 %-interval` } });
      else {
        ranges.delete(p.key);
        notes.push(`${def.label}: het interval valt binnen de grenzen van de aanname samen tot één getal; geen bereik overgenomen.`);
      }
    }
  }
  return { source, values: [...values.values()], ranges: [...ranges.values()], notes };
}
