/** The "waarom" texts of the fair-share view, generated from the numbers (whole places from the chosen method). */
import { GEMEENTEN } from '../../../shared/domain';
import type { FairShareView } from '../../../shared/contract';
import { formatNumber } from '../../../shared/numberFormat';
import type { FairShareRow } from '../../../models/fairshare/facilities';
import type { WholeFairShare } from './wholePlaces';

const n = (x: number) => formatNumber(Math.round(x));
const pct = (x: number) => `${formatNumber(x * 100, 1)} %`;
const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${n(Math.abs(x))}`;

/** `f`: the facility fair share with the norm in whole places. */
export function explainDeviation(f: WholeFairShare | null, keyLabel: string, methodLabel: string): string {
  if (!f) return '';
  if (f.total === 0) return 'Er zijn op deze datum geen plekken van deze vorm, dus ook geen afwijking.';
  const rows = GEMEENTEN.map((g, i) => ({ naam: g.naam, ...f.rows[i] }));
  const over = rows.filter((r) => r.deviation > 0).sort((a, b) => b.deviation - a.deviation);
  const under = rows.filter((r) => r.deviation < 0).sort((a, b) => a.deviation - b.deviation);
  const parts = [`Volgens de sleutel "${keyLabel}" hoort elke gemeente een deel van de ${n(f.total)} plekken te hebben (in hele plekken met ${methodLabel}).`];
  if (over.length) parts.push(`Meer dan dat: ${over.map((r) => `${r.naam} (${signed(r.deviation)})`).join(', ')}.`);
  if (under.length) parts.push(`Minder: ${under.map((r) => `${r.naam} (${signed(r.deviation)})`).join(', ')}.`);
  const none = rows.filter((r) => r.actual === 0).map((r) => r.naam);
  if (none.length) parts.push(`Zonder plekken van deze vorm: ${none.join(', ')}.`);
  return parts.join(' ');
}

export function explainIndex(v: FairShareView, f: WholeFairShare | null): string {
  if (!f || v.trend.length === 0) return '';
  const first = v.trend[0];
  const last = v.trend[v.trend.length - 1];
  // Places and the index in sentences of their own: the index is a share without rounding to whole places, so it is not toMove ÷ total.
  const parts = [
    `Om de sleutel in hele plekken te volgen, zouden eind ${v.date.slice(0, 4)} ${n(f.toMove)} van de ${n(f.total)} plekken naar een andere gemeente moeten.`,
    `De fair-share-index zegt hetzelfde als deel van alle plekken, zonder af te ronden op hele plekken: ${pct(f.index)} (0 % is helemaal evenredig).`,
  ];
  if (Math.abs(last.index - first.index) >= 0.001) {
    parts.push(`Door locaties die openen of sluiten gaat de index van ${pct(first.index)} in ${first.year} naar ${pct(last.index)} in ${last.year}.`);
  } else {
    parts.push(`Zonder nieuwe of sluitende locaties blijft de index tot ${last.year} gelijk.`);
  }
  return parts.join(' ');
}

/** `whole`: per key (same order as v.keys) the whole places per gemeente, or null when the key cannot be used. */
export function explainKeys(v: FairShareView, whole: (number[] | null)[]): string {
  const total = v.facility?.total ?? 0;
  const usable = v.keys.map((k, j) => ({ label: k.label, places: whole[j] })).filter((k): k is { label: string; places: number[] } => !!k.places);
  if (!total || usable.length < 2) return 'Vul de cijfers per gemeente in om de sleutels te vergelijken.';
  const spread = GEMEENTEN.map((g, i) => {
    const norms = usable.map((k) => ({ label: k.label, x: k.places[i] }));
    const lo = norms.reduce((a, b) => (b.x < a.x ? b : a));
    const hi = norms.reduce((a, b) => (b.x > a.x ? b : a));
    return { naam: g.naam, lo, hi, range: hi.x - lo.x };
  }).sort((a, b) => b.range - a.range)[0];
  return `De keuze van de sleutel is een beleidskeuze: bij ${n(total)} plekken krijgt ${spread.naam} er ${n(spread.lo.x)} met "${spread.lo.label}" en ${n(spread.hi.x)} met "${spread.hi.label}". Elke kolom telt precies op tot ${n(total)}. Sleutels met een melding zijn nog niet te gebruiken.`;
}

/** "Mijn gemeente" on the Fair share tab: its places against the norm of the key, in one sentence. */
export function fairShareFocusSentence(naam: string, row: FairShareRow, keyLabel: string, year: number, variantText: string): string {
  const base = `${naam} heeft eind ${year} ${n(row.actual)} Wmo-plekken (${variantText}); volgens de sleutel "${keyLabel}" zou dat ${n(row.norm)} zijn`;
  if (row.deviation === 0) return `${base}: precies volgens de sleutel.`;
  const pctText = row.deviationPct === null ? '' : ` (${signed(Math.round(row.deviationPct * 100))} %)`;
  return `${base}: ${n(Math.abs(row.deviation))} ${row.deviation > 0 ? 'meer' : 'minder'} dan de norm${pctText}.`;
}
