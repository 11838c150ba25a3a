/** What a College reads under the uncertainty charts: chances "in x van de 10 toekomsten" and 80 % ranges, in Dutch. */
import type { McResult } from '../../../shared/contract';
import { formatFlexible, formatNumber, valueKind } from '../../../shared/numberFormat';
import type { Tornado, TornadoBar } from '../../../models/uncertainty/tornado';
import { assumptionDef } from '../../../shared/assumptions';
import { formatRangeBound } from '../../../shared/ranges';

/** "8 van de 10"; below 5 % "minder dan 1 op de 20", above 95 % "meer dan 19 op de 20". */
export function outOfTen(p: number): string {
  if (p < 0.05) return 'minder dan 1 op de 20';
  if (p > 0.95) return 'meer dan 19 op de 20';
  return `${Math.round(p * 10)} van de 10`;
}

const yearIndex = (r: McResult, year: number) => {
  const i = r.years.indexOf(year);
  return i >= 0 ? i : r.years.length - 1;
};

export function targetSentence(r: McResult, year: number): string {
  const y = yearIndex(r, year);
  const p = r.probabilityTargetMet[y];
  return `In ${outOfTen(p)} toekomsten (${formatNumber(p * 100)} %) blijft de wachttijd in ${r.years[y]} binnen de norm van ${formatFlexible(r.waitingNormMonths)} maanden.`;
}

export function bandSentence(r: McResult, year: number): string {
  const y = yearIndex(r, year);
  const b = r.bands.waitingList[y];
  return `De wachtlijst eind ${r.years[y]} ligt in 8 van de 10 toekomsten tussen ${formatNumber(b.p10 ?? 0)} en ${formatNumber(b.p90 ?? 0)} mensen (mediaan ${formatNumber(b.p50 ?? 0)}; zonder onzekerheid ${formatNumber(r.deterministic.waitingList[y] ?? 0)}).`;
}

export function urgentSentence(r: McResult, year: number): string {
  const y = yearIndex(r, year);
  const p = r.probabilityUrgentShortfall[y];
  return p < 0.005
    ? `In geen van de ${formatNumber(r.runs)} toekomsten is er in ${r.years[y]} een tekort aan urgente huisvesting.`
    : `In ${outOfTen(p)} toekomsten (${formatNumber(p * 100)} %) is er eind ${r.years[y]} een tekort aan urgente huisvesting.`;
}

/** One end of a bar's range as its assumption reads, with its unit: "5 %", "10 cliënten per jaar". */
function bound(b: TornadoBar, x: number): string {
  const def = assumptionDef(b.key);
  if (!def) return formatFlexible(x);
  return valueKind(def) === 'getal' ? `${formatRangeBound(def, x)} ${def.unit}` : formatRangeBound(def, x);
}

export function tornadoSentence(t: Tornado): string {
  const top = t.bars[0];
  if (!top || top.swing < 0.5) return `Geen van de bereiken verandert de wachtlijst in ${t.year} merkbaar.`;
  return `De wachtlijst in ${t.year} hangt het meest af van "${top.label}": van ${formatNumber(top.waitingList.atLow)} (bij ${bound(top, top.low)}) tot ${formatNumber(top.waitingList.atHigh)} (bij ${bound(top, top.high)}) mensen.`;
}

const months = (x: number | null) => (x === null ? 'onbepaald (niemand krijgt een plek)' : `${formatNumber(x, 1)} maanden`);

/** The waiting time's tornado: the assumption that moves it most, from what to what, against the value without uncertainty. */
export function tornadoTimeSentence(t: Tornado): string {
  const swing = (b: TornadoBar) => (b.waitingTime.atLow === null || b.waitingTime.atHigh === null ? Infinity : Math.abs(b.waitingTime.atHigh - b.waitingTime.atLow));
  const top = [...t.bars].sort((a, b) => swing(b) - swing(a))[0];
  const base = `Zonder onzekerheid wachtte wie in ${t.year} een plek kreeg gemiddeld ${months(t.base.waitingTime)}.`;
  if (!top || swing(top) < 0.05) return `${base} Geen van de bereiken verandert die wachttijd merkbaar.`;
  return (
    `${base} De wachttijd hangt het meest af van "${top.label}": ${months(top.waitingTime.atLow)} bij ${bound(top, top.low)} en ${months(top.waitingTime.atHigh)} bij ${bound(top, top.high)}.` +
    (top.key !== t.bars[0]?.key ? ` Dat is een andere aanname dan die de wachtlijst het meest verandert: de wachttijd hangt ook af van hoeveel mensen een plek krijgen.` : '')
  );
}

/** The chance per year for one question, in words: where it starts, where it ends, and the reporting year. */
export function chanceSentence(r: McResult, which: 'target' | 'urgent'): string {
  const p = which === 'target' ? r.probabilityTargetMet : r.probabilityUrgentShortfall;
  const what = which === 'target' ? `dat de wachttijd binnen de norm van ${formatFlexible(r.waitingNormMonths)} maanden blijft` : 'op een tekort aan urgente huisvesting';
  const first = 0;
  const last = r.years.length - 1;
  const pct = (i: number) => `${formatNumber(p[i] * 100)} %`;
  const constant = Math.round(p[first] * 100) === Math.round(p[last] * 100);
  const course = constant ? `is ${pct(first)} in elk jaar van ${r.years[first]} tot ${r.years[last]}` : `gaat van ${pct(first)} in ${r.years[first]} naar ${pct(last)} in ${r.years[last]}`;
  const y = r.years.indexOf(r.reportingYear);
  const atReportingYear = !constant && y > first && y < last ? ` (${r.reportingYear}: ${pct(y)})` : '';
  return `De kans ${what} ${course}${atReportingYear}: per jaar het deel van de ${formatNumber(r.runs)} doorrekeningen waarin dat zo is.`;
}

export function fairShareSentence(r: McResult): string {
  const b = r.fairShareIndex;
  const when = `De fair-share-index eind ${r.reportingYear}`;
  if (b.p10 === null || b.p90 === null) return `${when} is niet te bepalen (de sleutel inwoners is niet te gebruiken).`;
  const pct = (x: number) => `${formatNumber(x * 100, 1)} %`;
  return Math.abs(b.p90 - b.p10) < 0.0005
    ? `${when} is in alle toekomsten ${pct(b.p50 ?? b.p10)}: de plekken en de sleutel hebben geen bereik.`
    : `${when} ligt in 8 van de 10 toekomsten tussen ${pct(b.p10)} en ${pct(b.p90)}.`;
}
