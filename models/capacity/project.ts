/**
 * The BW capacity model: a monthly stock-and-flow projection per gemeente of origin (g), gemeente of the
 * place (h) and variant (v). Clients in care sit in occ[h][g][v]; the waiting list in wait[g][v].
 * Each month: locations open/close → exits (exponential stay: the same hazard for existing and new clients,
 * so no outflow cliff) and Wmo→Wlz transfers (part of them flip their place to the Wlz) → Wlz outflow to the
 * wijk returns flipped places → new indications join the waiting list → waiting clients fill free places,
 * own gemeente first, then the region (optionally another variant).
 */
import { GEMEENTE_CODES, VARIANT_IDS } from '../../shared/domain';
import { MODEL_VERSION } from '../version';
import type { CapacityInput, CapacityResult, Metrics, MonthResult, YearResult } from './types';

const G = GEMEENTE_CODES.length;
const V = VARIANT_IDS.length;
const EPS = 1e-9;
// Variant substitution order when allowed: modulair forms among themselves first, all-inclusive last.
const SUBSTITUTES = [[1, 2, 3], [2, 3, 0], [1, 3, 0], [1, 2, 0]];

function emptyMetrics(): Metrics {
  return {
    demand: 0, inCare: 0, inCareElsewhere: 0, waitingList: 0, waitingTimeMonths: 0, places: 0, freePlaces: 0, occupancy: 0, placesNeeded: 0,
    inflow: 0, placements: 0, outflowIndependent: 0, outflowOther: 0, wlzTransfers: 0, outflowNeedingHome: 0,
    wmoPlacesLostToWlz: 0, wlzPlacesReturned: 0, displaced: 0, costEuro: 0,
  };
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year: number, month0: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month0 === 1 && leap ? 29 : DAYS[month0];
}

/** Flow accumulators per year, by origin (g·V+v) or by place gemeente (h·V+v). */
interface Flows {
  inflow: Float64Array;
  placements: Float64Array;
  independent: Float64Array;
  other: Float64Array;
  wlz: Float64Array;
  displaced: Float64Array;
  cost: Float64Array;
}
const newFlows = (): Flows => ({
  inflow: new Float64Array(G * V), placements: new Float64Array(G * V), independent: new Float64Array(G * V),
  other: new Float64Array(G * V), wlz: new Float64Array(G * V), displaced: new Float64Array(G * V), cost: new Float64Array(G * V),
});

