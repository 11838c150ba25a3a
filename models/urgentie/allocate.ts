/**
 * Urgent-housing allocation: each year the urgent demand per group and gemeente of origin (plus last year's
 * shortfall) is housed in whole homes over the eight gemeenten, by the woonplaatsbeginsel (own gemeente), a
 * fair-share key, or a hybrid, within each gemeente's capacity (annual lettings × maximum urgent share).
 * What does not fit is shortfall, carried over to the next year. Time to a home per gemeente, first come first
 * served from the carry-over (waitTime.ts), is checked against the norm of the outflow agreements (6 months)
 * in every gemeente, not only for the region on average.
 */
import { GEMEENTE_CODES } from '../../shared/domain';
import { apportion, type Method } from '../apportion/apportion';
import { largestRemainder } from '../apportion/largestRemainder';
import { fcfsMonthsToHome, meetsNorm, regionalMonthsToHome } from './waitTime';

export const URGENT_GROUPS = [
  { id: 'uitstroomBW', label: 'Uitstroom beschermd wonen' },
  { id: 'uitstroomWlz', label: 'Uitstroom Wlz naar de wijk' },
  { id: 'uitstroomMO', label: 'Uitstroom maatschappelijke opvang' },
  { id: 'vrouwenopvang', label: 'Uitstroom vrouwenopvang' },
  { id: 'overig', label: 'Overige urgente groepen' },
] as const;
export type UrgentGroup = (typeof URGENT_GROUPS)[number]['id'];

export type UrgentRule = 'woonplaatsbeginsel' | 'verdeelsleutel' | 'hybride';

export interface UrgentInput {
  years: number[];
  /** demand[y][group][g]: people of origin g needing a home in year y (may be fractional; whole homes are derived). */
  demand: Record<UrgentGroup, number[]>[];
  /** capacity[y][g]: homes gemeente g can offer urgent groups in year y. */
  capacity: number[][];
  rule: UrgentRule;
  /** For the hybrid rule: share housed in the own gemeente (0..1). */
  ownShare: number;
  keyShares: number[];
  method: Method;
  normMonths: number;
  /** Per year: BW exits from modulair in de wijk already left out of the demand because the client keeps the home (reported only). */
  leaseKeptWijk?: number[];
}

export interface UrgentGemeenteYear {
  /** New whole-home demand this year by origin (all groups). */
  demand: number;
  /** Residents of this gemeente still waiting from the year before (carried over): demand + carriedIn − housedOrigin = shortfall. */
  carriedIn: number;
  /** Homes this gemeente provides (hosts), by group and in total. */
  homes: number;
  homesByGroup: Record<UrgentGroup, number>;
  capacity: number;
  /** homes ÷ capacity (0 when capacity is 0). */
  capacityUsed: number;
  /** Residents of this gemeente (origin) housed this year, anywhere in the region. */
  housedOrigin: number;
  /** Residents still without a home at the end of the year (carried over). */
  shortfall: number;
  /**
   * Homes per year offered to residents of this gemeente: those they got plus capacity left unused that they could
   * have had (their own gemeente's under the woonplaatsbeginsel, the region's under a key). The pace of the queue.
   */
  offeredPerYear: number;
  /** Months to a home for someone of this gemeente who becomes urgent at the end of the year (first come, first served); 0 = nobody needed a home, null = none is offered. */
  monthsToHome: number | null;
  meetsNorm: boolean;
}

export interface UrgentYear {
  year: number;
  demand: number;
  homes: number;
  capacity: number;
  /** Still waiting from the year before: demand + carriedIn − homes = shortfall. */
  carriedIn: number;
  shortfall: number;
  /** Regional mean of the gemeenten's time to a home, weighted by who became urgent (regionalMonthsToHome). */
  monthsToHome: number | null;
  /** True only when every gemeente meets the norm. */
  meetsNorm: boolean;
  /** True when the regional mean meets the norm (which can hide a gemeente that does not). */
  regionMeetsNorm: boolean;
  /** BW exits from modulair in de wijk not counted as demand: the client keeps the home (lease omgeklapt). */
  leaseKeptWijk: number;
  byGroup: Record<UrgentGroup, { demand: number; homes: number; shortfall: number }>;
  byGemeente: UrgentGemeenteYear[];
}

