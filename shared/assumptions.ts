/**
 * The catalogue of assumptions a scenario holds: every key, its meaning, unit, bounds, the tab it shows on,
 * and the name a formula uses for it. The store keeps one value (or formula) per key per scenario, each with
 * its source (bron) or an aanname note.
 */
import { GEMEENTEN, VARIANTS, gemeenteNaam, type GemeenteCode, type VariantId } from './domain';
import { SPECIAL_TARGET_GROUPS, TARGET_GROUP_SLUGS, type TargetGroup } from './locations';

export type AssumptionGroup =
  | 'gemeente'
  | 'instroom'
  | 'verdeelsleutel'
  | 'verblijf'
  | 'wachtlijst'
  | 'doelgroepen'
  | 'wlz'
  | 'tarieven'
  | 'sleutels'
  | 'urgentie'
  | 'urgentieGemeente'
  | 'model';

export interface AssumptionDef {
  key: string;
  /** Identifier in formulas, e.g. inZorg_Borne_allInclusive. */
  name: string;
  group: AssumptionGroup;
  label: string;
  unit: string;
  /** Whole numbers only when typed as a number (clients, inhabitants). */
  integer: boolean;
  min: number;
  max: number;
  /** For a choice: the labels of the values 0, 1, 2, … (stored as the index). */
  choices?: readonly string[];
}

export const inwonersKey = (g: GemeenteCode) => `inwoners.${g}`;
export const inZorgKey = (g: GemeenteCode, v: VariantId) => `inZorg.${g}.${v}`;
export const wachtendKey = (g: GemeenteCode, v: VariantId) => `wachtend.${g}.${v}`;
export const herkomstKey = (g: GemeenteCode) => `herkomstGewicht.${g}`;
export const GROEI_ALL_INCLUSIVE = 'groeiPerJaar.allInclusive';
export const GROEI_MODULAIR = 'groeiPerJaar.modulair';
export const modulairAandeelKey = (v: VariantId) => `modulairAandeel.${v}`;
export const instroomBasisKey = (v: VariantId) => `instroomBasisPerJaar.${v}`;
export const verblijfsduurKey = (v: VariantId) => `verblijfsduurMaanden.${v}`;
export const zelfstandigKey = (v: VariantId) => `aandeelUitstroomZelfstandig.${v}`;
export const wlzOvergangKey = (v: VariantId) => `wlzOvergangPerJaar.${v}`;
export const wlzOmklapKey = (v: VariantId) => `wlzOmklapAandeel.${v}`;
export const WLZ_UITSTROOM_WIJK = 'wlzUitstroomWijkPerJaar';
export const tariefKey = (v: VariantId) => `tariefPerDag.${v}`;
export const WACHTTIJD_NORM = 'wachttijdNormMaanden';
export const inwoners18Key = (g: GemeenteCode) => `inwoners18.${g}`;
export const socialeHuurKey = (g: GemeenteCode) => `socialeHuur.${g}`;
export const verhuringenKey = (g: GemeenteCode) => `verhuringen.${g}`;
export const ethosKey = (g: GemeenteCode) => `ethos.${g}`;
export const sleutelGewichtKey = (k: string) => `sleutelGewicht.${k}`;
export const URGENT_MO = 'urgentie.moPerJaar';
export const URGENT_VROUWENOPVANG = 'urgentie.vrouwenopvangPerJaar';
export const URGENT_OVERIG = 'urgentie.overigPerJaar';
export const URGENT_MAX_AANDEEL = 'urgentie.maxAandeelVerhuringen';
export const urgentMaxAandeelKey = (g: GemeenteCode) => `urgentie.maxAandeel.${g}`;
export const URGENT_REGEL = 'urgentie.regel';
export const URGENT_AANDEEL_HERKOMST = 'urgentie.aandeelHerkomst';
export const URGENT_SLEUTEL = 'urgentie.sleutel';
export const URGENT_METHODE = 'urgentie.methode';
export const URGENT_NORM = 'urgentie.normMaanden';
/** Urgentie: share of BW exits from modulair in de wijk whose lease is omgeklapt to the client (no new home needed). */
export const URGENT_OMGEKLAPT_WIJK = 'urgentie.aandeelOmgeklaptWijk';

