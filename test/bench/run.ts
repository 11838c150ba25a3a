/**
 * `npm run bench`: figures, not assertions. Median and spread (p10–p90) over repeated runs of
 * 1. one full capacity projection of the baseline (8 gemeenten × 4 variants × 132 months);
 * 2. one recompute after a single formula edit (compile the new formula, resolve all assumptions, project).
 */
import os from 'node:os';
import { baselineAssumptions, baselineLocations } from '../../electron/backend/baseline';
import { resolveAssumptions, type FormulaCache } from '../../models/assumptions/resolve';
import { buildCapacityInput, START_YEAR } from '../../models/capacity/fromScenario';
import { projectCapacity } from '../../models/capacity/project';
import { GROEI_ALL_INCLUSIVE } from '../../shared/assumptions';

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p10: q(0.1), p90: q(0.9) };
}

function measure(name: string, runs: number, fn: (i: number) => void) {
  for (let i = 0; i < Math.min(50, runs); i++) fn(-1 - i); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn(i);
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const { median, p10, p90 } = stats(samples);
  console.log(`${name.padEnd(58)} median ${median.toFixed(3)} ms   p10 ${p10.toFixed(3)} ms   p90 ${p90.toFixed(3)} ms   (${runs} runs)`);
  return median;
}

const cells = Object.fromEntries(baselineAssumptions().map((a) => [a.key, { value: a.value, formula: a.formula }]));
const locations = baselineLocations().map((l, i) => ({ ...l, id: i + 1 }));
const cache: FormulaCache = new Map();
const input = buildCapacityInput(resolveAssumptions(cells, START_YEAR, cache), locations, []);

console.log(`Plekkenplanner benchmark — ${os.cpus()[0]?.model ?? 'cpu'} (${os.cpus().length} cores), Node ${process.version}`);
console.log(`Model: ${input.perYear.length} years × 12 months, 8 gemeenten × 4 variants, ${locations.length} locations\n`);
measure('1. full projection (132 months)', 500, () => projectCapacity(input));
measure('2. recompute after one formula edit (compile+resolve+run)', 500, (i) => {
  const edited = { ...cells, [GROEI_ALL_INCLUSIVE]: { value: 15, formula: `=15 * 1,02 ^ (jaar - 2025) + ${i} * 0` } };
  const r = resolveAssumptions(edited, START_YEAR, cache);
  projectCapacity(buildCapacityInput(r, locations, []));
});
measure('   resolve all assumptions only (formulas cached)', 500, () => resolveAssumptions(cells, START_YEAR, cache));
