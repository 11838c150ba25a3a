/** Drawing a value from an assumption's range: triangular, PERT (a scaled beta) or an 80 % interval (normal). */
import type { AssumptionRange } from '../../shared/ranges';
import type { Random } from './random';

/** z of the 90th percentile of the standard normal: P10–P90 spans 2 × 1.2816 standard deviations. */
export const Z90 = 1.2815515655446004;

export function normal(rng: Random): number {
  let u = 0;
  while (u <= 0) u = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Gamma(shape, 1), Marsaglia–Tsang (shape ≥ 1; PERT shapes always are). */
function gamma(shape: number, rng: Random): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng();
    if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

export function triangular(low: number, mode: number, high: number, u: number): number {
  const f = (mode - low) / (high - low);
  return u < f ? low + Math.sqrt(u * (high - low) * (mode - low)) : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
}

export function pert(low: number, mode: number, high: number, rng: Random): number {
  const a = 1 + (4 * (mode - low)) / (high - low);
  const b = 1 + (4 * (high - mode)) / (high - low);
  const x = gamma(a, rng);
  const y = gamma(b, rng);
  return low + ((high - low) * x) / (x + y);
}

/**
 * One draw. `mode` is the assumption's own value (clamped into the range); `bounds` keep an 80 % interval's
 * normal tails inside what the assumption allows (e.g. a share stays between 0 and 1).
 */
export function draw(r: AssumptionRange, mode: number, bounds: { min: number; max: number }, rng: Random): number {
  const m = Math.min(r.high, Math.max(r.low, mode));
  switch (r.kind) {
    case 'driehoek':
      return triangular(r.low, m, r.high, rng());
    case 'pert':
      return pert(r.low, m, r.high, rng);
    case 'interval80': {
      const mean = (r.low + r.high) / 2;
      const sd = (r.high - r.low) / (2 * Z90);
      return Math.min(bounds.max, Math.max(bounds.min, mean + sd * normal(rng)));
    }
  }
}
