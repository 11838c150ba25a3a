/** The "waarom" under each chart: Dutch paragraphs generated from the projection's own numbers. */
import { GEMEENTEN, VARIANTS } from '../../../shared/domain';
import { formatNumber } from '../../../shared/numberFormat';
import type { CapacityResult, YearResult } from '../../../models/capacity/types';

const n = (x: number) => formatNumber(Math.round(x));
const months = (x: number | null) => (x === null ? 'onbepaald lang (er wordt niemand geplaatst)' : `${formatNumber(x, 1)} maanden`);

function trend(from: number, to: number, noun: string): string {
  const d = Math.round(to) - Math.round(from);
  if (d === 0) return `${noun} blijft ${n(to)}`;
  return `${noun} ${d > 0 ? 'groeit' : 'daalt'} van ${n(from)} naar ${n(to)}`;
}

export function yearOf(r: CapacityResult, year: number): YearResult {
  return r.years.find((y) => y.year === year) ?? r.years[r.years.length - 1];
}

export function explainWaiting(r: CapacityResult, year: number, normMonths: number): string {
  const last = r.years[r.years.length - 1];
  const y = yearOf(r, year);
  const worst = [...VARIANTS].sort((a, b) => y.byVariant[b.id].waitingList - y.byVariant[a.id].waitingList)[0];
  const parts = [
    `${trend(r.start.waitingList, last.waitingList, 'De wachtlijst')} eind ${last.year}.`,
    `In ${y.year} komen er ${n(y.inflow)} nieuwe cliënten bij en krijgen ${n(y.placements)} mensen een plek; wie dan op de wachtlijst komt, wacht ${months(y.waitingTimeMonths)} (norm: ${formatNumber(normMonths, 1)}).`,
  ];
  if (y.byVariant[worst.id].waitingList >= 1) {
    parts.push(`De langste wachtlijst is die voor ${worst.label.toLowerCase()}: ${n(y.byVariant[worst.id].waitingList)} mensen, ${months(y.byVariant[worst.id].waitingTimeMonths)} wachten.`);
  }
  if (last.waitingList > r.start.waitingList + 1 && last.inflow > last.placements) {
    parts.push('De wachtlijst groeit omdat er elk jaar meer mensen instromen dan er plekken vrijkomen; zonder extra plekken loopt de wachttijd steeds verder op.');
  }
  return parts.join(' ');
}

export function explainCapacity(r: CapacityResult): string {
  const last = r.years[r.years.length - 1];
  const lost = last.wmoPlacesLostToWlz - last.wlzPlacesReturned;
  const parts = [`${trend(r.start.demand, last.demand, 'De vraag (in zorg plus wachtend)')} in ${last.year}.`];
  const added = last.places - r.start.places + lost;
  parts.push(
    `Er zijn eind ${last.year} ${n(last.places)} Wmo-plekken (begin: ${n(r.start.places)})` +
      (Math.round(added) !== 0 ? `: ${added > 0 ? '+' : '−'}${n(Math.abs(added))} door locaties die openen of sluiten` : '') +
      (Math.round(lost) > 0 ? `, −${n(lost)} omgeklapt naar de Wlz.` : '.'),
  );
  parts.push(
    last.freePlaces >= 1
      ? `${n(last.freePlaces)} plekken staan leeg: er is meer plek dan vraag van die vorm.`
      : 'Alle plekken zijn bezet; het verschil tussen vraag en plekken is de wachtlijst.',
  );
  return parts.join(' ');
}

export function explainGemeenten(y: YearResult): string {
  const byWaiting = GEMEENTEN.map((g) => ({ g, m: y.byGemeente[g.code] })).sort((a, b) => b.m.waitingList - a.m.waitingList);
  const withoutPlaces = GEMEENTEN.filter((g) => y.byGemeente[g.code].places < 0.5).map((g) => g.naam);
  const placesTotal = Math.max(1, y.places);
  const top = GEMEENTEN.map((g) => ({ g, share: y.byGemeente[g.code].places / placesTotal })).sort((a, b) => b.share - a.share).slice(0, 3);
  const parts = [
    `In ${y.year} wachten de meeste mensen uit ${byWaiting[0].g.naam} (${n(byWaiting[0].m.waitingList)}), gevolgd door ${byWaiting[1].g.naam} (${n(byWaiting[1].m.waitingList)}).`,
    `${Math.round(top.reduce((s, t) => s + t.share, 0) * 100)} % van de plekken staat in ${top.map((t) => t.g.naam).join(', ')}.`,
  ];
  if (withoutPlaces.length) parts.push(`Zonder BW-plekken: ${withoutPlaces.join(', ')}; hun inwoners worden elders in de regio geplaatst.`);
  return parts.join(' ');
}

export function explainPlacesNeeded(r: CapacityResult, year: number, normMonths: number): string {
  const y = yearOf(r, year);
  if (y.placesNeeded === 0) {
    return `In ${y.year} zijn er genoeg plekken om de wachttijd binnen ${formatNumber(normMonths, 1)} maanden te houden.`;
  }
  const perVariant = VARIANTS.filter((v) => y.byVariant[v.id].placesNeeded > 0)
    .map((v) => `${v.label.toLowerCase()} ${n(y.byVariant[v.id].placesNeeded)}`)
    .join(', ');
  return `Om in ${y.year} de wachttijd binnen ${formatNumber(normMonths, 1)} maanden te houden zijn ${n(y.placesNeeded)} extra plekken nodig (${perVariant}). Dat is de vraag min de plekken min een wachtlijst van ${formatNumber(normMonths, 1)} maanden instroom.`;
}

export function explainWlz(r: CapacityResult): string {
  const last = r.years[r.years.length - 1];
  const transfers = r.years.reduce((s, y) => s + y.wlzTransfers, 0);
  if (transfers < 0.5) return 'In dit scenario gaat niemand van de Wmo naar de Wlz.';
  return `Tot en met ${last.year} gaan ${n(transfers)} cliënten van de Wmo naar de Wlz. Daarbij klappen ${n(last.wmoPlacesLostToWlz)} plekken om naar Wlz-financiering; ${n(last.wlzPlacesReturned)} daarvan komen terug als Wlz-cliënten naar de wijk gaan. Per saldo ${n(last.wmoPlacesLostToWlz - last.wlzPlacesReturned)} plekken minder voor de BW-wachtlijst.`;
}
