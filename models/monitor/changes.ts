/**
 * What changed since the last period, for the monitor report: the estimates on the observations up to the previous
 * period against those on all observations, with one Dutch sentence each.
 */
import type { Observation, Period } from '../../shared/observations';
import type { Estimate, Estimates } from './estimate';
import { nl } from './format';
import { monthNumber } from './table';

export interface EstimateChange {
  id: string;
  label: string;
  unit: string;
  before: number | null;
  after: number | null;
  /** The new value lies outside the previous 80 % interval. */
  outsidePrevious: boolean | null;
  sentence: string;
}

/** The observations of periods that ended by the end of `period` (to estimate as things stood then). */
export function observationsUpTo(observations: readonly Observation[], period: Period): Observation[] {
  const end = monthNumber(period.to);
  return observations.filter((o) => o?.period?.to && monthNumber(o.period.to) <= end);
}

function shown(e: Pick<Estimate, 'unit'>, x: number): string {
  if (e.unit === 'fractie per jaar' || e.unit === 'aandeel') return `${nl(x * 100, 1)} %`;
  if (e.unit === 'maanden') return `${nl(x, 1)} maanden`;
  return nl(x, 1);
}

/** Per estimate in either set: before, after and whether the new value left the previous interval. */
export function estimateChanges(before: Estimates, after: Estimates): EstimateChange[] {
  const old = new Map(before.estimates.map((e) => [e.id, e]));
  const ids = [...new Set([...after.estimates.map((e) => e.id), ...before.estimates.map((e) => e.id)])];
  const now = new Map(after.estimates.map((e) => [e.id, e]));
  return ids.map((id) => {
    const a = old.get(id);
    const b = now.get(id);
    const e = (b ?? a)!;
    if (!a) return { id, label: e.label, unit: e.unit, before: null, after: b!.value, outsidePrevious: null, sentence: `${e.label}: nieuw, ${shown(e, b!.value)}.` };
    if (!b) return { id, label: e.label, unit: e.unit, before: a.value, after: null, outsidePrevious: null, sentence: `${e.label}: was ${shown(e, a.value)}; nu niet te schatten.` };
    const outside = b.value < a.low || b.value > a.high;
    const same = shown(e, a.value) === shown(e, b.value);
    const sentence = same
      ? `${e.label}: gelijk gebleven, ${shown(e, b.value)}.`
      : `${e.label}: van ${shown(e, a.value)} naar ${shown(e, b.value)}, ${outside ? 'buiten' : 'binnen'} het vorige 80 %-interval.`;
    return { id, label: e.label, unit: e.unit, before: a.value, after: b.value, outsidePrevious: outside, sentence };
  });
}
