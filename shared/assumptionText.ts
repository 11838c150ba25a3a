/**
 * An assumption's value as a sentence fragment a wethouder reads: "12 cliënten", "1 cliënt", "15 cliënten per jaar",
 * "10 % van de wachtenden per jaar", "€ 120 per dag", "2035", "ja", "hybride". Built on formatAssumptionValue (the
 * grids' display), so a value reads the same in the grid, the comparison and the report.
 */
import type { AssumptionDef } from './assumptions';
import { formatAssumptionValue, formatFlexible, formatNumber, unitLabel, valueKind } from './numberFormat';

type Def = Pick<AssumptionDef, 'unit' | 'choices' | 'max' | 'integer'>;

/** The singular of the first word of a unit, for a value of exactly 1 ("1 cliënt per jaar"). */
const SINGULAR: Record<string, string> = { cliënten: 'cliënt', maanden: 'maand', woningen: 'woning', inwoners: 'inwoner', personen: 'persoon', plekken: 'plek' };

/** A count or amount: whole numbers without decimals, others with at most one. */
function amount(def: Def, value: number): string {
  return def.integer || Number.isInteger(value) ? formatNumber(value) : formatFlexible(value, 1);
}

export function assumptionValueText(def: Def, value: number): string {
  const kind = valueKind(def);
  if (kind === 'keuze' || kind === 'janee' || kind === 'jaar') return formatAssumptionValue(def, value);
  if (kind === 'aandeel') {
    const rest = unitLabel(def).replace(/^%\s*/, '');
    return rest ? `${formatAssumptionValue(def, value, 2)} ${rest}` : formatAssumptionValue(def, value, 2);
  }
  if (def.unit === 'procent') return `${formatFlexible(value, 1)} %`;
  if (def.unit === 'gewicht') return formatFlexible(value, 2);
  const euro = /^euro\b(.*)$/.exec(def.unit);
  if (euro) return `€ ${Number.isInteger(value) ? formatNumber(value) : formatNumber(value, 2)}${euro[1]}`;
  const [first, ...rest] = def.unit.split(' ');
  const unit = value === 1 && SINGULAR[first] ? [SINGULAR[first], ...rest].join(' ') : def.unit;
  return `${amount(def, value)} ${unit}`;
}
