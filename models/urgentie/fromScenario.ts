/**
 * The urgentie model's input from a scenario: BW and Wlz outflow from the capacity model, other groups and capacity
 * from assumptions. BW exits from modulair in de wijk whose lease is omgeklapt keep their home and are left out.
 */
import {
  KEYS,
  URGENT_AANDEEL_HERKOMST,
  URGENT_METHODE,
  URGENT_MO,
  URGENT_NORM,
  URGENT_OMGEKLAPT_WIJK,
  URGENT_OVERIG,
  URGENT_REGEL,
  URGENT_RULES,
  URGENT_SLEUTEL,
  URGENT_VROUWENOPVANG,
  urgentMaxAandeelKey,
  verhuringenKey,
  type KeyId,
} from '../../shared/assumptions';
import { GEMEENTE_CODES } from '../../shared/domain';
import { METHODS } from '../apportion/apportion';
import type { Resolved } from '../assumptions/resolve';
import type { LeanYear } from '../capacity/types';
import { keyInputsFrom } from '../fairshare/fromScenario';
import { keyShares } from '../fairshare/keys';
import type { UrgentGroup, UrgentInput, UrgentRule } from './allocate';

export interface UrgentSettings {
  rule: UrgentRule;
  key: KeyId;
  method: UrgentInput['method'];
  ownShare: number;
  normMonths: number;
  /** Share of BW exits from modulair in de wijk that keep their home (lease omgeklapt), first year. */
  leaseKeptWijkShare: number;
}

/** The settings of the allocation, without the share of leases kept (a range in the Monte Carlo). */
function ruleSettings(r: Resolved): Omit<UrgentSettings, 'leaseKeptWijkShare'> {
  const at = (k: string) => r.series(k)[0];
  return {
    rule: URGENT_RULES[Math.round(at(URGENT_REGEL))] ?? 'woonplaatsbeginsel',
    key: KEYS[Math.round(at(URGENT_SLEUTEL))]?.id ?? 'inwoners',
    method: METHODS[Math.round(at(URGENT_METHODE))] ?? 'largest-remainder',
    ownShare: at(URGENT_AANDEEL_HERKOMST),
    normMonths: at(URGENT_NORM),
  };
}

export function urgentSettings(r: Resolved): UrgentSettings {
  return { ...ruleSettings(r), leaseKeptWijkShare: r.series(URGENT_OMGEKLAPT_WIJK)[0] };
}

export type UrgentInputResult = { ok: true; input: UrgentInput; settings: UrgentSettings } | { ok: false; message: string; settings: UrgentSettings };

/**
 * What the urgent-housing input takes from the assumptions alone: the key's shares, and per projection year the
 * capacity and the demand of the groups that do not come from BW. Not the capacity projection, not the share of
 * leases kept: the Monte Carlo works this out once when no range reaches what it reads.
 */
export interface UrgentBasis {
  key: ReturnType<typeof keyShares>;
  years: { capacity: number[]; uitstroomMO: number[]; vrouwenopvang: number[]; overig: number[] }[];
}

export function urgentBasis(r: Resolved, over: Partial<UrgentSettings> = {}): UrgentBasis {
  const settings = { ...ruleSettings(r), ...over };
  const inputs = keyInputsFrom(r);
  const key = keyShares(inputs, settings.key);
  const ethos = keyShares(inputs, 'ethos');
  const inwoners = keyShares(inputs, 'inwoners');
  const spread = (total: number, shares: { ok: boolean; shares?: number[] }) =>
    GEMEENTE_CODES.map((_, g) => (shares.ok && shares.shares ? total * shares.shares[g] : total / GEMEENTE_CODES.length));
  const lettings = GEMEENTE_CODES.map((g) => r.series(verhuringenKey(g)));
  const maxShare = GEMEENTE_CODES.map((g) => r.series(urgentMaxAandeelKey(g)));
  const [mo, vrouwenopvang, overig] = [URGENT_MO, URGENT_VROUWENOPVANG, URGENT_OVERIG].map((k) => r.series(k));
  return {
    key,
    years: r.years.map((_, y) => ({
      capacity: lettings.map((l, g) => l[y] * maxShare[g][y]),
      uitstroomMO: spread(mo[y], ethos),
      vrouwenopvang: spread(vrouwenopvang[y], inwoners),
      overig: spread(overig[y], inwoners),
    })),
  };
}

/**
 * `capacity`: a CapacityResult, or the Monte Carlo's lean years (the BW exits and returned Wlz places are all it
 * reads). `basis`: urgentBasis of the same assumptions, when already known.
 */
export function urgentInputFrom(r: Resolved, capacity: { years: LeanYear[] }, over: Partial<UrgentSettings> = {}, basis = urgentBasis(r, over)): UrgentInputResult {
  const settings = { ...urgentSettings(r), ...over };
  const { key } = basis;
  if (!key.ok) return { ok: false, message: key.message, settings };
  const keptShare = r.series(URGENT_OMGEKLAPT_WIJK);
  let previousReturned = GEMEENTE_CODES.map(() => 0);
  const leaseKeptWijk = capacity.years.map((cy, y) => keptShare[y] * cy.byVariant.modulairWijk.outflowNeedingHome);
  const demand = capacity.years.map((cy, y) => {
    const returned = GEMEENTE_CODES.map((g) => cy.byGemeente[g].wlzPlacesReturned);
    const bwFactor = bwNeedingNewHome(cy.outflowNeedingHome, leaseKeptWijk[y]);
    const d: Record<UrgentGroup, number[]> = {
      uitstroomBW: GEMEENTE_CODES.map((g) => cy.byGemeente[g].outflowNeedingHome * bwFactor),
      // Wlz clients leaving flipped places for the wijk, counted where their place was.
      uitstroomWlz: returned.map((x, g) => Math.max(0, x - previousReturned[g])),
      uitstroomMO: basis.years[y].uitstroomMO,
      vrouwenopvang: basis.years[y].vrouwenopvang,
      overig: basis.years[y].overig,
    };
    previousReturned = returned;
    return d;
  });
  return {
    ok: true,
    settings,
    input: {
      years: capacity.years.map((y) => y.year),
      demand,
      capacity: capacity.years.map((_, y) => basis.years[y].capacity),
      rule: settings.rule,
      ownShare: settings.ownShare,
      keyShares: key.shares,
      method: settings.method,
      normMonths: settings.normMonths,
      leaseKeptWijk,
    },
  };
}

/**
 * The share of the BW exits to independent living that needs a new home once `leaseKept` exits from modulair in
 * de wijk keep theirs. The capacity result gives exits per gemeente and per form, not per gemeente × form, so
 * every gemeente's exits are scaled by the same factor: the region loses exactly `leaseKept`, each gemeente its
 * share of the exits.
 */
export function bwNeedingNewHome(outflowNeedingHome: number, leaseKept: number): number {
  return outflowNeedingHome > 0 ? Math.max(0, 1 - leaseKept / outflowNeedingHome) : 1;
}
