/**
 * The catalogue of assumptions a scenario holds: every key, its meaning, unit and bounds.
 * The store keeps one value per key per scenario, each with its source (bron) or an aanname note.
 */
import {
  GEMEENTEN,
  MODULAIR_VARIANT_IDS,
  VARIANTS,
  type GemeenteCode,
  type VariantId,
} from './domain';

export type AssumptionGroup = 'gemeente' | 'instroom';

export interface AssumptionDef {
  key: string;
  group: AssumptionGroup;
  label: string;
  unit: string;
  /** Whole numbers only (clients, inhabitants). */
  integer: boolean;
  min: number;
  max: number;
}

export const inwonersKey = (g: GemeenteCode) => `inwoners.${g}`;
export const inZorgKey = (g: GemeenteCode, v: VariantId) => `inZorg.${g}.${v}`;
export const wachtendKey = (g: GemeenteCode, v: VariantId) => `wachtend.${g}.${v}`;
export const GROEI_ALL_INCLUSIVE = 'groeiPerJaar.allInclusive';
export const GROEI_MODULAIR = 'groeiPerJaar.modulair';
export const modulairAandeelKey = (v: VariantId) => `modulairAandeel.${v}`;

const MAX_COUNT = 10_000_000;

function build(): AssumptionDef[] {
  const defs: AssumptionDef[] = [];
  for (const g of GEMEENTEN) {
    defs.push({ key: inwonersKey(g.code), group: 'gemeente', label: `Inwoners ${g.naam}`, unit: 'inwoners', integer: true, min: 0, max: MAX_COUNT });
    for (const v of VARIANTS) {
      defs.push({ key: inZorgKey(g.code, v.id), group: 'gemeente', label: `In zorg ${v.label}, ${g.naam}`, unit: 'cliënten', integer: true, min: 0, max: 100_000 });
      defs.push({ key: wachtendKey(g.code, v.id), group: 'gemeente', label: `Wachtlijst ${v.label}, ${g.naam}`, unit: 'cliënten', integer: true, min: 0, max: 100_000 });
    }
  }
  defs.push({ key: GROEI_ALL_INCLUSIVE, group: 'instroom', label: 'Groei vraag all-inclusive', unit: 'cliënten per jaar', integer: false, min: -1000, max: 1000 });
  defs.push({ key: GROEI_MODULAIR, group: 'instroom', label: 'Groei vraag modulair (alle modulaire vormen samen)', unit: 'cliënten per jaar', integer: false, min: -1000, max: 1000 });
  for (const v of VARIANTS.filter((x) => x.modulair)) {
    defs.push({ key: modulairAandeelKey(v.id), group: 'instroom', label: `Aandeel ${v.label} in de modulaire groei`, unit: 'fractie (0–1)', integer: false, min: 0, max: 1 });
  }
  return defs;
}

export const ASSUMPTION_DEFS: readonly AssumptionDef[] = build();
const BY_KEY = new Map(ASSUMPTION_DEFS.map((d) => [d.key, d]));

export function assumptionDef(key: string): AssumptionDef | undefined {
  return BY_KEY.get(key);
}

/** A stored assumption value with its provenance. */
export interface AssumptionValue {
  key: string;
  value: number;
  /** Where the number comes from, or why it was assumed. */
  source: string;
  /** True when the number is not taken from a document or statistic. */
  isAanname: boolean;
}

export type AssumptionMap = Record<string, AssumptionValue>;

/** Checks a value against its definition; returns a Dutch message or null. */
export function checkAssumptionValue(def: AssumptionDef, value: number): string | null {
  if (!Number.isFinite(value)) return `${def.label}: vul een getal in.`;
  if (def.integer && !Number.isInteger(value)) return `${def.label}: alleen hele getallen (${def.unit}).`;
  if (value < def.min) return def.min === 0 ? `${def.label}: mag niet negatief zijn.` : `${def.label}: minimaal ${def.min}.`;
  if (value > def.max) return `${def.label}: maximaal ${def.max.toLocaleString('nl-NL')} ${def.unit}.`;
  return null;
}

export { MODULAIR_VARIANT_IDS };
