/**
 * Time to a home for an urgent household, first come first served, as a fluid of whole homes.
 *
 * Someone who gets the urgentie at the end of a year joins behind everyone still waiting then (the carry-over).
 * The homes offered to residents of their gemeente come in evenly over the year at that year's pace; they get
 * the home after the ones that house everyone ahead of them, and arriving at a random moment they wait on
 * average half the time between two homes for theirs: (waiting ahead + ½) ÷ homes offered per month.
 * When nothing carries over this is half the time between two offered homes: short, but never 0 while
 * people need a home. Nobody needing a home at all gives 0; needing one while nothing is offered, null.
 */

export function fcfsMonthsToHome(waitingAhead: number, neededThisYear: number, offeredPerYear: number): number | null {
  if (neededThisYear <= 0 && waitingAhead <= 0) return 0;
  if (offeredPerYear <= 0) return null;
  return ((Math.max(0, waitingAhead) + 0.5) * 12) / offeredPerYear;
}

/**
 * The regional mean: the time to a home averaged over the people who became urgent that year (by gemeente of
 * origin); when nobody did, over those who needed a home. Undetermined when any of them is in a gemeente where
 * nothing is offered.
 */
export function regionalMonthsToHome(rows: { demand: number; need: number; monthsToHome: number | null }[]): number | null {
  const byDemand = rows.some((r) => r.demand > 0);
  let weighted = 0;
  let total = 0;
  for (const r of rows) {
    const w = byDemand ? r.demand : r.need;
    if (w <= 0) continue;
    if (r.monthsToHome === null) return null;
    weighted += w * r.monthsToHome;
    total += w;
  }
  return total > 0 ? weighted / total : 0;
}

export const meetsNorm = (months: number | null, normMonths: number) => months !== null && months <= normMonths;
