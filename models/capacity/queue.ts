/**
 * A waiting list kept as cohorts by the month people joined, served first come, first served: Newell's
 * cumulative curves as a fluid. People who leave without a place (uitval, Wlz) leave every cohort alike;
 * placements take the oldest cohorts first, so the wait of each placed person is known.
 *
 * Leaving alike is kept as one running factor (`scale`) instead of touching every cohort each month: a cohort
 * holds amount × scale people. That keeps a month's work independent of how long the list's history is.
 */
export class CohortQueue {
  /** amount[i] × scale: people still waiting who joined in month i − offset (negative months: before the start). */
  private amount: Float64Array;
  private readonly offset: number;
  private head = 0;
  /** One past the newest cohort with people in it. */
  private end = 0;
  private scale = 1;
  /** Sum of amount[head..end). */
  private sum = 0;

  /** Numbers a queue keeps for `months` months and its history. */
  static size(months: number, historyMonths: number): number {
    return historyMonths + months + 1;
  }

  /** `buffer`: CohortQueue.size(months, historyMonths) zeros to use (default: new). */
  constructor(months: number, historyMonths: number, buffer: Float64Array = new Float64Array(CohortQueue.size(months, historyMonths))) {
    this.offset = historyMonths;
    this.amount = buffer;
    this.head = historyMonths;
    this.end = historyMonths;
  }

  clone(): CohortQueue {
    const c = Object.create(CohortQueue.prototype) as CohortQueue;
    Object.assign(c, this);
    c.amount = this.amount.slice();
    return c;
  }

  /** The numbers it keeps (to hand back when done with it). */
  buffer(): Float64Array {
    return this.amount;
  }

  /** Becomes a copy of `other` (a queue of the same length), without a new array. */
  copyFrom(other: CohortQueue): void {
    this.amount.set(other.amount);
    this.head = other.head;
    this.end = other.end;
    this.scale = other.scale;
    this.sum = other.sum;
  }

  /**
   * The list at the start with its assumed past: `total` people whose entry months are spread evenly over the
   * months before the start, so that they have waited `meanWait` months on average.
   */
  seed(total: number, meanWaitMonths: number): void {
    if (total <= 0) return;
    // Entry months -span … -1 give a mean time waited of (span + 1) / 2 months at the start.
    const span = Math.min(this.offset, Math.max(0, Math.round(2 * meanWaitMonths - 1)));
    if (span === 0) {
      this.arrive(0, total);
      return;
    }
    for (let j = 1; j <= span; j++) this.amount[this.offset - j] += total / span / this.scale;
    this.head = Math.min(this.head, this.offset - span);
    this.end = Math.max(this.end, this.offset);
    this.sum += total / this.scale;
  }

  total(): number {
    return this.sum * this.scale;
  }

  arrive(month: number, x: number): void {
    if (x <= 0) return;
    const i = this.offset + month;
    this.amount[i] += x / this.scale;
    this.sum += x / this.scale;
    if (i + 1 > this.end) this.end = i + 1;
    if (i < this.head) this.head = i;
  }

  /** Every cohort loses the same fraction (departures without a place). */
  depart(fraction: number): void {
    if (fraction <= 0) return;
    const keep = 1 - fraction;
    if (keep <= 0) {
      this.amount.fill(0, this.head, this.end);
      this.sum = 0;
      this.scale = 1;
      this.head = this.end;
      return;
    }
    this.scale *= keep;
    if (this.scale < 1e-100) this.rescale();
  }

  private rescale(): void {
    for (let i = this.head; i < this.end; i++) this.amount[i] *= this.scale;
    this.sum *= this.scale;
    this.scale = 1;
  }

  /** Places `x` people, oldest first; returns the sum of their waits in months (placed in `month`). */
  place(month: number, x: number): number {
    let left = x / this.scale;
    let waitSum = 0;
    const now = this.offset + month;
    while (left > 1e-12 && this.head < this.end && this.head <= now) {
      const a = this.amount[this.head];
      const take = Math.min(a, left);
      this.amount[this.head] = a - take;
      this.sum -= take;
      left -= take;
      waitSum += take * (now - this.head);
      if (this.amount[this.head] <= 1e-12) {
        this.sum -= this.amount[this.head];
        this.amount[this.head] = 0;
        this.head++;
      }
    }
    if (this.sum < 0) this.sum = 0;
    return waitSum * this.scale;
  }
}

/**
 * The wait of someone who joins a list of `ahead` people at the end of month `joinMonth`: each later month
 * those ahead first lose the departure fraction, then `placed[m]` people are placed, until nobody is ahead.
 * Beyond the projection the last month's placements and departures continue (up to 50 years); null when the
 * list would never reach them.
 */
export function expectedWait(ahead: number, joinMonth: number, placed: ArrayLike<number>, departFraction: ArrayLike<number>, months: number): number | null {
  let q = Math.max(0, ahead);
  const last = months - 1;
  let n = 1;
  // They are placed in the month whose placements reach past everyone ahead of them.
  for (let m = joinMonth + 1; m < last && n <= 600; m++, n++) {
    q *= Math.max(0, 1 - departFraction[m]);
    const p = placed[m];
    if (p > q + 1e-12) return n - 1 + q / p;
    q -= p;
  }
  // From the last projected month on, its placements and departures continue.
  const keep = Math.max(0, 1 - departFraction[last]);
  const p = placed[last];
  for (; n <= 600; n++) {
    q *= keep;
    if (p > q + 1e-12) return n - 1 + q / p;
    q -= p;
    if (p <= 1e-12) return null;
  }
  return null;
}
