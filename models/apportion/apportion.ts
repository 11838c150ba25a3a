/**
 * Whole-number apportionment of a total over weights, with optional per-part caps (maxima).
 * - largest remainder (Hamilton): floors of the quotas, leftovers to the largest remainders; a part whose quota
 *   exceeds its cap is fixed at the cap and the rest is apportioned again over the others.
 * - Sainte-Laguë and D'Hondt: highest averages, one unit at a time to the highest w / divisor(s), skipping parts at
 *   their cap. This is the bounded divisor method: the same result as finding a divisor with capped rounding.
 * Ties: larger weight first, then the earlier position (for gemeenten: alphabetical). Deterministic.
 */
import { METHODS, type Method } from '../../shared/apportionMethods';
import { largestRemainder } from './largestRemainder';

export { METHODS, type Method };

export const METHOD_LABELS: Record<Method, string> = {
  'largest-remainder': 'Grootste overschot (Hamilton)',
  'sainte-lague': 'Sainte-Laguë',
  dhondt: "D'Hondt",
};

export class ApportionError extends Error {}

export function apportion(total: number, weights: readonly number[], method: Method, caps?: readonly (number | undefined)[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new ApportionError('Het totaal moet een heel getal van 0 of meer zijn.');
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) throw new ApportionError('Gewichten moeten getallen van 0 of meer zijn.');
  const cap = weights.map((_, i) => {
    const c = caps?.[i];
    if (c === undefined) return Infinity;
    if (!Number.isInteger(c) || c < 0) throw new ApportionError('Een maximum moet een heel getal van 0 of meer zijn.');
    return c;
  });
  const capSum = cap.reduce((a, b) => a + b, 0);
  if (capSum < total) {
    throw new ApportionError(`De maxima zijn samen ${capSum}, minder dan het totaal ${total}: zo is er geen verdeling mogelijk. Verhoog een maximum of verlaag het totaal.`);
  }
  if (total === 0) return weights.map(() => 0);
  const open = weights.map((w, i) => w > 0 && cap[i] > 0);
  if (!open.some(Boolean)) {
    throw new ApportionError('Alle gewichten zijn 0 (of de gemeenten met gewicht hebben maximum 0): er valt niets te verdelen.');
  }
  const openCap = cap.reduce((s, c, i) => s + (open[i] ? c : 0), 0);
  if (openCap < total) {
    throw new ApportionError(`De gemeenten met een gewicht hebben samen maximaal ${openCap} plaatsen, minder dan het totaal ${total}.`);
  }
  return method === 'largest-remainder' ? hamiltonCapped(total, weights, cap) : highestAverages(total, weights, cap, method === 'dhondt' ? 1 : 2);
}

function hamiltonCapped(total: number, weights: readonly number[], cap: number[]): number[] {
  const seats = weights.map(() => 0);
  const fixed = weights.map(() => false);
  let left = total;
  // Fix parts whose quota exceeds their cap, then re-apportion the rest over the others, until nothing exceeds.
  for (;;) {
    const free = weights.map((w, i) => (fixed[i] ? 0 : w));
    const sum = free.reduce((a, b) => a + b, 0);
    const over = free.findIndex((w, i) => !fixed[i] && sum > 0 && (left * w) / sum > cap[i]);
    if (over < 0) {
      const rest = sum > 0 ? largestRemainder(left, free) : free.map(() => 0);
      rest.forEach((s, i) => {
        if (!fixed[i]) seats[i] = s;
      });
      return seats;
    }
    // Fix all parts over their cap at once (largest excess first keeps it deterministic).
    free.forEach((w, i) => {
      if (!fixed[i] && (left * w) / sum > cap[i]) {
        seats[i] = cap[i];
        fixed[i] = true;
      }
    });
    left = total - seats.reduce((s, x, i) => s + (fixed[i] ? x : 0), 0);
  }
}

/** D'Hondt: divisors 1, 2, 3, … (step 1); Sainte-Laguë: 1, 3, 5, … (step 2). */
function highestAverages(total: number, weights: readonly number[], cap: number[], step: 1 | 2): number[] {
  const seats = weights.map(() => 0);
  for (let n = 0; n < total; n++) {
    let best = -1;
    let bestQ = -1;
    for (let i = 0; i < weights.length; i++) {
      if (seats[i] >= cap[i] || weights[i] <= 0) continue;
      const q = weights[i] / (step * seats[i] + 1);
      if (q > bestQ || (q === bestQ && weights[i] > weights[best])) {
        best = i;
        bestQ = q;
      }
    }
    seats[best] += 1;
  }
  return seats;
}
