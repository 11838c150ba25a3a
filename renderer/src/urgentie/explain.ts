/** The "waarom" texts and definitions of the urgentie view. Every sum they show adds up: nieuw + uit vorig jaar − gehuisvest = wachtend. */
import { KEYS } from '../../../shared/assumptions';
import type { UrgentieView } from '../../../shared/contract';
import { GEMEENTEN } from '../../../shared/domain';
import { formatNumber } from '../../../shared/numberFormat';
import { METHOD_LABELS } from '../../../models/apportion/apportion';
import type { UrgentGemeenteYear, UrgentYear } from '../../../models/urgentie/allocate';

const n = (x: number) => formatNumber(Math.round(x));
/** Months with one decimal; a positive wait that would show as 0,0 shows as "< 0,1" (0 means nobody needs a home). */
export const m1 = (x: number) => (x > 0 && x < 0.05 ? '< 0,1' : formatNumber(x, 1));

/** How the time to a home is computed, in one Dutch sentence. */
export const WAIT_DEFINITION =
  'Tijd tot een woning: wie aan het eind van het jaar urgentie krijgt, sluit achter iedereen die dan nog wacht aan (wie het eerst komt, het eerst maalt) en krijgt een woning zodra de woningen die inwoners van die gemeente in het tempo van dat jaar aangeboden krijgen hen allemaal hebben gehuisvest, plus gemiddeld een halve tussentijd tot de volgende woning: (wachtenden + ½) × 12 ÷ aangeboden woningen per jaar; zonder wachtenden is dat de gemiddelde tijd tot de eerstvolgende woning.';

/** What the omgeklapte huur in de wijk does to the demand, in one Dutch sentence. */
export function leaseKeptText(share: number): string {
  return `Wie uitstroomt uit modulair in de wijk en de woning houdt omdat de huur naar de cliënt is omgeklapt, heeft geen nieuwe woning nodig: aanname ${formatNumber(share * 100)} % van die uitstroom (Regionale visie §2.2).`;
}

export const monthsText = (m: number | null) => (m === null ? 'onbepaald (geen woning aangeboden)' : m === 0 ? 'geen vraag' : `${m1(m)} maand${m < 0.95 ? '' : 'en'}`);

export const normText = (g: Pick<UrgentGemeenteYear, 'meetsNorm'>) => (g.meetsNorm ? 'gehaald' : 'niet gehaald');

export function settingsText(v: UrgentieView): string {
  const s = v.settings;
  const rule =
    s.rule === 'woonplaatsbeginsel'
      ? 'woonplaatsbeginsel (iedereen in de eigen gemeente)'
      : s.rule === 'verdeelsleutel'
        ? `verdeelsleutel "${KEYS.find((k) => k.id === s.key)?.label}"`
        : `hybride: ${formatNumber(s.ownShare * 100)} % in de eigen gemeente, de rest met de sleutel "${KEYS.find((k) => k.id === s.key)?.label}"`;
  return `Regel: ${rule}; hele woningen met ${METHOD_LABELS[s.method]}; norm: binnen ${m1(s.normMonths)} maanden een woning, in elke gemeente; omgeklapte huur in de wijk: ${formatNumber(s.leaseKeptWijkShare * 100)} % houdt de woning.`;
}

const rowsOf = (y: UrgentYear) => GEMEENTEN.map((g, i) => ({ naam: g.naam, ...y.byGemeente[i] }));

