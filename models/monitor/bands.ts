/**
 * Monte Carlo bands for the monitor: P10 and P90 of a measure for a period. The Monte Carlo keeps year-end figures,
 * so its waiting list becomes a band for "wachtend" at each December, and its mean wait of those placed a band for
 * "wachttijd" over each year; the start of the projection is one known point (P10 = P90), so that a stock between
 * the start and the first December can be read between the two.
 */
import type { MeasureId, Period } from '../../shared/observations';
import type { McSummary } from '../uncertainty/summary';

export interface BandPoint {
  period: Period;
  p10: number;
  p90: number;
}

/** Per measure, for the region and all forms together. */
export type Bands = Partial<Record<MeasureId, BandPoint[]>>;

/** The bands a Monte Carlo summary gives, with the projection's start (the stock before the first month) when known. */
export function bandsFromMonteCarlo(summary: McSummary, start?: { month: string; waitingList: number }): Bands {
  const wachtend: BandPoint[] = [];
  const wachttijd: BandPoint[] = [];
  if (start) wachtend.push({ period: { from: start.month, to: start.month }, p10: start.waitingList, p90: start.waitingList });
  summary.years.forEach((year, y) => {
    const w = summary.bands.waitingList?.[y];
    if (w && w.p10 !== null && w.p90 !== null) wachtend.push({ period: { from: `${year}-12`, to: `${year}-12` }, p10: w.p10, p90: w.p90 });
    const t = summary.bands.waitingTimeMonths?.[y];
    if (t && t.p10 !== null && t.p90 !== null) wachttijd.push({ period: { from: `${year}-01`, to: `${year}-12` }, p10: t.p10, p90: t.p90 });
  });
  return { wachtend, wachttijd };
}
