/**
 * The little statistics the monitor needs, without a library: gamma and normal quantiles, exact (Garwood) intervals
 * for Poisson counts, Wilson intervals for shares, a least-squares trend with its t interval, and a Poisson sampler
 * for the synthetic data. All intervals here are two-sided 80 % (P10–P90) unless a level is given.
 */
import type { Random } from '../uncertainty/random';

/** The level of every interval the monitor reports: 8 of 10. */
export const LEVEL = 0.8;

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** The regularised lower incomplete gamma function P(a, x) = the gamma(a, 1) distribution function at x. */
export function gammaCdf(a: number, x: number): number {
  if (x <= 0) return 0;
  const lnPre = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    // Series.
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 10_000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
    }
    return Math.min(1, sum * Math.exp(lnPre));
  }
  // Continued fraction for Q (modified Lentz).
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.max(0, 1 - Math.exp(lnPre) * h);
}

/** The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return p <= 0 ? -Infinity : Infinity;
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lowTail = 0.02425;
  if (p < lowTail) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - lowTail) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/** The p-quantile of the gamma(shape a, scale 1) distribution: safeguarded Newton from the Wilson–Hilferty guess. */
export function gammaQuantile(p: number, a: number): number {
  if (!(a > 0) || !(p > 0)) return 0;
  if (p >= 1) return Infinity;
  const z = normalQuantile(p);
  const wh = a * Math.pow(Math.max(0, 1 - 1 / (9 * a) + z * Math.sqrt(1 / (9 * a))), 3);
  let lo = 0;
  let hi = Math.max(1, a + 10 * Math.sqrt(a) + 10);
  while (gammaCdf(a, hi) < p) hi *= 2;
  let x = wh > 0 && wh < hi ? wh : (lo + hi) / 2;
  const lg = logGamma(a);
  for (let i = 0; i < 200; i++) {
    const f = gammaCdf(a, x) - p;
    if (Math.abs(f) < 1e-13) break;
    if (f < 0) lo = x;
    else hi = x;
    const pdf = Math.exp((a - 1) * Math.log(x) - x - lg);
    let next = pdf > 0 ? x - f / pdf : NaN;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - x) <= 1e-12 * Math.max(1, x)) {
      x = next;
      break;
    }
    x = next;
  }
  return x;
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * The exact (Garwood) interval for the mean of a Poisson count k: the P10 and P90 of the gamma distributions
 * Γ(k) and Γ(k + 1), i.e. χ²(0.1; 2k)/2 and χ²(0.9; 2k + 2)/2. Never narrower than the truth warrants.
 */
export function poissonInterval(k: number, level = LEVEL): Interval {
  const tail = (1 - level) / 2;
  const n = Math.max(0, k);
  return { low: n > 0 ? gammaQuantile(tail, n) : 0, high: gammaQuantile(1 - tail, n + 1) };
}

/** The Wilson score interval for a share x of n (binomial), clamped to 0..1. */
export function shareInterval(x: number, n: number, level = LEVEL): Interval {
  if (!(n > 0)) return { low: 0, high: 1 };
  const z = normalQuantile(1 - (1 - level) / 2);
  const p = Math.min(1, Math.max(0, x / n));
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Student's t quantile at P90 (two-sided 80 %) and other levels: exact for 1 and 2 degrees of freedom, Cornish–Fisher above. */
export function tQuantile(p: number, df: number): number {
  if (df <= 1) return Math.tan(Math.PI * (p - 0.5));
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  const z = normalQuantile(p);
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3);
}

export interface Trend {
  /** Change per unit of x. */
  slope: number;
  low: number;
  high: number;
  /** The fitted value at the mean x. */
  level: number;
  n: number;
}

/** Least-squares line through (x, y) with an 80 % t interval on the slope; null with fewer than 3 distinct points. */
export function linearTrend(x: number[], y: number[], level = LEVEL): Trend | null {
  const n = x.length;
  if (n < 3 || y.length !== n) return null;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (x[i] - mx) ** 2;
    sxy += (x[i] - mx) * (y[i] - my);
  }
  if (!(sxx > 1e-12)) return null;
  const slope = sxy / sxx;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (y[i] - my - slope * (x[i] - mx)) ** 2;
  const se = Math.sqrt(sse / (n - 2) / sxx);
  const t = tQuantile(1 - (1 - level) / 2, n - 2);
  return { slope, low: slope - t * se, high: slope + t * se, level: my, n };
}

/** A Poisson draw (exact: Knuth's product method, in pieces of mean ≤ 25). */
export function poisson(mean: number, rng: Random): number {
  if (!(mean > 0)) return 0;
  let left = mean;
  let k = 0;
  while (left > 0) {
    const m = Math.min(left, 25);
    left -= m;
    const limit = Math.exp(-m);
    let prod = rng();
    while (prod > limit) {
      k++;
      prod *= rng();
    }
  }
  return k;
}
