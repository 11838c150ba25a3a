/** What a College reads under the uncertainty charts: chances "in x van de 10 toekomsten" and 80 % ranges, in Dutch. */
import type { McResult } from '../../../shared/contract';
import { formatFlexible, formatNumber } from '../../../shared/numberFormat';
import type { Tornado } from '../../../models/uncertainty/tornado';

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

export function tornadoSentence(t: Tornado): string {
  const top = t.bars[0];
  if (!top || top.swing < 0.5) return `Geen van de bereiken verandert de wachtlijst in ${t.year} merkbaar.`;
  return `De wachtlijst in ${t.year} hangt het meest af van "${top.label}": van ${formatNumber(top.waitingList.atLow)} (bij ${formatFlexible(top.low)}) tot ${formatNumber(top.waitingList.atHigh)} (bij ${formatFlexible(top.high)}) mensen.`;
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
