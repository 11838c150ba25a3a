/** The "waarom" under each chart: Dutch paragraphs generated from the projection's own numbers. */
import { GEMEENTEN, VARIANTS } from '../../../shared/domain';
import { formatNumber } from '../../../shared/numberFormat';
import type { CapacityResult, YearResult } from '../../../models/capacity/types';

const n = (x: number) => formatNumber(Math.round(x));

function trend(from: number, to: number, noun: string): string {
  const d = Math.round(to) - Math.round(from);
  if (d === 0) return `${noun} blijft ${n(to)}`;
  return `${noun} ${d > 0 ? 'groeit' : 'daalt'} van ${n(from)} naar ${n(to)}`;
}

export function yearOf(r: CapacityResult, year: number): YearResult {
  return r.years.find((y) => y.year === year) ?? r.years[r.years.length - 1];
}

const wait = (x: number | null) => (x === null ? 'onbepaald lang: met deze plekken komt niet iedereen aan de beurt' : `${formatNumber(x, 1)} maanden`);

/** The waiting list's balance in `y`, each figure rounded as everywhere else: before + in + back − (placed + left + Wlz) = after, up to rounding. */
function balance(r: CapacityResult, y: YearResult) {
  const i = r.years.indexOf(y);
  const [before, after, inflow, back, placed, left, wlz] = [i > 0 ? r.years[i - 1].waitingList : r.start.waitingList, y.waitingList, y.inflow, y.displaced, y.placements, y.departuresUnplaced, y.wlzFromList].map(Math.round);
  return { before, after, inflow, back, placed, left, wlz, out: placed + left + wlz };
}

/** The waiting list over the years and in the chosen year; the flows and the waiting times have their own texts. */
export function explainWaiting(r: CapacityResult, year: number): string {
  const last = r.years[r.years.length - 1];
  const y = yearOf(r, year);
  const b = balance(r, y);
  const worst = [...VARIANTS].sort((a, c) => y.byVariant[c.id].waitingList - y.byVariant[a.id].waitingList)[0];
  const parts = [`${trend(r.start.waitingList, last.waitingList, 'De wachtlijst')} eind ${last.year}.`];
  if (y.year !== last.year) parts.push(`Eind ${y.year} wachten ${n(b.after)} mensen (eind ${y.year - 1}: ${n(b.before)}).`);
  if (y.byVariant[worst.id].waitingList >= 1) {
    parts.push(`De langste wachtlijst is die voor ${worst.label.toLowerCase()}: ${n(y.byVariant[worst.id].waitingList)} mensen eind ${y.year}.`);
  }
  return parts.join(' ');
}

/** Who joins and who leaves the waiting list in the chosen year, in whole people; when rounding keeps them from adding up exactly, it says so and by how much. */
export function explainFlows(r: CapacityResult, year: number): string {
  const y = yearOf(r, year);
  const b = balance(r, y);
  const why =
    r.driver === 'need'
      ? 'De nieuwe indicaties (benodigde instroom) zijn zo groot dat de behoefte de trend volgt: ze vervangen wie uit zorg vertrekt, naar de Wlz gaat of van de wachtlijst afvalt, plus de groei.'
      : 'De nieuwe indicaties zijn gegeven (basisinstroom + groei).';
  const back = b.back > 0 ? ` (plus ${n(b.back)} die terugkomen omdat hun locatie sluit)` : '';
  const off = b.before + b.inflow + b.back - b.out - b.after;
  const rounding = off !== 0 ? ` (afgerond op hele mensen; het verschil van ${n(Math.abs(off))} komt door de afronding)` : '';
  return (
    `In ${y.year} komen ${n(b.inflow)} mensen op de wachtlijst${back} en gaan er ${n(b.out)} af: ${n(b.placed)} met een plek, ${n(b.left)} zonder plek (uitval) en ${n(b.wlz)} naar de Wlz. ` +
    `Zo gaat de wachtlijst van ${n(b.before)} naar ${n(b.after)}${rounding}. ${why}`
  );
}

