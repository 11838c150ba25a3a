/**
 * Monitoring figures ("waarnemingen"): what really happened in a period, as the centrumgemeente collects it every
 * half year (Cimot BW/MO, uitstroomproces, Transferpunt). One observation is one number: a measure, for a period,
 * for a gemeente of origin or the region, for a form (or all forms) and optionally a target group.
 */
import { MONTH_NAMES as MONTHS, type GemeenteCode, type VariantId } from './domain';
import type { TargetGroup } from './locations';

/**
 * Stock measures ("stand") are counted at the end of the period; flows ("stroom") are totals over the period;
 * the mean wait is over the people placed in the period.
 */
export const OBSERVATION_MEASURES = [
  { id: 'inZorg', label: 'In zorg', kind: 'stand', unit: 'cliënten', help: 'Cliënten met een BW-plek aan het eind van de periode.' },
  { id: 'wachtend', label: 'Wachtend', kind: 'stand', unit: 'mensen', help: 'Mensen met een BW-indicatie op de wachtlijst aan het eind van de periode.' },
  { id: 'nieuweIndicaties', label: 'Nieuwe indicaties', kind: 'stroom', unit: 'mensen', help: 'Nieuwe BW-indicaties in de periode.' },
  { id: 'plaatsingen', label: 'Plaatsingen', kind: 'stroom', unit: 'mensen', help: 'Mensen die in de periode een plek kregen.' },
  { id: 'uitstroom', label: 'Uitstroom uit zorg', kind: 'stroom', unit: 'cliënten', help: 'Cliënten die in de periode BW verlieten (zelfstandig of anders), zonder de overgangen naar de Wlz.' },
  { id: 'naarWlz', label: 'Naar de Wlz', kind: 'stroom', unit: 'cliënten', help: 'Cliënten in zorg die in de periode naar de Wlz gingen.' },
  { id: 'uitval', label: 'Van de wachtlijst af zonder plek', kind: 'stroom', unit: 'mensen', help: 'Mensen die in de periode van de wachtlijst gingen zonder plek (uitval).' },
  { id: 'wachtlijstNaarWlz', label: 'Van de wachtlijst naar de Wlz', kind: 'stroom', unit: 'mensen', help: 'Mensen die in de periode van de wachtlijst naar de Wlz gingen.' },
  { id: 'wachttijd', label: 'Gemiddelde wachttijd van geplaatsten', kind: 'gemiddelde', unit: 'maanden', help: 'Gemiddeld aantal maanden dat de in de periode geplaatste mensen gewacht hadden.' },
] as const;
export type MeasureId = (typeof OBSERVATION_MEASURES)[number]['id'];
export const MEASURE_IDS = OBSERVATION_MEASURES.map((m) => m.id) as MeasureId[];

/** A form as monitoring reports it: one variant, all modulaire variants together, or every form ("alle"). */
export type ObservedForm = VariantId | 'modulair' | 'alle';

/** A period of whole months, both ends included: "2026-01" … "2026-06" is the first half of 2026. */
export interface Period {
  from: string;
  to: string;
}

export interface Observation {
  period: Period;
  /** Gemeente of origin; null: the region as a whole. */
  gemeente: GemeenteCode | null;
  form: ObservedForm;
  /** null: all target groups. */
  targetGroup: TargetGroup | null;
  measure: MeasureId;
  value: number;
}

/** An import as the monitor's history shows it. */
export interface ObservationSetSummary {
  id: number;
  fileName: string;
  source: string;
  importedAt: string;
  removedAt: string | null;
  count: number;
  /** First and last month covered. */
  from: string;
  to: string;
}

/** Months in a period ("2026-01".."2026-06" → 6). */
export function periodMonths(p: Period): number {
  const [fy, fm] = p.from.split('-').map(Number);
  const [ty, tm] = p.to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** "eerste helft 2026", "2026", "maart 2026", "januari–april 2026". */
export function periodLabel(p: Period): string {
  const [fy, fm] = p.from.split('-').map(Number);
  const [ty, tm] = p.to.split('-').map(Number);
  if (fy === ty && fm === 1 && tm === 12) return String(fy);
  if (fy === ty && fm === 1 && tm === 6) return `eerste helft ${fy}`;
  if (fy === ty && fm === 7 && tm === 12) return `tweede helft ${fy}`;
  if (fy === ty && fm === tm) return `${MONTHS[fm - 1]} ${fy}`;
  if (fy === ty) return `${MONTHS[fm - 1]}–${MONTHS[tm - 1]} ${fy}`;
  return `${MONTHS[fm - 1]} ${fy}–${MONTHS[tm - 1]} ${ty}`;
}

/** "eind juni 2026": the moment a stock is counted. */
export function periodEndLabel(p: Period): string {
  const [ty, tm] = p.to.split('-').map(Number);
  return `eind ${MONTHS[tm - 1]} ${ty}`;
}
