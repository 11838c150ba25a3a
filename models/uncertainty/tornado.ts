/**
 * Sensitivity: each ranged assumption at its low and at its high end, all others at their own value; how far
 * the waiting list and waiting time of the chosen year move. Sorted by the swing in the waiting list.
 */
import { assumptionDef } from '../../shared/assumptions';
import type { FormulaCache } from '../assumptions/resolve';
import { prepare, runOnce, type McSetup } from './montecarlo';

export interface TornadoBar {
  key: string;
  label: string;
  low: number;
  high: number;
  waitingList: { atLow: number; atHigh: number };
  waitingTime: { atLow: number | null; atHigh: number | null };
  swing: number;
}

export interface Tornado {
  year: number;
  base: { waitingList: number; waitingTime: number | null };
  bars: TornadoBar[];
}

export function tornado(setup: McSetup, year: number, cache: FormulaCache = new Map()): Tornado {
  const p = prepare(setup, cache);
  const pick = (cells: McSetup['cells'], changed: string[]) => {
    const years = runOnce(p, cells, changed).capacity.years;
    const y = years.find((x) => x.year === year) ?? years[years.length - 1];
    return { year: y.year, waitingList: y.waitingList, waitingTime: y.waitingTimeMonths };
  };
  const base = pick(setup.cells, []);
  const bars: TornadoBar[] = [];
  for (const [key, r] of Object.entries(setup.ranges)) {
    const cell = setup.cells[key];
    if (!cell || cell.formula) continue;
    const lo = pick({ ...setup.cells, [key]: { value: r.low, formula: null } }, [key]);
    const hi = pick({ ...setup.cells, [key]: { value: r.high, formula: null } }, [key]);
    bars.push({
      key,
      label: assumptionDef(key)?.label ?? key,
      low: r.low,
      high: r.high,
      waitingList: { atLow: lo.waitingList, atHigh: hi.waitingList },
      waitingTime: { atLow: lo.waitingTime, atHigh: hi.waitingTime },
      swing: Math.abs(hi.waitingList - lo.waitingList),
    });
  }
  bars.sort((a, b) => b.swing - a.swing || a.label.localeCompare(b.label, 'nl'));
  return { year: base.year, base: { waitingList: base.waitingList, waitingTime: base.waitingTime }, bars };
}
