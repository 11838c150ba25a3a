/** Locations (places) and one-off Wlz events: list-shaped parts of a scenario. */
import type { GemeenteCode, VariantId } from './domain';

export const FINANCING = ['Wmo', 'Wlz'] as const;
export type Financing = (typeof FINANCING)[number];

export const TARGET_GROUPS = ['algemeen', 'verslaving/multiproblematiek', 'prikkelarm (autisme)', 'LVB', 'jongvolwassenen', 'ouderen'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
/** The target groups besides algemeen: the model splits need over these by assumed shares. */
export const SPECIAL_TARGET_GROUPS = TARGET_GROUPS.filter((t) => t !== 'algemeen');
/** Short names for assumption keys and formulas. */
export const TARGET_GROUP_SLUGS: Record<TargetGroup, string> = {
  algemeen: 'algemeen',
  'verslaving/multiproblematiek': 'verslaving',
  'prikkelarm (autisme)': 'prikkelarm',
  LVB: 'lvb',
  jongvolwassenen: 'jongvolwassenen',
  ouderen: 'ouderen',
};

export interface Location {
  id: number;
  name: string;
  gemeente: GemeenteCode;
  variant: VariantId;
  places: number;
  /** "2027-01": the first month the places are available. */
  opening: string;
  /** "2031-06": the first month the places are gone, or null. */
  closing: string | null;
  financing: Financing;
  targetGroup: TargetGroup;
  source: string;
  isAanname: boolean;
}

export interface WlzEvent {
  id: number;
  year: number;
  clients: number;
  /** null: spread over the variants in proportion to clients in care. */
  variant: VariantId | null;
  source: string;
}

/** Month index relative to January of startYear ("2025-01" → 0 when startYear is 2025). */
export function monthIndex(yyyymm: string, startYear: number): number {
  const [y, m] = yyyymm.split('-').map(Number);
  return (y - startYear) * 12 + (m - 1);
}
