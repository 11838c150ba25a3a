/**
 * Largest-remainder (Hamilton) apportionment of a whole total over weights.
 * Each part gets the floor of its quota; the remaining units go to the largest remainders.
 * Ties: larger remainder first, then larger weight, then earlier position (deterministic).
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new RangeError('total must be a non-negative integer');
  const n = weights.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (!Number.isFinite(w) || w < 0) throw new RangeError('weights must be finite and non-negative');
    sum += w;
  }
  const seats = new Array<number>(n).fill(0);
  if (total === 0) return seats;
  if (sum === 0) throw new RangeError('weights must not all be zero');
  const rem = new Array<number>(n);
  let left = total;
  for (let i = 0; i < n; i++) {
    const q = (total * weights[i]) / sum;
    seats[i] = Math.floor(q);
    rem[i] = q - seats[i];
    left -= seats[i];
  }
  // Fewer leftovers than parts: pick them one by one (no sorting, no allocation per part).
  const given = new Array<boolean>(n).fill(false);
  for (; left > 0; left--) {
    let best = -1;
    for (let i = 0; i < n; i++) {
      if (given[i]) continue;
      if (best < 0 || rem[i] > rem[best] || (rem[i] === rem[best] && weights[i] > weights[best])) best = i;
    }
    given[best] = true;
    seats[best] += 1;
  }
  return seats;
}
