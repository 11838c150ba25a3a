/** Two to four scenarios side by side: headline indicators, series for overlaid charts, and what differs. */
import { ASSUMPTION_DEFS } from '../../../shared/assumptions';
import type { CompareIndicator } from '../../../shared/contract';
import { gemeenteNaam, variantLabel } from '../../../shared/domain';
import type { Location, WlzEvent } from '../../../shared/locations';
import { formatNumber } from '../../../shared/numberFormat';
import { facilityFairShare, placesAt } from '../../../models/fairshare/facilities';
import { keyInputsFrom } from '../../../models/fairshare/fromScenario';
import { keyShares } from '../../../models/fairshare/keys';
import { allocateUrgent } from '../../../models/urgentie/allocate';
import { urgentInputFrom } from '../../../models/urgentie/fromScenario';
import { MODEL_VERSION } from '../../../models/version';
import { scenarioModel, type ScenarioModel } from '../scenarioModel';
import type { HandlerContext, HandlersFor } from './types';

export const COMPARE_YEARS = [2027, 2030] as const;

function locationLine(l: Location): string {
  return `${l.name}: ${formatNumber(l.places)} plekken ${variantLabel(l.variant).toLowerCase()} in ${gemeenteNaam(l.gemeente)}, open ${l.opening}${l.closing ? ` tot ${l.closing}` : ''}, ${l.financing}`;
}
function eventLine(e: WlzEvent): string {
  return `${formatNumber(e.clients)} cliënten naar de Wlz in ${e.year}${e.variant ? ` (${variantLabel(e.variant).toLowerCase()})` : ''}`;
}
function presence(lists: string[][]): { description: string; present: boolean[] }[] {
  const all = [...new Set(lists.flat())].sort((a, b) => a.localeCompare(b, 'nl'));
  return all.map((d) => ({ description: d, present: lists.map((l) => l.includes(d)) })).filter((x) => !x.present.every(Boolean));
}

function indicators(models: ScenarioModel[]): CompareIndicator[] {
  const cap = models.map((m) => m.capacity());
  const at = (i: number, year: number) => cap[i].years.find((y) => y.year === year) ?? cap[i].years[cap[i].years.length - 1];
  const urgent = models.map((m, i) => {
    const r = urgentInputFrom(m.resolved, cap[i]);
    return r.ok ? allocateUrgent(r.input) : null;
  });
  const fairIndex = models.map((m) => {
    const s = keyShares(keyInputsFrom(m.resolved), 'inwoners');
    return s.ok ? facilityFairShare(placesAt(m.data.locations, '2030-12', 'alle'), s.shares).index : null;
  });
  const per = (f: (i: number) => number | null) => models.map((_, i) => f(i));
  const out: CompareIndicator[] = [];
  for (const year of COMPARE_YEARS) {
    out.push({ id: `wachtlijst-${year}`, label: `Wachtlijst eind ${year}`, unit: 'mensen', values: per((i) => at(i, year).waitingList) });
    out.push({ id: `wachttijd-${year}`, label: `Wachttijd ${year}`, unit: 'maanden', values: per((i) => at(i, year).waitingTimeMonths) });
  }
  out.push({ id: 'plekken-nodig-2030', label: 'Extra plekken nodig in 2030 (voor de wachttijdnorm)', unit: 'plekken', values: per((i) => at(i, 2030).placesNeeded) });
  out.push({ id: 'wlz-verlies-2030', label: 'Wmo-plekken verloren aan de Wlz t/m 2030 (per saldo)', unit: 'plekken', values: per((i) => at(i, 2030).wmoPlacesLostToWlz - at(i, 2030).wlzPlacesReturned) });
  for (const year of COMPARE_YEARS) out.push({ id: `kosten-${year}`, label: `Kosten Wmo-BW ${year}`, unit: 'euro', values: per((i) => at(i, year).costEuro) });
  out.push({ id: 'fairshare-2030', label: 'Fair-share-index eind 2030 (sleutel inwoners, alle vormen)', unit: 'procent', values: fairIndex });
  out.push({ id: 'urgentie-tekort-2030', label: 'Urgente huisvesting: tekort eind 2030', unit: 'mensen', values: per((i) => urgent[i]?.find((y) => y.year === 2030)?.shortfall ?? null) });
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
      return {
        scenarios: summaries.map((s) => ({ id: s.id, name: s.name, status: s.status, updatedAt: s.updatedAt })),
        referenceId,
        modelVersion: MODEL_VERSION,
        indicators: indicators(models),
        years,
        series: {
          waitingList: series((y) => y.waitingList) as number[][],
          waitingTimeMonths: series((y) => y.waitingTimeMonths),
          places: series((y) => y.places) as number[][],
          costEuro: series((y) => y.costEuro) as number[][],
        },
        assumptionDiff,
        locationDiff: presence(models.map((m) => m.data.locations.map(locationLine))),
        wlzEventDiff: presence(models.map((m) => m.data.wlzEvents.map(eventLine))),
      };
    },
  };
}