/** The built-in distribution keys (the weighted mix combines the first six). */
export const KEYS = [
  { id: 'inwoners', label: 'Inwoners' },
  { id: 'inwoners18', label: 'Inwoners 18+' },
  { id: 'socialeHuur', label: 'Sociale huurwoningen' },
  { id: 'verhuringen', label: 'Verhuringen per jaar' },
  { id: 'herkomst', label: 'Herkomst BW-cliënten' },
  { id: 'ethos', label: 'ETHOS-telling' },
  { id: 'mix', label: 'Gewogen mix' },
] as const;
export type KeyId = (typeof KEYS)[number]['id'];
export const BASE_KEYS = KEYS.filter((k) => k.id !== 'mix');
export const URGENT_RULES = ['woonplaatsbeginsel', 'verdeelsleutel', 'hybride'] as const;
export const METHOD_CHOICES = ['grootste overschot (Hamilton)', 'Sainte-Laguë', "D'Hondt"] as const;
export const UITWIJKEN = 'uitwijkenAndereVorm';
/** Model 2.0: what drives the projection, waiting-list departures, the December list's past, target groups, cost of waiting. */
export const AANDRIJVING = 'model.aandrijving';
export const DRIVER_CHOICES = ['behoefte volgt de trend', 'instroom is gegeven'] as const;
export const uitvalKey = (v: VariantId) => `uitvalWachtlijstPerJaar.${v}`;
export const wlzWachtlijstKey = (v: VariantId) => `wlzVanWachtlijstPerJaar.${v}`;
export const AL_GEWACHT = 'wachtlijstAlGewachtMaanden';
export const doelgroepAandeelKey = (v: VariantId, t: TargetGroup) => `doelgroepAandeel.${v}.${TARGET_GROUP_SLUGS[t]}`;
export const DOELGROEP_ALGEMENE_PLEK = 'model.doelgroepOpAlgemenePlek';
export const OVERBRUGGING_PER_DAG = 'overbruggingPerDag';
export const EINDJAAR = 'eindjaar';
/** The month whose end the starting stock (in care, waiting) describes; the projection starts the month after. */
export const BEGINSTAND_JAAR = 'model.beginstandJaar';
export const BEGINSTAND_MAAND = 'model.beginstandMaand';
/** The year the headline figures, the comparison and the report are about (within the projection). */
export const RAPPORTAGEJAAR = 'rapportagejaar';
/** Its default: the year the regional plans look ahead to. */
export const RAPPORTAGEJAAR_STANDAARD = 2030;

/** Formula identifier for a key: dots become underscores, gemeente codes become names without spaces. */
export function formulaName(key: string): string {
  return key
    .split('.')
    .map((part) => (/^GM\d{4}$/.test(part) ? gemeenteNaam(part as GemeenteCode).replace(/\s+/g, '') : part))
    .join('_');
}

/** Sums over the gemeenten that formulas may use, e.g. inZorgTotaal_allInclusive. */
export const DERIVED_SUMS: readonly { name: string; keys: string[] }[] = [
  { name: 'inwonersTotaal', keys: GEMEENTEN.map((g) => inwonersKey(g.code)) },
  ...VARIANTS.map((v) => ({ name: `inZorgTotaal_${v.id}`, keys: GEMEENTEN.map((g) => inZorgKey(g.code, v.id)) })),
  ...VARIANTS.map((v) => ({ name: `wachtendTotaal_${v.id}`, keys: GEMEENTEN.map((g) => wachtendKey(g.code, v.id)) })),
];

const MAX_COUNT = 10_000_000;
const FRACTION = { unit: 'fractie (0–1)', integer: false, min: 0, max: 1 };