function joinDutch(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** "In 2030 halen Dinkelland (24,0 maanden) en Losser (8,0) de norm van 6,0 maanden niet; de regio gemiddeld wel (1,8)." */
export function explainNorm(y: UrgentYear, normMonths: number): string {
  const regio = y.monthsToHome === null ? 'onbepaald' : m1(y.monthsToHome);
  const late = rowsOf(y).filter((r) => !r.meetsNorm);
  if (late.length === 0) return `In ${y.year} halen alle gemeenten de norm van ${m1(normMonths)} maanden (regio gemiddeld ${regio}).`;
  const items = late.map((r, i) => `${r.naam} (${r.monthsToHome === null ? 'onbepaald' : i === 0 ? `${m1(r.monthsToHome)} maanden` : m1(r.monthsToHome)})`);
  const verb = late.length === 1 ? 'haalt' : 'halen';
  return `In ${y.year} ${verb} ${joinDutch(items)} de norm van ${m1(normMonths)} maanden niet; de regio gemiddeld ${y.regionMeetsNorm ? 'wel' : 'ook niet'} (${regio}).`;
}

/**
 * The year's sum in words that add up: nodig = nieuw + uit vorig jaar; nodig − gehuisvest = nog wachtend. The norm
 * is left to the waiting-time chart's text, so the page does not say it twice.
 */
export function explainUrgentYear(y: UrgentYear): string {
  const needed = y.demand + y.carriedIn;
  const parts = [
    y.carriedIn > 0
      ? `Nodig in ${y.year}: ${n(needed)} woningen — ${n(y.demand)} voor mensen die dit jaar urgentie krijgen plus ${n(y.carriedIn)} voor wie uit ${y.year - 1} nog wacht.`
      : `Nodig in ${y.year}: ${n(needed)} woningen, voor mensen die dit jaar urgentie krijgen; uit ${y.year - 1} wacht niemand meer.`,
    `De gemeenten stellen samen ${n(y.capacity)} woningen beschikbaar voor urgenten; ${n(y.homes)} daarvan gaan naar iemand die er een nodig heeft.`,
  ];
  const full = rowsOf(y).filter((r) => r.capacity > 0 && r.homes >= r.capacity).map((r) => r.naam);
  if (full.length) parts.push(`Vol: ${joinDutch(full)} (alle urgentiewoningen van dat jaar vergeven).`);
  parts.push(
    y.shortfall > 0
      ? `Eind ${y.year} wachten er nog ${n(y.shortfall)} (${n(needed)} − ${n(y.homes)}); zij schuiven door naar ${y.year + 1}.`
      : `Eind ${y.year} wacht niemand meer (${n(needed)} − ${n(y.homes)} = 0).`,
  );
  if (y.leaseKeptWijk >= 0.5) parts.push(`Niet meegeteld: ongeveer ${n(y.leaseKeptWijk)} cliënten die uitstromen uit modulair in de wijk en hun woning houden (huur omgeklapt).`);
  return parts.join(' ');
}

/** The sum behind one gemeente's time to a home. */
export function explainGemeenteWait(naam: string, r: UrgentGemeenteYear, year: number): string {
  const sum = `${n(r.demand)} nieuw + ${n(r.carriedIn)} uit ${year - 1} − ${n(r.housedOrigin)} gehuisvest = ${n(r.shortfall)} wachtend`;
  if (r.monthsToHome === null) return `${naam}: ${sum}; er wordt geen woning aangeboden, dus de tijd tot een woning is onbepaald.`;
  if (r.monthsToHome === 0) return `${naam}: niemand heeft een woning nodig.`;
  return `${naam}: ${sum}; met ${n(r.offeredPerYear)} aangeboden woningen per jaar wacht wie eind ${year} urgentie krijgt (${n(r.shortfall)} + ½) × 12 ÷ ${n(r.offeredPerYear)} = ${m1(r.monthsToHome)} maanden.`;
}

/** Why the gemeenten that miss the norm miss it (or the slowest gemeente when all meet it). */
export function explainWaits(y: UrgentYear): string {
  const rows = rowsOf(y);
  const late = rows.filter((r) => !r.meetsNorm);
  if (late.length) return late.map((r) => explainGemeenteWait(r.naam, r, y.year)).join(' ');
  const slowest = rows.reduce((a, b) => ((b.monthsToHome ?? 0) > (a.monthsToHome ?? 0) ? b : a));
  if (!slowest.monthsToHome) return `In ${y.year} heeft niemand een woning nodig.`;
  return `Het langst wacht men in ${explainGemeenteWait(slowest.naam, slowest, y.year)}`;
}

/** The shortfall over the years: its peak and its last value, said once when they are the same year. */
export function explainShortfallTrend(years: UrgentYear[]): string {
  const firstLate = years.find((y) => !y.meetsNorm);
  const lateText = firstLate
    ? ` Voor het eerst in ${firstLate.year} haalt niet elke gemeente de norm (${joinDutch(rowsOf(firstLate).filter((r) => !r.meetsNorm).map((r) => r.naam))}).`
    : ' In elk jaar halen alle gemeenten de norm.';
  const worst = years.reduce((a, b) => (b.shortfall > a.shortfall ? b : a));
  if (worst.shortfall === 0) return `In geen enkel jaar blijven mensen zonder woning: de capaciteit is overal groot genoeg.${lateText}`;
  const first = years[0];
  const last = years[years.length - 1];
  const course =
    worst.year === last.year
      ? `Het tekort loopt op tot ${n(last.shortfall)} mensen eind ${last.year}, het hoogste van de hele periode (eind ${first.year}: ${n(first.shortfall)}).`
      : `Het tekort is het grootst eind ${worst.year}: ${n(worst.shortfall)} mensen. Eind ${last.year} zijn het er ${n(last.shortfall)}.`;
  return `${course} Een tekort ontstaat waar de vraag groter is dan het aandeel van de verhuringen dat een gemeente voor urgenten beschikbaar stelt.${lateText}`;
}