const G = GEMEENTE_CODES.length;
const groups = URGENT_GROUPS.map((g) => g.id);
const zeros = () => GEMEENTE_CODES.map(() => 0);

/**
 * `detail: false` (the Monte Carlo) skips splitting the housed residents over groups and host gemeenten: the
 * regional figures and the shortfall per gemeente are the same, `byGroup` and `homesByGroup` stay empty.
 */
export function allocateUrgent(input: UrgentInput, options: { detail?: boolean } = {}): UrgentYear[] {
  const detail = options.detail ?? true;
  const backlogOrigin = zeros();
  const cumulative = Object.fromEntries(groups.map((k) => [k, zeros()])) as Record<UrgentGroup, number[]>;
  const cumulativeTotal = Object.fromEntries(groups.map((k) => [k, 0])) as Record<UrgentGroup, number>;
  const backlog = Object.fromEntries(groups.map((k) => [k, zeros()])) as Record<UrgentGroup, number[]>;
  const out: UrgentYear[] = [];

  input.years.forEach((year, y) => {
    // 1. Whole-home demand this year per group: rounding the regional running total keeps the sum exact;
    //    it is split over the gemeenten of origin by largest remainder of this year's demand.
    const need = {} as Record<UrgentGroup, number[]>;
    const newDemand = {} as Record<UrgentGroup, number[]>;
    for (const k of groups) {
      const year = input.demand[y][k].map((d) => Math.max(0, d));
      const before = Math.round(cumulativeTotal[k]);
      cumulativeTotal[k] += year.reduce((a, b) => a + b, 0);
      year.forEach((d, g) => (cumulative[k][g] += d));
      const whole = Math.round(cumulativeTotal[k]) - before;
      const weights = year.some((d) => d > 0) ? year : cumulative[k];
      newDemand[k] = whole > 0 ? largestRemainder(whole, weights) : zeros();
      need[k] = newDemand[k].map((d, g) => d + backlog[k][g]);
    }
    const cap = input.capacity[y].map((c) => Math.max(0, Math.floor(c)));
    const needOrigin = GEMEENTE_CODES.map((_, g) => groups.reduce((s, k) => s + newDemand[k][g], 0) + backlogOrigin[g]);

    // 2. How many residents of each origin are housed in each host gemeente.
    const housedMatrix = GEMEENTE_CODES.map(() => zeros()); // [origin][host]
    const capLeft = [...cap];
    let byOwn = zeros();
    if (input.rule !== 'verdeelsleutel') {
      const share = input.rule === 'woonplaatsbeginsel' ? 1 : input.ownShare;
      byOwn = needOrigin.map((n, g) => Math.min(Math.round(n * share), capLeft[g]));
      byOwn.forEach((x, g) => {
        housedMatrix[g][g] += x;
        capLeft[g] -= x;
      });
    }
    if (input.rule !== 'woonplaatsbeginsel') {
      const remaining = needOrigin.map((n, g) => n - byOwn[g]);
      const toPlace = Math.min(
        remaining.reduce((a, b) => a + b, 0),
        capLeft.reduce((a, b) => a + b, 0),
      );
      if (toPlace > 0) {
        // Hosts by the key within their remaining capacity; gemeenten with share 0 host only if nothing else fits.
        const weights = input.keyShares.map((s, g) => (capLeft[g] > 0 ? Math.max(s, 1e-12) : 0));
        const hosts = apportion(toPlace, weights, input.method, capLeft);
        // Which residents: in proportion to who still needs a home.
        const placedOrigin = largestRemainder(toPlace, remaining);
        // Spread each origin's placements over the hosts (sequentially, within what each host still offers).
        const hostLeft = [...hosts];
        for (let g = 0; g < G; g++) {
          if (placedOrigin[g] === 0) continue;
          const caps = hostLeft.map((h) => h);
          const spread = apportion(placedOrigin[g], hostLeft.map((h, i) => (h > 0 ? h + (i === g ? 1e6 : 0) : 0)), 'largest-remainder', caps);
          spread.forEach((x, h) => {
            housedMatrix[g][h] += x;
            hostLeft[h] -= x;
          });
        }
      }
    }

    // 3. Split each origin's housed residents over the groups; the rest is shortfall, carried over.
    const housedOrigin = housedMatrix.map((row) => row.reduce((a, b) => a + b, 0));
    const homesHost = GEMEENTE_CODES.map((_, h) => housedMatrix.reduce((s, row) => s + row[h], 0));
    const carriedIn = [...backlogOrigin];
    const spareRegion = cap.reduce((s, c, h) => s + c - homesHost[h], 0);
    const offered = housedOrigin.map((x, g) => x + (input.rule === 'woonplaatsbeginsel' ? cap[g] - homesHost[g] : spareRegion));
    const homesByGroupHost = Object.fromEntries(groups.map((k) => [k, zeros()])) as Record<UrgentGroup, number[]>;
    const housedByGroupOrigin = Object.fromEntries(groups.map((k) => [k, zeros()])) as Record<UrgentGroup, number[]>;
    for (let g = 0; g < G; g++) backlogOrigin[g] = needOrigin[g] - housedOrigin[g];
    for (let g = 0; g < G && detail; g++) {
      if (housedOrigin[g] === 0) continue;
      const perGroup = apportion(housedOrigin[g], groups.map((k) => need[k][g]), 'largest-remainder', groups.map((k) => need[k][g]));
      groups.forEach((k, i) => (housedByGroupOrigin[k][g] = perGroup[i]));
      // The hosts of this origin, per group, in the same proportions.
      const hostLeft = [...housedMatrix[g]];
      groups.forEach((k, i) => {
        if (perGroup[i] === 0) return;
        const spread = apportion(perGroup[i], hostLeft.map((h) => h), 'largest-remainder', hostLeft);
        spread.forEach((x, h) => {
          homesByGroupHost[k][h] += x;
          hostLeft[h] -= x;
        });
      });
    }
    if (detail) for (const k of groups) for (let g = 0; g < G; g++) backlog[k][g] = need[k][g] - housedByGroupOrigin[k][g];

    const byGemeente: UrgentGemeenteYear[] = GEMEENTE_CODES.map((_, g) => {
      const shortfall = backlogOrigin[g];
      const monthsToHome = fcfsMonthsToHome(shortfall, needOrigin[g], offered[g]);
      return {
        demand: groups.reduce((s, k) => s + newDemand[k][g], 0),
        carriedIn: carriedIn[g],
        homes: homesHost[g],
        homesByGroup: (detail ? Object.fromEntries(groups.map((k) => [k, homesByGroupHost[k][g]])) : {}) as Record<UrgentGroup, number>,
        capacity: cap[g],
        capacityUsed: cap[g] > 0 ? homesHost[g] / cap[g] : 0,
        housedOrigin: housedOrigin[g],
        shortfall,
        offeredPerYear: offered[g],
        monthsToHome,
        meetsNorm: meetsNorm(monthsToHome, input.normMonths),
      };
    });
    const sum = (f: (x: UrgentGemeenteYear) => number) => byGemeente.reduce((s, x) => s + f(x), 0);
    const monthsToHome = regionalMonthsToHome(byGemeente.map((x, g) => ({ demand: x.demand, need: needOrigin[g], monthsToHome: x.monthsToHome })));
    out.push({
      year,
      demand: sum((x) => x.demand),
      homes: sum((x) => x.homes),
      capacity: sum((x) => x.capacity),
      carriedIn: sum((x) => x.carriedIn),
      shortfall: sum((x) => x.shortfall),
      monthsToHome,
      meetsNorm: byGemeente.every((x) => x.meetsNorm),
      regionMeetsNorm: meetsNorm(monthsToHome, input.normMonths),
      leaseKeptWijk: input.leaseKeptWijk?.[y] ?? 0,
      byGroup: (detail ? Object.fromEntries(
        groups.map((k) => [
          k,
          {
            demand: newDemand[k].reduce((a, b) => a + b, 0),
            homes: housedByGroupOrigin[k].reduce((a, b) => a + b, 0),
            shortfall: backlog[k].reduce((a, b) => a + b, 0),
          },
        ]),
      ) : {}) as UrgentYear['byGroup'],
      byGemeente,
    });
  });
  return out;
}