/** The two waiting times: of those placed in the year (what the norm is about), and for someone joining at its end. */
export function explainWaitingTime(r: CapacityResult, year: number, normMonths: number): string[] {
  const y = yearOf(r, year);
  const norm = formatNumber(normMonths, 1);
  const out = [
    y.placements > 0.5
      ? `Wie in ${y.year} een plek kreeg, had gemiddeld ${wait(y.waitingTimeMonths)} gewacht (norm: gemiddeld hoogstens ${norm}).`
      : `In ${y.year} krijgt vrijwel niemand een plek.`,
    `Wie eind ${y.year} op de wachtlijst komt, wacht naar verwachting ${wait(y.expectedWaitMonths)} (wie het eerst komt, het eerst maalt).`,
  ];
  const late = VARIANTS.filter((v) => {
    const w = y.byVariant[v.id].expectedWaitMonths;
    return y.byVariant[v.id].waitingList >= 1 && (w === null || w > normMonths);
  });
  if (late.length) out.push(`Bij aanmelding eind ${y.year} boven de norm: ${late.map((v) => `${v.label.toLowerCase()} (${wait(y.byVariant[v.id].expectedWaitMonths)})`).join(', ')}.`);
  return out;
}

export function explainCapacity(r: CapacityResult): string {
  const last = r.years[r.years.length - 1];
  // As explainWlz says it: from the rounded places that flip and come back.
  const lost = Math.round(last.wmoPlacesLostToWlz) - Math.round(last.wlzPlacesReturned);
  const perYear = (last.demand - r.start.demand) / r.years.length;
  const parts = [
    `${trend(r.start.demand, last.demand, 'De behoefte (in zorg plus wachtend)')} in ${last.year}` +
      (r.driver === 'need' ? `: de trend uit de aannames, gemiddeld ${perYear >= 0 ? '+' : '−'}${formatNumber(Math.abs(perYear), 1)} per jaar. Plekken veranderen de behoefte niet, alleen wie in zorg is en wie wacht.` : ' (de instroom is gegeven; de behoefte volgt daaruit).'),
  ];
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
  const norm = formatNumber(normMonths, 1);
  if (y.placesNeeded === 0) {
    return `In ${y.year} zijn er genoeg plekken: wie eind ${y.year} op de wachtlijst komt, krijgt binnen ${norm} maanden een plek.`;
  }
  const perVariant = VARIANTS.filter((v) => y.byVariant[v.id].placesNeeded > 0)
    .map((v) => `${v.label.toLowerCase()} ${n(y.byVariant[v.id].placesNeeded)}`)
    .join(', ');
  const groups = Object.entries(y.byTargetGroup).filter(([t, m]) => t !== 'algemeen' && m && m.placesNeeded > 0);
  return (
    `Met ${n(y.placesNeeded)} extra plekken (${perVariant}${groups.length ? `; waarvan voor doelgroepen: ${groups.map(([t, m]) => `${t} ${n(m!.placesNeeded)}`).join(', ')}` : ''}), open vanaf januari ${y.year}, ` +
    `krijgt wie eind ${y.year} op de wachtlijst komt binnen ${norm} maanden een plek; met één plek minder van een vorm lukt dat voor die vorm niet. ` +
    `Per gemeente zijn de plekken verdeeld naar waar de wachtenden vandaan komen; samen is dat het regiototaal.`
  );
}

export function explainWlz(r: CapacityResult): string {
  const last = r.years[r.years.length - 1];
  const transfers = r.years.reduce((s, y) => s + y.wlzTransfers, 0);
  if (transfers < 0.5) return 'In dit scenario gaat niemand van de Wmo naar de Wlz.';
  // The net loss from the rounded figures, so that the sentence adds up (48 − 5 = 43).
  const lost = Math.round(last.wmoPlacesLostToWlz);
  const returned = Math.round(last.wlzPlacesReturned);
  return `Tot en met ${last.year} gaan ${n(transfers)} cliënten van de Wmo naar de Wlz. Daarbij klappen ${n(lost)} plekken om naar Wlz-financiering; ${n(returned)} daarvan komen terug als Wlz-cliënten naar de wijk gaan. Per saldo ${n(lost - returned)} plekken minder voor de BW-wachtlijst.`;
}