function build(): AssumptionDef[] {
  const defs: Omit<AssumptionDef, 'name'>[] = [];
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
    defs.push({ key: modulairAandeelKey(v.id), group: 'instroom', label: `Aandeel ${v.label} in de modulaire groei`, ...FRACTION });
  }
  for (const v of VARIANTS) {
    defs.push({ key: instroomBasisKey(v.id), group: 'instroom', label: `Basisinstroom ${v.label} (vervangt wie vertrekt)`, unit: 'cliënten per jaar', integer: false, min: 0, max: 100_000 });
  }
  for (const g of GEMEENTEN) {
    defs.push({ key: herkomstKey(g.code), group: 'verdeelsleutel', label: `Gewicht ${g.naam} in de herkomst van nieuwe cliënten`, unit: 'gewicht', integer: false, min: 0, max: MAX_COUNT });
  }
  for (const v of VARIANTS) {
    defs.push({ key: verblijfsduurKey(v.id), group: 'verblijf', label: `Gemiddelde verblijfsduur ${v.label}`, unit: 'maanden', integer: false, min: 1, max: 600 });
    defs.push({ key: zelfstandigKey(v.id), group: 'verblijf', label: `Aandeel uitstroom naar zelfstandig wonen, ${v.label}`, ...FRACTION });
  }
  for (const v of VARIANTS) {
    defs.push({ key: uitvalKey(v.id), group: 'wachtlijst', label: `Uitval van de wachtlijst per jaar, ${v.label} (zonder plek van de lijst af)`, unit: 'fractie van de wachtenden per jaar', integer: false, min: 0, max: 1 });
    defs.push({ key: wlzWachtlijstKey(v.id), group: 'wachtlijst', label: `Overgang van de wachtlijst naar de Wlz per jaar, ${v.label}`, unit: 'fractie van de wachtenden per jaar', integer: false, min: 0, max: 1 });
  }
  defs.push({ key: AL_GEWACHT, group: 'wachtlijst', label: 'Gemiddeld al gewacht door de wachtenden van december 2024', unit: 'maanden', integer: false, min: 0, max: 120 });
  for (const v of VARIANTS) {
    for (const t of SPECIAL_TARGET_GROUPS) {
      defs.push({ key: doelgroepAandeelKey(v.id, t), group: 'doelgroepen', label: `Aandeel doelgroep ${t} in de wachtlijst en de groei, ${v.label}`, ...FRACTION });
    }
  }
  for (const v of VARIANTS) {
    defs.push({ key: wlzOvergangKey(v.id), group: 'wlz', label: `Overgang Wmo → Wlz per jaar, ${v.label}`, unit: 'fractie van in zorg per jaar', integer: false, min: 0, max: 1 });
    defs.push({ key: wlzOmklapKey(v.id), group: 'wlz', label: `Aandeel overgangen waarbij de plek meegaat naar de Wlz (omklappen), ${v.label}`, ...FRACTION });
  }
  defs.push({ key: WLZ_UITSTROOM_WIJK, group: 'wlz', label: 'Uitstroom Wlz-cliënten uit omgeklapte plekken naar de wijk (VPT/MPT)', unit: 'fractie per jaar', integer: false, min: 0, max: 1 });
  for (const v of VARIANTS) {
    defs.push({ key: tariefKey(v.id), group: 'tarieven', label: `Tarief ${v.label}`, unit: 'euro per dag', integer: false, min: 0, max: 10_000 });
  }
  defs.push({ key: OVERBRUGGING_PER_DAG, group: 'tarieven', label: 'Overbruggingszorg per wachtende per dag (ambulant, crisis, MO)', unit: 'euro per dag', integer: false, min: 0, max: 10_000 });
  for (const g of GEMEENTEN) {
    defs.push({ key: inwoners18Key(g.code), group: 'sleutels', label: `Inwoners 18+ ${g.naam}`, unit: 'inwoners', integer: true, min: 0, max: MAX_COUNT });
    defs.push({ key: socialeHuurKey(g.code), group: 'sleutels', label: `Sociale huurwoningen ${g.naam}`, unit: 'woningen', integer: true, min: 0, max: MAX_COUNT });
    defs.push({ key: verhuringenKey(g.code), group: 'sleutels', label: `Verhuringen sociale huur per jaar ${g.naam}`, unit: 'woningen per jaar', integer: true, min: 0, max: MAX_COUNT });
    defs.push({ key: ethosKey(g.code), group: 'sleutels', label: `ETHOS-telling ${g.naam}`, unit: 'personen', integer: true, min: 0, max: MAX_COUNT });
  }
  for (const k of KEYS.filter((x) => x.id !== 'mix')) {
    defs.push({ key: sleutelGewichtKey(k.id), group: 'sleutels', label: `Gewicht van "${k.label}" in de gewogen mix`, unit: 'procent', integer: false, min: 0, max: 100 });
  }
  defs.push({ key: URGENT_MO, group: 'urgentie', label: 'Uitstroom maatschappelijke opvang met urgentie', unit: 'woningen per jaar', integer: false, min: 0, max: 100_000 });
  defs.push({ key: URGENT_VROUWENOPVANG, group: 'urgentie', label: 'Uitstroom vrouwenopvang met urgentie', unit: 'woningen per jaar', integer: false, min: 0, max: 100_000 });
  defs.push({ key: URGENT_OVERIG, group: 'urgentie', label: 'Overige urgente groepen (wettelijke aandachtsgroepen)', unit: 'woningen per jaar', integer: false, min: 0, max: 100_000 });
  defs.push({ key: URGENT_MAX_AANDEEL, group: 'urgentie', label: 'Maximaal aandeel van de verhuringen voor urgenten (regionaal)', unit: 'fractie (0–1)', integer: false, min: 0, max: 1 });
  for (const g of GEMEENTEN) {
    defs.push({ key: urgentMaxAandeelKey(g.code), group: 'urgentieGemeente', label: `Maximaal aandeel van de verhuringen voor urgenten, ${g.naam}`, unit: 'fractie (0–1)', integer: false, min: 0, max: 1 });
  }
  defs.push({ key: URGENT_REGEL, group: 'urgentie', label: 'Verdeelregel', unit: 'keuze', integer: true, min: 0, max: URGENT_RULES.length - 1, choices: URGENT_RULES });
  defs.push({ key: URGENT_AANDEEL_HERKOMST, group: 'urgentie', label: 'Bij hybride: deel dat in de eigen gemeente wordt gehuisvest', unit: 'fractie (0–1)', integer: false, min: 0, max: 1 });
  defs.push({ key: URGENT_SLEUTEL, group: 'urgentie', label: 'Verdeelsleutel voor de urgenten', unit: 'keuze', integer: true, min: 0, max: KEYS.length - 1, choices: KEYS.map((k) => k.label) });
  defs.push({ key: URGENT_METHODE, group: 'urgentie', label: 'Afrondingsmethode (hele woningen)', unit: 'keuze', integer: true, min: 0, max: METHOD_CHOICES.length - 1, choices: METHOD_CHOICES });
  defs.push({ key: URGENT_NORM, group: 'urgentie', label: 'Norm: binnen zoveel maanden een woning', unit: 'maanden', integer: false, min: 0.1, max: 120 });
  // Urgentie: modulair-in-de-wijk exits that keep their home (lease omgeklapt) need no new home.
  defs.push({ key: URGENT_OMGEKLAPT_WIJK, group: 'urgentie', label: 'Aandeel uitstroom uit modulair in de wijk dat de woning houdt (huur omgeklapt naar de cliënt)', ...FRACTION });
  defs.push({ key: WACHTTIJD_NORM, group: 'model', label: 'Norm voor de wachttijd', unit: 'maanden', integer: false, min: 0.1, max: 120 });
  defs.push({ key: UITWIJKEN, group: 'model', label: 'Wachtenden mogen een vrije plek van een andere vorm nemen', unit: '0 of 1', integer: true, min: 0, max: 1 });
  defs.push({ key: AANDRIJVING, group: 'model', label: 'Wat de projectie drijft', unit: 'keuze', integer: true, min: 0, max: DRIVER_CHOICES.length - 1, choices: DRIVER_CHOICES });
  defs.push({ key: DOELGROEP_ALGEMENE_PLEK, group: 'model', label: 'Cliënten van een doelgroep mogen een algemene plek nemen als er geen plek voor hun doelgroep is', unit: '0 of 1', integer: true, min: 0, max: 1 });
  defs.push({ key: BEGINSTAND_JAAR, group: 'model', label: 'Beginstand: jaar van de telling in zorg en wachtend', unit: 'jaar', integer: true, min: 2024, max: 2059 });
  defs.push({ key: BEGINSTAND_MAAND, group: 'model', label: 'Beginstand: maand van de telling (de projectie begint de maand erna)', unit: 'maand (1–12)', integer: true, min: 1, max: 12 });
  defs.push({ key: EINDJAAR, group: 'model', label: 'Laatste jaar van de projectie', unit: 'jaar', integer: true, min: 2025, max: 2060 });
  defs.push({ key: RAPPORTAGEJAAR, group: 'model', label: 'Jaar waarover de kerncijfers, de vergelijking en het rapport gaan', unit: 'jaar', integer: true, min: 2025, max: 2060 });
  return defs.map((d) => ({ ...d, name: formulaName(d.key) }));
}