/** `months: false` skips the monthly results (the Monte Carlo needs only the years). */
export function projectCapacity(input: CapacityInput, options: { months?: boolean } = {}): CapacityResult {
  const keepMonths = options.months ?? true;
  const { yearCount, startYear } = input;
  if (yearCount < 1 || input.perYear.length !== yearCount) throw new RangeError('perYear must have one entry per year');
  const occ = new Float64Array(G * G * V); // (h*G+g)*V+v
  const wait = Float64Array.from(input.waiting);
  const cap = new Float64Array(G * V); // open Wmo places (h,v)
  const wlzCap = new Float64Array(G * V);
  const flipped = new Float64Array(G * V); // Wmo places now Wlz-financed (h,v)
  const lostCum = new Float64Array(G * V);
  const returnedCum = new Float64Array(G * V);
  const inG = new Float64Array(G * V); // clients in care per gemeente of origin and variant
  const occHV = new Float64Array(G * V); // clients in care per place gemeente and variant: kept in step with occ
  const free = new Float64Array(G);
  const rest = new Float64Array(G);
  const notes: string[] = [];

  const capacityAt = (m: number) => {
    cap.fill(0);
    wlzCap.fill(0);
    for (const l of input.locations) {
      if (l.openMonth <= m && (l.closeMonth === null || m < l.closeMonth)) (l.wmo ? cap : wlzCap)[l.h * V + l.v] += l.places;
    }
    for (let i = 0; i < G * V; i++) if (flipped[i] > cap[i]) flipped[i] = cap[i];
  };
  /** occHV and inG are kept in step with occ by every step below; this counts them afresh. */
  const recount = () => {
    occHV.fill(0);
    inG.fill(0);
    for (let h = 0; h < G; h++) {
      for (let g = 0; g < G; g++) {
        for (let v = 0; v < V; v++) {
          const o = occ[(h * G + g) * V + v];
          occHV[h * V + v] += o;
          inG[g * V + v] += o;
        }
      }
    }
  };

  /**
   * Places waiting clients of variant `from` in free places of variant `to`; returns the number placed.
   * Access is regional: the free places are shared over everyone waiting in proportion to how many wait per
   * gemeente (everyone waits equally long). Where they are placed prefers the client's own gemeente, then the
   * region in proportion to the places still free.
   */
  const place = (from: number, to: number, placed: Float64Array | null): number => {
    let W = 0;
    let F = 0;
    for (let g = 0; g < G; g++) W += wait[g * V + from];
    if (W <= EPS) return 0;
    for (let h = 0; h < G; h++) {
      free[h] = Math.max(0, cap[h * V + to] - flipped[h * V + to] - occHV[h * V + to]);
      F += free[h];
    }
    const P = Math.min(W, F);
    if (P <= EPS) return 0;
    for (let g = 0; g < G; g++) {
      const pg = (P * wait[g * V + from]) / W;
      const own = Math.min(pg, free[g]);
      occ[(g * G + g) * V + to] += own;
      occHV[g * V + to] += own;
      inG[g * V + to] += own;
      free[g] -= own;
      rest[g] = pg - own;
      wait[g * V + from] = Math.max(0, wait[g * V + from] - pg);
      if (placed) placed[g * V + from] += pg;
    }
    let F2 = 0;
    for (let h = 0; h < G; h++) F2 += free[h];
    if (F2 > EPS) {
      for (let g = 0; g < G; g++) {
        if (rest[g] <= EPS) continue;
        for (let h = 0; h < G; h++) {
          if (free[h] <= 0) continue;
          const x = (rest[g] * free[h]) / F2;
          occ[(h * G + g) * V + to] += x;
          occHV[h * V + to] += x;
          inG[g * V + to] += x;
        }
      }
    }
    return P;
  };

  // The December stock: existing clients take the places open at the start (own gemeente first).
  capacityAt(0);
  const changesAt = new Set<number>();
  for (const l of input.locations) {
    changesAt.add(l.openMonth);
    if (l.closeMonth !== null) changesAt.add(l.closeMonth);
  }
  const startInCare = Float64Array.from(input.inCare);
  for (let v = 0; v < V; v++) {
    for (let g = 0; g < G; g++) wait[g * V + v] += startInCare[g * V + v];
  }
  const startWaiting = sum(input.waiting);
  recount();
  for (let v = 0; v < V; v++) place(v, v, null);
  const unplaced = sum(wait) - startWaiting;
  if (unplaced > 0.5) {
    notes.push(`${Math.round(unplaced)} cliënten die in december ${startYear - 1} in zorg waren, passen niet in de plekken van de locaties; het model zet ze op de wachtlijst. Controleer de locaties.`);
  }
  const start = { demand: sum(input.inCare) + startWaiting, inCare: sum(occ), waitingList: sum(wait), places: sumCapacity(cap, flipped) };

  const years: YearResult[] = [];
  const months: MonthResult[] = [];
  const placedMonth = new Float64Array(G * V);
  const flows = newFlows(); // reset each January; read only at the end of the year
  const wlzEventPerMonth = new Float64Array(V);

  const monthCount = Math.min(input.monthCount ?? yearCount * 12, yearCount * 12);
  if (monthCount < 1) throw new RangeError('the horizon must have at least one month');
  for (let m = 0; m < monthCount; m++) {
    const y = Math.floor(m / 12);
    const month0 = m % 12;
    const a = input.perYear[y];
    if (month0 === 0) for (const a of Object.values(flows)) a.fill(0);
    placedMonth.fill(0);

    // 1. Locations open and close; clients whose place disappears go back to the waiting list.
    if (changesAt.has(m)) capacityAt(m); // places only change in months a location opens or closes
    let displacedMonth = 0;
    for (let h = 0; h < G; h++) {
      for (let v = 0; v < V; v++) {
        const avail = cap[h * V + v] - flipped[h * V + v];
        const o = occHV[h * V + v];
        if (o <= avail + EPS) continue;
        const excess = o - avail;
        let removed = 0;
        for (let g = 0; g < G; g++) {
          const i = (h * G + g) * V + v;
          const x = Math.min(occ[i], (occ[i] * excess) / o);
          occ[i] -= x;
          removed += x;
          inG[g * V + v] -= x;
          wait[g * V + v] += x;
          flows.displaced[g * V + v] += x;
          displacedMonth += x;
        }
        occHV[h * V + v] = o - removed;
      }
    }

    // 2. Exits and Wmo→Wlz transfers (a one-off event is spread over the 12 months of its year).
    wlzEventPerMonth.fill(0);
    for (const e of input.wlzOneOffs) {
      if (e.yearIndex !== y) continue;
      const perMonth = e.clients / 12;
      if (e.v !== null) wlzEventPerMonth[e.v] += perMonth;
      else {
        const total = sum(occ);
        if (total > 0) for (let v = 0; v < V; v++) wlzEventPerMonth[v] += (perMonth * inCareOfVariant(occ, v)) / total;
      }
    }
    // The hazards are the same for every client of a variant, so a month scales every cell of that variant by
    // one factor; flows follow from the sums per gemeente of origin (g) and of the place (h).
    let exitsMonth = 0;
    let wlzMonth = 0;
    for (let v = 0; v < V; v++) {
      let inV = 0;
      for (let g = 0; g < G; g++) inV += inG[g * V + v];
      if (inV <= 0) continue;
      const exitRate = 1 / a.stayMonths[v];
      const wlzRate = a.wlzRatePerYear[v] / 12 + Math.min(1, wlzEventPerMonth[v] / inV);
      const scale = exitRate + wlzRate > 1 ? 1 / (exitRate + wlzRate) : 1; // never more leave than there are
      const ex = exitRate * scale;
      const wl = wlzRate * scale;
      const keep = Math.max(0, 1 - ex - wl);
      for (let g = 0; g < G; g++) {
        const o = inG[g * V + v];
        flows.independent[g * V + v] += o * ex * a.independentShare[v];
        flows.other[g * V + v] += o * ex * (1 - a.independentShare[v]);
        flows.wlz[g * V + v] += o * wl;
        exitsMonth += o * ex;
        wlzMonth += o * wl;
        inG[g * V + v] = o * keep;
      }
      for (let h = 0; h < G; h++) {
        const flip = occHV[h * V + v] * wl * a.flipShare[v];
        flipped[h * V + v] += flip;
        lostCum[h * V + v] += flip;
        occHV[h * V + v] *= keep;
        for (let g = 0; g < G; g++) occ[(h * G + g) * V + v] *= keep;
      }
    }

    // 3. Wlz clients in flipped places move to the wijk (VPT/MPT): those places return to the Wmo.
    for (let i = 0; i < G * V; i++) {
      const r = (flipped[i] * a.wlzOutflowPerYear) / 12;
      flipped[i] -= r;
      returnedCum[i] += r;
    }

    // 4. New indications join the waiting list of their gemeente of origin.
    let inflowMonth = 0;
    for (let v = 0; v < V; v++) {
      const perMonth = a.inflowPerYear[v] / 12;
      for (let g = 0; g < G; g++) {
        const x = perMonth * a.originShare[g];
        wait[g * V + v] += x;
        flows.inflow[g * V + v] += x;
        inflowMonth += x;
      }
    }

    // 5. Placement.
    for (let v = 0; v < V; v++) place(v, v, placedMonth);
    if (input.allowOtherVariant) for (let v = 0; v < V; v++) for (const u of SUBSTITUTES[v]) place(v, u, placedMonth);
    for (let i = 0; i < G * V; i++) flows.placements[i] += placedMonth[i];

    // 6. Cost of the month: clients in care × tariff × days.
    const days = daysInMonth(startYear + y, month0);
    for (let g = 0; g < G; g++) for (let v = 0; v < V; v++) flows.cost[g * V + v] += inG[g * V + v] * a.tariffPerDay[v] * days;

    if (keepMonths) months.push(monthResult(startYear + y, month0, occ, wait, cap, flipped, lostCum, placedMonth, inflowMonth, exitsMonth, wlzMonth, displacedMonth));
    if (month0 === 11 || m === monthCount - 1) years.push(yearResult(startYear + y, month0 + 1, input, occ, wait, cap, flipped, lostCum, returnedCum, flows));
  }

  return { modelVersion: MODEL_VERSION, startYear, endYear: startYear + yearCount - 1, start, years, months, notes };
}

