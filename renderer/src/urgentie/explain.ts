/** The "waarom" texts of the urgentie view. */
import { KEYS } from '../../../shared/assumptions';
import type { UrgentieView } from '../../../shared/contract';
import { GEMEENTEN } from '../../../shared/domain';
import { formatNumber } from '../../../shared/numberFormat';
import { METHOD_LABELS } from '../../../models/apportion/apportion';
import type { UrgentYear } from '../../../models/urgentie/allocate';

const n = (x: number) => formatNumber(Math.round(x));
export const monthsText = (m: number | null) => (m === null ? 'onbepaald (niemand krijgt een woning)' : m === 0 ? 'geen wachtenden' : `${formatNumber(m, 1)} maanden`);

export function settingsText(v: UrgentieView): string {
  const s = v.settings;
  const rule =
    s.rule === 'woonplaatsbeginsel'
      ? 'woonplaatsbeginsel (iedereen in de eigen gemeente)'
      : s.rule === 'verdeelsleutel'
        ? `verdeelsleutel "${KEYS.find((k) => k.id === s.key)?.label}"`
        : `hybride: ${formatNumber(s.ownShare * 100)} % in de eigen gemeente, de rest met de sleutel "${KEYS.find((k) => k.id === s.key)?.label}"`;
  return `Regel: ${rule}; hele woningen met ${METHOD_LABELS[s.method]}; norm: binnen ${formatNumber(s.normMonths, 1)} maanden een woning.`;
}

export function explainUrgentYear(y: UrgentYear, normMonths: number): string {
  const rows = GEMEENTEN.map((g, i) => ({ naam: g.naam, ...y.byGemeente[i] }));
  const parts = [`In ${y.year} hebben ${n(y.demand)} mensen met urgentie een woning nodig; de gemeenten kunnen samen ${n(y.capacity)} woningen bieden en bieden er ${n(y.homes)}.`];
  const full = rows.filter((r) => r.capacity > 0 && r.homes >= r.capacity).map((r) => r.naam);
  if (full.length) parts.push(`Vol: ${full.join(', ')} (alle urgentiewoningen van dat jaar vergeven).`);
  const late = rows.filter((r) => r.monthsToHome === null || r.monthsToHome > normMonths).map((r) => `${r.naam} (${monthsText(r.monthsToHome)})`);
  if (y.shortfall > 0) parts.push(`${n(y.shortfall)} mensen wachten aan het eind van het jaar nog; zij schuiven door naar het volgende jaar.`);
  parts.push(late.length ? `Langer dan de norm van ${formatNumber(normMonths, 1)} maanden wachten inwoners van: ${late.join(', ')}.` : `Iedereen krijgt binnen de norm van ${formatNumber(normMonths, 1)} maanden een woning.`);
  return parts.join(' ');
}

export function explainShortfallTrend(years: UrgentYear[]): string {
  const worst = years.reduce((a, b) => (b.shortfall > a.shortfall ? b : a));
  if (worst.shortfall === 0) return 'In geen enkel jaar blijven mensen zonder woning: de capaciteit is overal groot genoeg.';
  const last = years[years.length - 1];
  return `Het tekort is het grootst in ${worst.year} (${n(worst.shortfall)} mensen) en is ${n(last.shortfall)} eind ${last.year}. Een tekort ontstaat waar de vraag groter is dan het aandeel van de verhuringen dat een gemeente voor urgenten beschikbaar stelt.`;
}
