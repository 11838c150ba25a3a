/** From the runs of a Monte Carlo to what a College sees: percentile bands, probabilities, and their spread. */
import { MC_METRICS, type McChunk, type McMetric } from './montecarlo';
import { sortNumbers } from './sortNumbers';

export const PERCENTILES = [10, 25, 50, 75, 90] as const;
export type Band = { p10: number | null; p25: number | null; p50: number | null; p75: number | null; p90: number | null };

export interface McSummary {
  seed: number;
  runs: number;
  years: number[];
  /** metric → one band per year. Null: undetermined (waiting time when nobody is placed while people wait). */
  bands: Record<McMetric, Band[]>;
  /** Per year: share of runs in which the waiting time is within the norm. */
  probabilityTargetMet: number[];
  /** Per year: share of runs with an urgent-housing shortfall (more than half a home). */
  probabilityUrgentShortfall: number[];
  /** The fair-share index (key inwoners, all forms) in December of the reporting year. */
  fairShareIndex: Band;
  reportingYear: number;
  runsWithFormulaProblems: number;
}

/** Percentile by linear interpolation between order statistics (type 7, as Excel's PERCENTILE.INC). */
export function percentile(sorted: Float64Array | number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * (p / 100);
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  if (!Number.isFinite(sorted[lo]) || !Number.isFinite(sorted[hi])) return sorted[hi];
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** The band of `values` (an array of the caller's own: it is reordered). NaN values are left out. */
function band(values: Float64Array): Band {
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (!Number.isNaN(x)) values[n++] = x;
  }
  const finiteOrNaN = sortNumbers(values.subarray(0, n));
  const at = (p: number) => {
    const v = percentile(finiteOrNaN, p);
    return Number.isFinite(v) ? v : null;
  };
  return { p10: at(10), p25: at(25), p50: at(50), p75: at(75), p90: at(90) };
}

export function summarize(chunks: McChunk[], seed: number): McSummary {
  const parts = [...chunks].sort((a, b) => a.from - b.from);
  const runs = parts.reduce((s, c) => s + (c.to - c.from), 0);
  const years = parts.find((c) => c.years.length)?.years ?? [];
  const Y = years.length;
  const column = (m: McMetric, y: number) => {
    const out = new Float64Array(runs);
    let k = 0;
    for (const c of parts) for (let r = 0; r < c.to - c.from; r++) out[k++] = c.values[m][r * Y + y];
    return out;
  };
  const bands = Object.fromEntries(MC_METRICS.map((m) => [m, years.map((_, y) => band(column(m, y)))])) as Record<McMetric, Band[]>;
  const share = (f: (c: McChunk, r: number, y: number) => boolean) =>
    years.map((_, y) => {
      let hit = 0;
      for (const c of parts) for (let r = 0; r < c.to - c.from; r++) if (f(c, r, y)) hit++;
      return runs ? hit / runs : 0;
    });
  const fair = new Float64Array(runs);
  let k = 0;
  for (const c of parts) for (const x of c.fairShareIndex) fair[k++] = x;
  return {
    seed,
    runs,
    years,
    bands,
    probabilityTargetMet: share((c, r, y) => c.targetMet[r * Y + y] === 1),
    probabilityUrgentShortfall: share((c, r, y) => c.values.urgentShortfall[r * Y + y] > 0.5),
    fairShareIndex: band(fair),
    reportingYear: parts[0]?.reportingYear ?? 0,
    runsWithFormulaProblems: parts.reduce((s, c) => s + c.runsWithFormulaProblems, 0),
  };
}
