/**
 * Ranges on assumptions for the uncertainty analysis: low / most likely / high as a triangular or PERT
 * distribution (the most likely value is the assumption's own value), or an 80 % interval (P10–P90).
 */
import type { AssumptionDef } from './assumptions';
import { formatFlexible } from './numberFormat';

export const RANGE_KINDS = ['driehoek', 'pert', 'interval80'] as const;
export type RangeKind = (typeof RANGE_KINDS)[number];

export const RANGE_KIND_LABELS: Record<RangeKind, string> = {
  driehoek: 'driehoek (laag – meest waarschijnlijk – hoog)',
  pert: 'PERT (laag – meest waarschijnlijk – hoog, minder gewicht aan de uitersten)',
  interval80: '80 %-interval (8 van de 10 keer tussen laag en hoog)',
};

export interface AssumptionRange {
  kind: RangeKind;
  low: number;
  high: number;
  /** Why this range: a source or an aanname. */
  source: string;
}

export type RangeMap = Record<string, AssumptionRange>;

/** Checks a range against the assumption's bounds and its current value; a Dutch message or null. */
export function checkRange(def: AssumptionDef, r: Pick<AssumptionRange, 'kind' | 'low' | 'high'>, mode: number, isFormula: boolean): string | null {
  if (isFormula) return `${def.label}: een bereik kan alleen op een getal, niet op een formule. Formules die deze aanname gebruiken rekenen wel met de getrokken waarden van hun invoer.`;
  if (def.choices || def.group === 'model') return `${def.label}: een instelling van het model of een keuze kan geen bereik krijgen.`;
  if (!Number.isFinite(r.low) || !Number.isFinite(r.high)) return `${def.label}: vul een laag en een hoog getal in.`;
  if (!(r.low < r.high)) return `${def.label}: laag (${formatFlexible(r.low)}) moet kleiner zijn dan hoog (${formatFlexible(r.high)}).`;
  if (r.low < def.min || r.high > def.max) return `${def.label}: het bereik moet tussen ${formatFlexible(def.min)} en ${formatFlexible(def.max)} ${def.unit} liggen.`;
  if (r.kind !== 'interval80' && (mode < r.low || mode > r.high)) {
    return `${def.label}: de huidige waarde ${formatFlexible(mode)} (het meest waarschijnlijke getal) moet tussen laag en hoog liggen.`;
  }
  return null;
}
