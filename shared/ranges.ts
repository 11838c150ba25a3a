/**
 * Ranges on assumptions for the uncertainty analysis: low / most likely / high as a triangular or PERT
 * distribution (the most likely value is the assumption's own value), or an 80 % interval (P10–P90).
 * A range reads and is typed like its assumption: a share in % ("5 % – 20 %"), other numbers the Dutch way.
 */
import type { AssumptionDef } from './assumptions';
import { assumptionEditText, formatAssumptionValue, parseDutchNumber, parseShare, valueKind, type ParsedNumber } from './numberFormat';

export const RANGE_KINDS = ['driehoek', 'pert', 'interval80'] as const;
export type RangeKind = (typeof RANGE_KINDS)[number];

export const RANGE_KIND_LABELS: Record<RangeKind, string> = {
  driehoek: 'driehoek (laag – meest waarschijnlijk – hoog)',
  pert: 'PERT (laag – meest waarschijnlijk – hoog, minder gewicht aan de uitersten)',
  interval80: '80 %-interval (8 van de 10 keer tussen laag en hoog)',
};

/** The kind's short name in a table or a sentence ("driehoek", "PERT", "80 %-interval"). */
export const rangeKindName = (kind: RangeKind) => RANGE_KIND_LABELS[kind].split(' (')[0];

export interface AssumptionRange {
  kind: RangeKind;
  low: number;
  high: number;
  /** Why this range: a source or an aanname. */
  source: string;
}

export type RangeMap = Record<string, AssumptionRange>;

type Def = Pick<AssumptionDef, 'unit' | 'choices' | 'max'>;

/** One end of a range as its assumption's values read: "5 %" for a share, "1.234" or "12,5" otherwise. */
export function formatRangeBound(def: Def, x: number): string {
  return formatAssumptionValue(def, x, 4);
}

/** "PERT van 5 % tot 20 %". */
export function describeRange(def: Def, r: Pick<AssumptionRange, 'kind' | 'low' | 'high'>): string {
  return `${rangeKindName(r.kind)} van ${formatRangeBound(def, r.low)} tot ${formatRangeBound(def, r.high)}`;
}

/** The text a range field starts from (every decimal, a share in %). */
export function rangeEditText(def: Def, x: number): string {
  return assumptionEditText(def, x);
}

/** Reads a typed range end: a share as a percentage ("5 %", "5", or the fraction "0,05"), other numbers the Dutch way. */
export function readRangeBound(def: Def, typed: unknown, what: string): ParsedNumber {
  return valueKind(def) === 'aandeel' ? parseShare(typed, { what }) : parseDutchNumber(typed, { what });
}

/** Checks a range against the assumption's bounds and its current value; a Dutch message or null. */
export function checkRange(def: AssumptionDef, r: Pick<AssumptionRange, 'kind' | 'low' | 'high'>, mode: number, isFormula: boolean): string | null {
  if (isFormula) return `${def.label}: een bereik kan alleen op een getal, niet op een formule. Formules die deze aanname gebruiken rekenen wel met de getrokken waarden van hun invoer.`;
  if (def.choices || def.group === 'model') return `${def.label}: een instelling van het model of een keuze kan geen bereik krijgen.`;
  if (!Number.isFinite(r.low) || !Number.isFinite(r.high)) return `${def.label}: vul een laag en een hoog getal in.`;
  const f = (x: number) => formatRangeBound(def, x);
  if (!(r.low < r.high)) return `${def.label}: laag (${f(r.low)}) moet kleiner zijn dan hoog (${f(r.high)}).`;
  if (r.low < def.min || r.high > def.max) {
    const unit = valueKind(def) === 'getal' ? ` ${def.unit}` : '';
    return `${def.label}: het bereik moet tussen ${f(def.min)} en ${f(def.max)}${unit} liggen.`;
  }
  if (r.kind !== 'interval80' && (mode < r.low || mode > r.high)) {
    return `${def.label}: de huidige waarde ${f(mode)} (het meest waarschijnlijke getal) moet tussen laag en hoog liggen.`;
  }
  return null;
}
