/** Domain constants shared by UI, backend and models. Order is fixed: alphabetical (UX.md). */

export const GEMEENTEN = [
  { code: 'GM0147', naam: 'Borne' },
  { code: 'GM1774', naam: 'Dinkelland' },
  { code: 'GM0153', naam: 'Enschede' },
  { code: 'GM0158', naam: 'Haaksbergen' },
  { code: 'GM0164', naam: 'Hengelo' },
  { code: 'GM1735', naam: 'Hof van Twente' },
  { code: 'GM0168', naam: 'Losser' },
  { code: 'GM0173', naam: 'Oldenzaal' },
] as const;

export type GemeenteCode = (typeof GEMEENTEN)[number]['code'];
export const GEMEENTE_CODES = GEMEENTEN.map((g) => g.code) as GemeenteCode[];

export const VARIANTS = [
  { id: 'allInclusive', label: 'All-inclusive', short: 'All-incl.', modulair: false },
  { id: 'modulairGeclusterd', label: 'Modulair geclusterd', short: 'Geclusterd', modulair: true },
  { id: 'modulairNabijheid', label: 'Modulair met nabijheid', short: 'Nabijheid', modulair: true },
  { id: 'modulairWijk', label: 'Modulair in de wijk', short: 'Wijk', modulair: true },
] as const;

export type VariantId = (typeof VARIANTS)[number]['id'];
export const VARIANT_IDS = VARIANTS.map((v) => v.id) as VariantId[];
export const MODULAIR_VARIANT_IDS = VARIANTS.filter((v) => v.modulair).map((v) => v.id) as VariantId[];

export function gemeenteNaam(code: GemeenteCode): string {
  return GEMEENTEN.find((g) => g.code === code)?.naam ?? code;
}

export function variantLabel(id: VariantId): string {
  return VARIANTS.find((v) => v.id === id)?.label ?? id;
}

/** First month of the projection is January of BASE_YEAR + 1; the stock is that of December BASE_YEAR. */
export const BASE_YEAR = 2024;

/** Dutch month names, January first (dates in sentences: "eind juni 2026"). */
export const MONTH_NAMES = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'] as const;