function sum(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

function sumCapacity(cap: Float64Array, flipped: Float64Array): number {
  let s = 0;
  for (let i = 0; i < cap.length; i++) s += Math.max(0, cap[i] - flipped[i]);
  return s;
}

function inCareOfVariant(occ: Float64Array, v: number): number {
  let s = 0;
  for (let i = v; i < occ.length; i += V) s += occ[i];
  return s;
}

function monthResult(
  year: number, month0: number, occ: Float64Array, wait: Float64Array, cap: Float64Array, flipped: Float64Array, lostCum: Float64Array,
  placed: Float64Array, inflow: number, exits: number, wlz: number, displaced: number,
): MonthResult {
  const byVariant = {} as MonthResult['byVariant'];
  let inCare = 0;
  let waitingList = 0;
  let places = 0;
  let placements = 0;
  VARIANT_IDS.forEach((id, v) => {
    let w = 0;
    let p = 0;
    let pl = 0;
    for (let g = 0; g < G; g++) {
      w += wait[g * V + v];
      p += Math.max(0, cap[g * V + v] - flipped[g * V + v]);
      pl += placed[g * V + v];
    }
    const c = inCareOfVariant(occ, v);
    byVariant[id] = { inCare: c, waitingList: w, places: p, placements: pl };
    inCare += c;
    waitingList += w;
    places += p;
    placements += pl;
  });
  return {
    month: `${year}-${String(month0 + 1).padStart(2, '0')}`,
    demand: inCare + waitingList, inCare, waitingList, places, inflow, placements, exits, wlzTransfers: wlz, displaced,
    wmoPlacesLostToWlz: sum(lostCum), byVariant,
  };
}

/** Derived figures of a period from its stocks and flows. */
function finish(m: Metrics, months: number): Metrics {
  m.demand = m.inCare + m.waitingList;
  m.freePlaces = Math.max(0, m.places - m.inCare);
  m.occupancy = m.places > 0 ? Math.min(1, m.inCare / m.places) : 0;
  const placementsPerMonth = m.placements / months;
  m.waitingTimeMonths = m.waitingList < 1e-6 ? 0 : placementsPerMonth > 1e-9 ? m.waitingList / placementsPerMonth : null;
  m.outflowNeedingHome = m.outflowIndependent;
  return m;
}

/** Adds the figures of one (gemeente of origin g, variant v) cell to a period's metrics. */
function addCell(m: Metrics, inGv: number, elsewhere: number, i: number, wait: Float64Array, cap: Float64Array, flipped: Float64Array, lostCum: Float64Array, returnedCum: Float64Array, f: Flows): void {
  m.inCare += inGv;
  m.inCareElsewhere += elsewhere;
  m.waitingList += wait[i];
  m.inflow += f.inflow[i];
  m.placements += f.placements[i];
  m.outflowIndependent += f.independent[i];
  m.outflowOther += f.other[i];
  m.wlzTransfers += f.wlz[i];
  m.displaced += f.displaced[i];
  m.costEuro += f.cost[i];
  // Place-side figures belong to the gemeente where the places are (h = g here).
  m.places += Math.max(0, cap[i] - flipped[i]);
  m.wmoPlacesLostToWlz += lostCum[i];
  m.wlzPlacesReturned += returnedCum[i];
}

/** Adds the summable figures of a variant to the region (the derived ones are worked out by finish()). */
function addMetrics(to: Metrics, m: Metrics): void {
  to.inCare += m.inCare;
  to.inCareElsewhere += m.inCareElsewhere;
  to.waitingList += m.waitingList;
  to.inflow += m.inflow;
  to.placements += m.placements;
  to.outflowIndependent += m.outflowIndependent;
  to.outflowOther += m.outflowOther;
  to.wlzTransfers += m.wlzTransfers;
  to.displaced += m.displaced;
  to.costEuro += m.costEuro;
  to.places += m.places;
  to.wmoPlacesLostToWlz += m.wmoPlacesLostToWlz;
  to.wlzPlacesReturned += m.wlzPlacesReturned;
  to.placesNeeded += m.placesNeeded;
}

function yearResult(
  year: number, monthsInYear: number, input: CapacityInput, occ: Float64Array, wait: Float64Array, cap: Float64Array,
  flipped: Float64Array, lostCum: Float64Array, returnedCum: Float64Array, f: Flows,
): YearResult {
  const target = input.waitingTargetMonths;
  const byVariant = {} as YearResult['byVariant'];
  const byGemeente = {} as YearResult['byGemeente'];
  const region = emptyMetrics();
  const perGemeente = GEMEENTE_CODES.map(() => emptyMetrics());

  for (let v = 0; v < V; v++) {
    const mv = emptyMetrics();
    for (let g = 0; g < G; g++) {
      const i = g * V + v;
      let inGv = 0;
      for (let h = 0; h < G; h++) inGv += occ[(h * G + g) * V + v];
      const elsewhere = Math.max(0, inGv - occ[(g * G + g) * V + v]);
      addCell(mv, inGv, elsewhere, i, wait, cap, flipped, lostCum, returnedCum, f);
      addCell(perGemeente[g], inGv, elsewhere, i, wait, cap, flipped, lostCum, returnedCum, f);
      // Places needed per gemeente and variant: its own demand against the places in the gemeente.
      const needed = inGv + wait[i] - (target * f.inflow[i]) / monthsInYear - Math.max(0, cap[i] - flipped[i]);
      perGemeente[g].placesNeeded += Math.max(0, Math.ceil(needed - 1e-9));
    }
    finish(mv, monthsInYear);
    mv.placesNeeded = Math.max(0, Math.ceil(mv.demand - (target * mv.inflow) / monthsInYear - mv.places - 1e-9));
    byVariant[VARIANT_IDS[v]] = mv;
    addMetrics(region, mv);
  }
  finish(region, monthsInYear);
  GEMEENTE_CODES.forEach((code, g) => {
    byGemeente[code] = finish(perGemeente[g], monthsInYear);
  });
  return { year, ...region, byVariant, byGemeente };
}