export const ASSUMPTION_DEFS: readonly AssumptionDef[] = build();
const BY_KEY = new Map(ASSUMPTION_DEFS.map((d) => [d.key, d]));

export function assumptionDef(key: string): AssumptionDef | undefined {
  return BY_KEY.get(key);
}

/** Assumptions that describe the start or a setting: formulas for these are evaluated once, for the first year. */
export function isStartValue(def: AssumptionDef): boolean {
  return def.group === 'gemeente' || def.key === EINDJAAR || def.key === RAPPORTAGEJAAR || def.key === BEGINSTAND_JAAR || def.key === BEGINSTAND_MAAND || def.key === AL_GEWACHT || def.key === DOELGROEP_ALGEMENE_PLEK || !!def.choices;
}

/** A stored assumption value with its provenance. */
export interface AssumptionValue {
  key: string;
  /** The number, or for a formula its result in the first projection year. */
  value: number;
  /** The formula as the user typed it ("=15 * 1,02 ^ (jaar - 2025)"), or null for a plain number. */
  formula: string | null;
  /** Where the number comes from, or why it was assumed. */
  source: string;
  /** True when the number is not taken from a document or statistic. */
  isAanname: boolean;
}

export type AssumptionMap = Record<string, AssumptionValue>;

/** Checks a value against its definition; returns a Dutch message or null. */
export function checkAssumptionValue(def: AssumptionDef, value: number, fromFormula = false): string | null {
  if (!Number.isFinite(value)) return `${def.label}: de uitkomst is geen eindig getal.`;
  if (def.integer && !Number.isInteger(value)) {
    // Also for formula results: a whole-number assumption stays whole, whichever cell made it fractional.
    const shown = value.toLocaleString('nl-NL', { maximumFractionDigits: 4 });
    return fromFormula ? `${def.label}: alleen hele getallen (${def.unit}); de formule geeft ${shown}. Rond af met round(…).` : `${def.label}: alleen hele getallen (${def.unit}).`;
  }
  // Years read as years ("2059", not "2.059 jaar").
  const bound = (x: number) => (def.unit === 'jaar' ? String(x) : `${x.toLocaleString('nl-NL')}${def.unit.includes('(') ? '' : ` ${def.unit}`}`);
  if (value < def.min) return def.min === 0 ? `${def.label}: mag niet negatief zijn.` : `${def.label}: minimaal ${def.unit === 'jaar' ? String(def.min) : def.min.toLocaleString('nl-NL')}.`;
  if (value > def.max) return `${def.label}: maximaal ${bound(def.max)}.`;
  return null;
}
