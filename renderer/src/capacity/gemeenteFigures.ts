/** Capaciteit for "Mijn gemeente": the chosen gemeente's figures of a year beside the region's (YearResult.byGemeente). */
import type { GemeenteCode } from '../../../shared/domain';
import { formatNumber } from '../../../shared/numberFormat';
import type { CapacityResult, YearResult } from '../../../models/capacity/types';
import type { FocusFigure } from '../focus/FocusFigures';

export function capacityFigures(y: YearResult, code: GemeenteCode): FocusFigure[] {
  const g = y.byGemeente[code];
  return [
    { id: 'wachtlijst', label: `Wachtlijst eind ${y.year}`, gemeente: g.waitingList, region: y.waitingList, unit: 'mensen', share: true, note: 'mensen uit de gemeente (herkomst)' },
    {
      id: 'inzorg',
      label: `In zorg eind ${y.year}`,
      gemeente: g.inCare,
      region: y.inCare,
      unit: 'mensen',
      share: true,
      note: `cliënten uit de gemeente, waar ook in de regio; ${formatNumber(Math.round(g.inCareElsewhere))} van hen in een andere gemeente`,
    },
    { id: 'plekken', label: `Wmo-plekken eind ${y.year}`, gemeente: g.places, region: y.places, unit: 'plekken', share: true, note: 'plekken in de gemeente (locaties), ook geplande die dan open zijn' },
    { id: 'instroom', label: `Nieuwe indicaties in ${y.year}`, gemeente: g.inflow, region: y.inflow, unit: 'mensen', share: true, note: 'uit de gemeente (herkomst)' },
    { id: 'plaatsingen', label: `Plaatsingen in ${y.year}`, gemeente: g.placements, region: y.placements, unit: 'mensen', share: true, note: 'mensen uit de gemeente die een plek kregen' },
    { id: 'wachttijd', label: `Wachttijd geplaatsten ${y.year}`, gemeente: g.waitingTimeMonths, region: y.waitingTimeMonths, unit: 'maanden', note: 'gemiddeld, van wie uit de gemeente een plek kreeg' },
    { id: 'aanmelding', label: `Wachttijd bij aanmelding eind ${y.year}`, gemeente: g.expectedWaitMonths, region: y.expectedWaitMonths, unit: 'maanden', note: 'verwacht, gewogen naar de vormen waarvoor mensen uit de gemeente zich aanmelden' },
    {
      id: 'nodig',
      label: `Extra plekken nodig ${y.year}`,
      gemeente: g.placesNeeded,
      region: y.placesNeeded,
      unit: 'plekken',
      share: true,
      note: 'het deel van de gemeente: de extra plekken van de regio verdeeld naar wie er per vorm wacht',
    },
    { id: 'kosten', label: `Kosten Wmo-BW ${y.year}`, gemeente: g.costEuro, region: y.costEuro, unit: 'euro', share: true, note: 'zorg voor cliënten uit de gemeente' },
  ];
}

const n = (x: number) => formatNumber(Math.round(x));

/** The "waarom" under the gemeente's own chart: its waiting list, clients in care and places from the first to the last year. */
export function explainGemeenteTrend(r: CapacityResult, code: GemeenteCode, naam: string): string {
  const first = r.years[0];
  const last = r.years[r.years.length - 1];
  const a = first.byGemeente[code];
  const b = last.byGemeente[code];
  const move = (from: number, to: number) => (Math.round(from) === Math.round(to) ? `blijft ${n(to)}` : `${to > from ? 'groeit' : 'daalt'} van ${n(from)} naar ${n(to)}`);
  const parts = [
    `Van eind ${first.year} tot eind ${last.year}: de wachtlijst van mensen uit ${naam} ${move(a.waitingList, b.waitingList)}, het aantal cliënten uit ${naam} in zorg ${move(a.inCare, b.inCare)}.`,
    `De Wmo-plekken in ${naam} ${Math.round(a.places) === Math.round(b.places) ? `blijven ${n(b.places)}` : `gaan van ${n(a.places)} naar ${n(b.places)}`}.`,
  ];
  const gap = b.inCare - b.places;
  if (Math.round(gap) > 0) parts.push(`Eind ${last.year} zijn er ${n(gap)} meer cliënten uit ${naam} in zorg dan er plekken in ${naam} zijn: zij wonen in een andere gemeente.`);
  else if (Math.round(gap) < 0) parts.push(`Eind ${last.year} heeft ${naam} ${n(-gap)} plekken meer dan er cliënten uit ${naam} in zorg zijn: die plekken gaan naar mensen uit andere gemeenten of staan leeg.`);
  return parts.join(' ');
}
