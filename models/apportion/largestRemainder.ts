/**
 * Largest-remainder (Hamilton) apportionment of a whole total over weights.
 * Each part gets the floor of its quota; the remaining units go to the largest remainders.
 * Ties: larger remainder first, then larger weight, then earlier position (deterministic).
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new RangeError('total must be a non-negative integer');
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) throw new RangeError('weights must be finite and non-negative');
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return weights.map(() => 0);
  if (sum === 0) throw new RangeError('weights must not all be zero');
  const quotas = weights.map((w) => (total * w) / sum);
  const seats = quotas.map(Math.floor);
  let left = total - seats.reduce((a, b) => a + b, 0);
  const order = quotas
    .map((q, i) => ({ i, rem: q - Math.floor(q), w: weights[i] }))
    .sort((a, b) => b.rem - a.rem || b.w - a.w || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    seats[i] += 1;
    left -= 1;
  }
  return seats;
}
