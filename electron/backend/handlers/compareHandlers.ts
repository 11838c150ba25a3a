/** Two to four scenarios side by side: headline indicators, series for overlaid charts, and what differs. */
import { ASSUMPTION_DEFS } from '../../../shared/assumptions';
import type { CompareIndicator } from '../../../shared/contract';
import { gemeenteNaam, variantLabel } from '../../../shared/domain';
import type { Location, WlzEvent } from '../../../shared/locations';
import { COMPARE_METRICS } from '../../../shared/metrics';
import { formatNumber } from '../../../shared/numberFormat';
import type { AssumptionRange } from '../../../shared/ranges';
import { START_YEAR } from '../../../models/capacity/fromScenario';
import { MODEL_VERSION } from '../../../models/version';
import { scenarioModel, type ScenarioModel } from '../scenarioModel';
import type { HandlerContext, HandlersFor } from './types';

/** Shown beside the reporting year for the figures flagged `early`: what the locations already decided do. */
export const EARLY_YEAR = START_YEAR + 2;

function locationLine(l: Location): string {
  return `${l.name}: ${formatNumber(l.places)} plekken ${variantLabel(l.variant).toLowerCase()} in ${gemeenteNaam(l.gemeente)}, open ${l.opening}${l.closing ? ` tot ${l.closing}` : ''}, ${l.financing}`;
}
function eventLine(e: WlzEvent): string {
  return `${formatNumber(e.clients)} cliënten naar de Wlz in ${e.year}${e.variant ? ` (${variantLabel(e.variant).toLowerCase()})` : ''}`;
}
/** Ranges differ when one scenario has none or their kind or ends differ (a different note alone is no difference in the figures). */
function sameRange(a: AssumptionRange | null, b: AssumptionRange | null): boolean {
  return a === null || b === null ? a === b : a.kind === b.kind && a.low === b.low && a.high === b.high;
}
function presence(lists: string[][]): { description: string; present: boolean[] }[] {
  const all = [...new Set(lists.flat())].sort((a, b) => a.localeCompare(b, 'nl'));
  return all.map((d) => ({ description: d, present: lists.map((l) => l.includes(d)) })).filter((x) => !x.present.every(Boolean));
}

/**
 * The year the comparison is about: the reference scenario's reporting year, within the years every scenario
 * projects. The note says so when the scenarios' own reporting years differ.
 */
export function compareYear(models: ScenarioModel[], referenceIndex: number, referenceName: string, years: number[]): { year: number; note: string } {
  const own = models[referenceIndex].reportingYear;
  const year = Math.min(Math.max(own, years[0]), years[years.length - 1]);
  if (year !== own) return { year, note: ` (het laatste jaar dat elk scenario doorrekent; het rapportagejaar van ${referenceName} is ${own})` };
  return { year, note: models.every((m) => m.reportingYear === year) ? '' : ` (het rapportagejaar van ${referenceName})` };
}

function indicators(models: ScenarioModel[], year: number, note: string): CompareIndicator[] {
  const per = (f: (m: ScenarioModel) => number | null) => models.map(f);
  const out: CompareIndicator[] = [];
  for (const metric of COMPARE_METRICS) {
    const c = metric.compare;
    const at = (y: number, suffix: string, id: string) =>
      out.push({ id, label: c.label.replace('{jaar}', String(y)) + suffix, unit: metric.unit, values: per((m) => m.capacityAt(y)[metric.id]) });
    if ('early' in c && EARLY_YEAR < year) at(EARLY_YEAR, '', `${c.id}-${EARLY_YEAR}`);
    at(year, note, c.id);
  }
  // What only the comparison shows: the net loss to the Wlz, the fair-share index, the urgent-housing shortfall.
  out.push({
    id: 'wlz-verlies',
    label: `Wmo-plekken verloren aan de Wlz t/m ${year} (per saldo)${note}`,
    unit: 'plekken',
    values: per((m) => m.capacityAt(year).wmoPlacesLostToWlz - m.capacityAt(year).wlzPlacesReturned),
  });
  out.push({
    id: 'fairshare',
    label: `Fair-share-index eind ${year} (sleutel inwoners, alle vormen)${note}`,
    unit: 'procent',
    values: per((m) => {
      const f = m.fairShare('inwoners', 'alle', year);
      return f.ok ? f.facility.index : null;
    }),
  });
  out.push({
    id: 'urgentie-tekort',
    label: `Urgente huisvesting: tekort eind ${year}${note}`,
    unit: 'mensen',
    values: per((m) => {
      const u = m.urgent();
      return u.ok ? (u.years.find((y) => y.year === year)?.shortfall ?? null) : null;
    }),
  });
  return out;
}

export function compareHandlers({ store, cache }: HandlerContext): HandlersFor<'compare.'> {
  return {
    'compare.run': ({ scenarioIds, referenceId }) => {
      const models = scenarioIds.map((id) => scenarioModel(store, id, cache));
      const summaries = scenarioIds.map((id) => store.get(id));
      const caps = models.map((m) => m.capacity());
      const years = caps[0].years.map((y) => y.year).filter((y) => caps.every((c) => c.years.some((x) => x.year === y)));
      const series = (f: (y: (typeof caps)[number]['years'][number]) => number | null) => caps.map((c) => years.map((year) => f(c.years.find((y) => y.year === year)!)));
      const assumptionDiff = ASSUMPTION_DEFS.flatMap((d) => {
        const values = models.map((m) => m.data.assumptions[d.key]);
        const same = values.every((v) => v && v.value === values[0].value && v.formula === values[0].formula);
        return same || values.some((v) => !v)
          ? []
          : [{ key: d.key, label: d.label, unit: d.unit, values: values.map((v) => ({ value: v.value, formula: v.formula, source: v.source, isAanname: v.isAanname })) }];
      });
      const rangeDiff = ASSUMPTION_DEFS.flatMap((d) => {
        const values = models.map((m) => m.data.ranges[d.key] ?? null);
        return values.every((r) => sameRange(r, values[0])) ? [] : [{ key: d.key, label: d.label, values }];
      });
      const refIndex = scenarioIds.indexOf(referenceId);
      const { year, note } = compareYear(models, refIndex, summaries[refIndex].name, years);
      return {
        scenarios: summaries.map((s) => ({ id: s.id, name: s.name, status: s.status, updatedAt: s.updatedAt })),
        referenceId,
        modelVersion: MODEL_VERSION,
        reportingYear: year,
        indicators: indicators(models, year, note),
        years,
        series: {
          waitingList: series((y) => y.waitingList) as number[][],
          waitingTimeMonths: series((y) => y.waitingTimeMonths),
          places: series((y) => y.places) as number[][],
          costEuro: series((y) => y.costEuro) as number[][],
        },
        assumptionDiff,
        rangeDiff,
        locationDiff: presence(models.map((m) => m.data.locations.map(locationLine))),
        wlzEventDiff: presence(models.map((m) => m.data.wlzEvents.map(eventLine))),
      };
    },
  };
}
