/** Dutch words and numbers for the monitor's sentences: forms, places in time, counts. */
import { MONTH_NAMES, gemeenteNaam, variantLabel, type GemeenteCode } from '../../shared/domain';
import type { ObservedForm, Period } from '../../shared/observations';

/** An nl-NL number with at most `decimals` decimals ("1.234,5"). */
export function nl(x: number, decimals = 0): string {
  return x.toLocaleString('nl-NL', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
}

/** "all-inclusive", "alle modulaire vormen", "alle vormen". */
export function formLabel(form: ObservedForm): string {
  if (form === 'alle') return 'alle vormen';
  if (form === 'modulair') return 'alle modulaire vormen';
  return variantLabel(form).toLowerCase();
}

/** "Enschede, all-inclusive: " — what a sentence is about when it is not the whole region and every form. */
export function subjectPrefix(gemeente: GemeenteCode | null, form: ObservedForm): string {
  const parts = [gemeente ? gemeenteNaam(gemeente) : null, form !== 'alle' ? formLabel(form) : null].filter(Boolean);
  return parts.length ? `${parts.join(', ')}: ` : '';
}


/** "juli 2026" for "2026-07". */
export function monthLabel(ym: string): string {
  const [y, m] = ym.split('-').map(Number);
  return `${MONTH_NAMES[m - 1]} ${y}`;
}

/** "in de eerste helft van 2026", "in 2026", "in maart 2026", "van januari tot en met april 2026". */
export function duringLabel(p: Period): string {
  const [fy, fm] = p.from.split('-').map(Number);
  const [ty, tm] = p.to.split('-').map(Number);
  if (fy === ty && fm === 1 && tm === 12) return `in ${fy}`;
  if (fy === ty && fm === 1 && tm === 6) return `in de eerste helft van ${fy}`;
  if (fy === ty && fm === 7 && tm === 12) return `in de tweede helft van ${fy}`;
  if (p.from === p.to) return `in ${monthLabel(p.from)}`;
  return fy === ty ? `van ${MONTH_NAMES[fm - 1]} tot en met ${MONTH_NAMES[tm - 1]} ${fy}` : `van ${monthLabel(p.from)} tot en met ${monthLabel(p.to)}`;
}

/** "1 vertrek", "12 vertrekken". */
export function count(n: number, one: string, many: string): string {
  return `${nl(n)} ${n === 1 ? one : many}`;
}

/** Capital first letter. */
export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
