/**
 * The urgent-housing shortfall per year only (what the Monte Carlo keeps of urgent housing): the same steps and
 * numbers as allocateUrgent (allocate.ts), without the split over groups and host gemeenten, the times to a home
 * and the objects per year and gemeente. An equivalence test holds it to allocateUrgent's `shortfall`.
 *
 * What it leaves out does not change the shortfall: each origin's housed residents are spread over the hosts
 * within what the hosts were given, and the hosts were given exactly as many as the origins are placed, so every
 * origin is housed its whole `placedOrigin`. The calls that can refuse (apportion over the hosts, largest
 * remainder over the origins) are kept, so the lean path refuses where the full one does.
 */
import { GEMEENTE_CODES } from '../../shared/domain';
import { apportion } from '../apportion/apportion';
import { largestRemainder } from '../apportion/largestRemainder';
import { URGENT_GROUPS, type UrgentInput } from './allocate';

const G = GEMEENTE_CODES.length;
const groups = URGENT_GROUPS.map((g) => g.id);

/** Per year of `input.years`: the residents still without a home at the end of the year (allocateUrgent's shortfall). */
export function urgentShortfalls(input: UrgentInput): number[] {
  const K = groups.length;
  const backlogOrigin = new Array<number>(G).fill(0);
  const cumulative = Array.from({ length: K }, () => new Array<number>(G).fill(0));
  const cumulativeTotal = new Array<number>(K).fill(0);
  const demandOf = new Array<number>(G);
  const newOrigin = new Array<number>(G);
  const needOrigin = new Array<number>(G);
  const housedOrigin = new Array<number>(G);
  const capLeft = new Array<number>(G);
  const byOwn = new Array<number>(G);
  const remaining = new Array<number>(G);
  const weights = new Array<number>(G);
  const out: number[] = [];
  for (let y = 0; y < input.years.length; y++) {
    // 1. Whole-home demand per group, split over the gemeenten of origin (allocate.ts, step 1).
    newOrigin.fill(0);
    for (let k = 0; k < K; k++) {
      const given = input.demand[y][groups[k]];
      let total = 0;
      let any = false;
      for (let g = 0; g < G; g++) {
        const d = Math.max(0, given[g]);
        demandOf[g] = d;
        total += d;
        if (d > 0) any = true;
      }
      const before = Math.round(cumulativeTotal[k]);
      cumulativeTotal[k] += total;
      const cum = cumulative[k];
      for (let g = 0; g < G; g++) cum[g] += demandOf[g];
      const whole = Math.round(cumulativeTotal[k]) - before;
      if (whole > 0) {
        const split = largestRemainder(whole, any ? demandOf : cum);
        for (let g = 0; g < G; g++) newOrigin[g] += split[g];
      }
    }
    const capacity = input.capacity[y];
    for (let g = 0; g < G; g++) {
      needOrigin[g] = newOrigin[g] + backlogOrigin[g];
      capLeft[g] = Math.max(0, Math.floor(capacity[g]));
      housedOrigin[g] = 0;
      byOwn[g] = 0;
    }
    // 2. Housed per origin: own gemeente first (share), then over the hosts by the key (allocate.ts, step 2).
    if (input.rule !== 'verdeelsleutel') {
      const share = input.rule === 'woonplaatsbeginsel' ? 1 : input.ownShare;
      for (let g = 0; g < G; g++) {
        const x = Math.min(Math.round(needOrigin[g] * share), capLeft[g]);
        byOwn[g] = x;
        housedOrigin[g] += x;
        capLeft[g] -= x;
      }
    }
    if (input.rule !== 'woonplaatsbeginsel') {
      let need = 0;
      let free = 0;
      for (let g = 0; g < G; g++) {
        remaining[g] = needOrigin[g] - byOwn[g];
        need += remaining[g];
        free += capLeft[g];
      }
      const toPlace = Math.min(need, free);
      if (toPlace > 0) {
        for (let g = 0; g < G; g++) weights[g] = capLeft[g] > 0 ? Math.max(input.keyShares[g], 1e-12) : 0;
        apportion(toPlace, weights, input.method, capLeft);
        const placedOrigin = largestRemainder(toPlace, remaining);
        for (let g = 0; g < G; g++) housedOrigin[g] += placedOrigin[g];
      }
    }
    // 3. What is not housed is carried over.
    let shortfall = 0;
    for (let g = 0; g < G; g++) {
      backlogOrigin[g] = needOrigin[g] - housedOrigin[g];
      shortfall += backlogOrigin[g];
    }
    out.push(shortfall);
  }
  return out;
}
