/**
 * Suggest where to put N new places so the spread comes as close to the key as possible.
 * Each gemeente gets 0 places or between its minimum (a location needs a minimum size) and its maximum
 * (0 excludes it). Exact: dynamic programming over gemeenten minimises the sum of absolute deviations from the
 * norm after the new places; ties go to the solution that gives more to gemeenten further below their norm,
 * then to the earlier gemeente (alphabetical).
 */
export interface SuggestLimits {
  /** Minimum size of a new location in the gemeente (0 = no minimum). */
  min: number[];
  /** Maximum new places in the gemeente (0 = excluded). */
  max: number[];
}

export type Suggestion = { ok: true; places: number[]; deviationBefore: number; deviationAfter: number } | { ok: false; message: string };

export function suggestPlacement(n: number, current: number[], shares: number[], limits: SuggestLimits): Suggestion {
  if (!Number.isInteger(n) || n <= 0) return { ok: false, message: 'Geef een heel aantal nieuwe plekken van 1 of meer.' };
  const G = current.length;
  const total = current.reduce((a, b) => a + b, 0) + n;
  const norm = shares.map((s) => s * total);
  const options = current.map((_, g) => {
    const opts = [0];
    const lo = Math.max(1, limits.min[g] ?? 0);
    const hi = Math.min(n, limits.max[g] ?? n);
    for (let x = lo; x <= hi; x++) opts.push(x);
    return opts;
  });
  // best[g][k]: minimal cost for gemeenten g.. with k places left to give; tie-break by deficit priority.
  const INF = Number.POSITIVE_INFINITY;
  const cost = Array.from({ length: G + 1 }, () => new Float64Array(n + 1).fill(INF));
  const pick = Array.from({ length: G }, () => new Int32Array(n + 1).fill(-1));
  cost[G][0] = 0;
  for (let g = G - 1; g >= 0; g--) {
    for (let k = 0; k <= n; k++) {
      let best = INF;
      let bestX = -1;
      for (const x of options[g]) {
        if (x > k) break;
        const rest = cost[g + 1][k - x];
        if (rest === INF) continue;
        const c = Math.abs(current[g] + x - norm[g]) + rest;
        // Prefer the larger x on (near) ties: earlier gemeenten further below the norm get places first.
        if (c < best - 1e-9 || (Math.abs(c - best) <= 1e-9 && x > bestX)) {
          best = c;
          bestX = x;
        }
      }
      cost[g][k] = best;
      pick[g][k] = bestX;
    }
  }
  if (cost[0][n] === INF) {
    return { ok: false, message: `Met deze minima en maxima is er geen verdeling van ${n} plekken mogelijk. Verhoog een maximum, verlaag een minimum of kies een ander aantal.` };
  }
  const places: number[] = [];
  let k = n;
  for (let g = 0; g < G; g++) {
    places.push(pick[g][k]);
    k -= pick[g][k];
  }
  const deviationBefore = current.reduce((s, c, g) => s + Math.abs(c - shares[g] * (total - n)), 0);
  return { ok: true, places, deviationBefore, deviationAfter: cost[0][n] };
}
