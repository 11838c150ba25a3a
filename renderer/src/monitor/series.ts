/** The Monitor's series: the observations of one measure for one gemeente (or the region) and form, with the plan beside them. */
import { gemeenteNaam } from '../../../shared/domain';
import { OBSERVATION_MEASURES, periodEndLabel, periodLabel, type MeasureId, type Observation } from '../../../shared/observations';
import type { Deviation } from '../../../models/monitor/deviations';
import { formLabel } from '../../../models/monitor/format';

export interface SeriesChoice {
  measure: MeasureId;
  gemeente: Observation['gemeente'];
  form: Observation['form'];
}

export const seriesId = (c: SeriesChoice) => `${c.measure}|${c.gemeente ?? ''}|${c.form}`;


export function seriesLabel(c: SeriesChoice): string {
  const m = OBSERVATION_MEASURES.find((x) => x.id === c.measure)!;
  return `${m.label} — ${c.gemeente ? gemeenteNaam(c.gemeente) : 'regio'}, ${formLabel(c.form)}`;
}

/** Every series the observations hold (target groups together), the region's first. */
export function seriesChoices(deviations: Deviation[]): SeriesChoice[] {
  const seen = new Map<string, SeriesChoice>();
  for (const d of deviations) {
    const o = d.observation;
    if (o.targetGroup !== null) continue;
    const c = { measure: o.measure, gemeente: o.gemeente, form: o.form };
    seen.set(seriesId(c), c);
  }
  const order = (c: SeriesChoice) => OBSERVATION_MEASURES.findIndex((m) => m.id === c.measure) * 1000 + (c.gemeente ? 100 : 0) + (c.form === 'alle' ? 0 : 1);
  return [...seen.values()].sort((a, b) => order(a) - order(b));
}

export interface SeriesPoint {
  period: string;
  label: string;
  observed: number;
  plan: number | null;
  bandLow: number | null;
  bandHigh: number | null;
  sentence: string;
}

export function seriesPoints(deviations: Deviation[], c: SeriesChoice): SeriesPoint[] {
  const stock = c.measure === 'inZorg' || c.measure === 'wachtend';
  return deviations
    .filter((d) => d.observation.targetGroup === null && seriesId({ measure: d.observation.measure, gemeente: d.observation.gemeente, form: d.observation.form }) === seriesId(c))
    .sort((a, b) => (a.observation.period.to < b.observation.period.to ? -1 : 1))
    .map((d) => ({
      period: d.observation.period.to,
      label: stock ? periodEndLabel(d.observation.period) : periodLabel(d.observation.period),
      observed: d.observation.value,
      plan: d.plan,
      bandLow: d.band?.p10 ?? null,
      bandHigh: d.band?.p90 ?? null,
      sentence: d.sentence,
    }));
}
