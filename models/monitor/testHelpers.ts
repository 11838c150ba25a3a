/** Small builders for the monitor's tests: observation rows, and a check that a result holds no NaN or negative counts. */
import type { GemeenteCode } from '../../shared/domain';
import type { MeasureId, Observation, ObservedForm } from '../../shared/observations';

/** One observation row (*fictief*). */
export function obs(from: string, to: string, measure: MeasureId, value: number, form: ObservedForm = 'alle', gemeente: GemeenteCode | null = null): Observation {
  return { period: { from, to }, gemeente, form, targetGroup: null, measure, value };
}

/** Every number in a value (deep), for "no NaN, nothing negative" checks. */
export function numbersIn(x: unknown, path = '', out: { path: string; value: number }[] = []): { path: string; value: number }[] {
  if (typeof x === 'number') out.push({ path, value: x });
  else if (x instanceof Float64Array) x.forEach((v, i) => out.push({ path: `${path}[${i}]`, value: v }));
  else if (Array.isArray(x)) x.forEach((v, i) => numbersIn(v, `${path}[${i}]`, out));
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) numbersIn(v, `${path}.${k}`, out);
  return out;
}
