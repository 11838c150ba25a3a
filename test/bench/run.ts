/**
 * `npm run bench`: figures, not assertions. Median and spread (p10–p90) over repeated runs of
 * 1. one full capacity projection of the baseline (8 gemeenten × 4 variants × 132 months), and the lean one the
 *    Monte Carlo runs, beside their arithmetic floor: the lean figures computed flat (test/bench/floor.ts, checked
 *    to give the same numbers); the same projections with four target groups;
 * 2. a 10,000-run Monte Carlo end to end (runs and summary; with warm worker threads, and with new ones started):
 *    for Basis, beside its lower bound (10,000 arithmetic floors on as many warm threads), and with four target
 *    groups; 2,000 runs (the app's default) for Basis; one run on one core (wall clock and CPU time: the CPU time
 *    moves less when others share the machine);
 * 3. one urgentie allocation for the 11 projection years;
 * 4. saving an edit to, and loading, a scenario with 1,000 history entries (through the contract);
 * 5. browser mode in Chromium: cold start to the first chart, and a grid edit until the chart shows it
 *    (test/bench/browser.ts, when Chromium and the built app are there).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { baselineAssumptions, baselineLocations, baselineRanges } from '../../electron/backend/baseline';
import { openBackend } from '../../electron/backend/backend';
import { createMcJobs, type McJobs } from '../../electron/backend/uncertainty/jobs';
import { resolveAssumptions, type FormulaCache } from '../../models/assumptions/resolve';
import { buildCapacityInput, projectScenario, START_YEAR } from '../../models/capacity/fromScenario';
import { projectCapacity, projectLean } from '../../models/capacity/project';
import type { CapacityInput } from '../../models/capacity/types';
import { runChunk, type McSetup } from '../../models/uncertainty/montecarlo';
import { summarize } from '../../models/uncertainty/summary';
import { allocateUrgent } from '../../models/urgentie/allocate';
import { urgentInputFrom } from '../../models/urgentie/fromScenario';
import { GROEI_ALL_INCLUSIVE, doelgroepAandeelKey } from '../../shared/assumptions';
import { VARIANT_IDS } from '../../shared/domain';
import type { McJob, ScenarioSummary } from '../../shared/contract';
import { benchBrowser } from './browser';
import { floorDiffers, floorProjection } from './floor';

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p10: q(0.1), p90: q(0.9) };
}

function report(name: string, samples: number[], unit = 'ms', digits = 3) {
  const { median, p10, p90 } = stats(samples);
  console.log(`${name.padEnd(62)} median ${median.toFixed(digits)} ${unit}   p10 ${p10.toFixed(digits)}   p90 ${p90.toFixed(digits)}   (${samples.length}×)`);
  return median;
}

function measure(name: string, runs: number, fn: (i: number) => void) {
  // Warm-up: at least 50 calls and 300 ms (the optimising compiler takes over after a few thousand calls), at most `runs`.
  const warmUntil = performance.now() + 300;
  for (let i = 0; i < runs && (i < 50 || performance.now() < warmUntil); i++) fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn(i);
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return report(name, samples);
}

/**
 * The Monte Carlo's lower bound on this machine: arithmetic floors (floor.ts) on warm worker threads, a share each:
 * no draws, no assumptions resolved, no urgent housing, no summary, no threads started. `time(runs)`: seconds.
 */
function floorThreads(input: CapacityInput, threads: number) {
  const workers = Array.from({ length: threads }, () => new Worker(path.resolve('out/bench/floorWorker.cjs'), { workerData: input }));
  return {
    async time(runs: number) {
      const t0 = performance.now();
      await Promise.all(workers.map((w) => new Promise((done) => (w.once('message', done), w.postMessage(Math.ceil(runs / threads))))));
      return (performance.now() - t0) / 1000;
    },
    close: () => Promise.all(workers.map((w) => w.terminate())),
  };
}

async function main() {
  const cells = Object.fromEntries(baselineAssumptions().map((a) => [a.key, { value: a.value, formula: a.formula }]));
  const locations = baselineLocations().map((l, i) => ({ ...l, id: i + 1 }));
  const cache: FormulaCache = new Map();
  const resolved = resolveAssumptions(cells, START_YEAR, cache);
  const input = buildCapacityInput(resolved, locations, []);

  console.log(`Plekkenplanner benchmark — ${os.cpus()[0]?.model ?? 'cpu'} (${os.cpus().length} cores), Node ${process.version}`);
  console.log(`Model: ${input.perYear.length} years × 12 months, 8 gemeenten × 4 variants, ${locations.length} locations\n`);

  const full = measure('1. full projection (132 months, with monthly results)', 500, () => projectCapacity(input));
  measure('   the same without monthly results', 500, () => projectCapacity(input, { months: false }));
  const lean = measure('   lean: the yearly figures the Monte Carlo keeps (projectLean)', 500, () => projectLean(input));
  const differs = floorDiffers(input);
  if (differs) throw new Error(differs);
  const floor = measure('   arithmetic floor: the same yearly figures, flat (test/bench/floor.ts)', 500, () => floorProjection(input));
  console.log(`   → full ${(full / floor).toFixed(1)}×, lean ${(lean / floor).toFixed(1)}× the floor (measured one after the other)`);
  // The same ratios with the two timed in turn (one projection, one floor, …): on a machine whose speed drifts
  // (other virtual machines on the same host) the ratio of two measurements taken seconds apart moves with it.
  const timed = (fn: () => unknown) => {
    const t0 = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - t0);
  };
  const floor1 = () => floorProjection(input);
  const inTurn = (project: () => unknown) => {
    const ratios: number[] = [];
    for (let i = 0; i < 1000; i++) {
      // Which goes first alternates (the one after runs on warmer caches).
      if (i % 2) {
        const p = timed(project);
        ratios.push(p / timed(floor1));
      } else {
        const f = timed(floor1);
        ratios.push(timed(project) / f);
      }
    }
    return ratios;
  };
  report('   → full projection ÷ floor, timed in turn (ratio per pair)', inTurn(() => projectCapacity(input)), '×', 2);
  report('   → lean projection ÷ floor, timed in turn (ratio per pair)', inTurn(() => projectLean(input)), '×', 2);
  measure('   recompute after one formula edit (compile+resolve+run)', 300, (i) => {
    const edited = { ...cells, [GROEI_ALL_INCLUSIVE]: { value: 15, formula: `=15 * 1,02 ^ (jaar - 2025) + ${i} * 0` } };
    projectCapacity(buildCapacityInput(resolveAssumptions(edited, START_YEAR, cache), locations, []));
  });
  measure('   resolve all assumptions only (formulas cached)', 300, () => resolveAssumptions(cells, START_YEAR, cache));
  measure('   projection with the places needed per year (the search, as the app shows it)', 50, () => projectScenario(resolved, locations, []));

  // The same with four target groups: 5 % of need each for verslaving, prikkelarm and LVB, and a location of each.
  const groups = ['verslaving/multiproblematiek', 'prikkelarm (autisme)', 'LVB'] as const;
  const groupCells = { ...cells };
  for (const v of VARIANT_IDS) for (const t of groups) groupCells[doelgroepAandeelKey(v, t)] = { value: 0.05, formula: null };
  const groupLocations = [
    ...locations,
    ...groups.map((t, i) => ({ ...locations[0], id: 100 + i, name: `Doelgroep ${t}`, places: 12, opening: '2026-01', targetGroup: t })),
  ];
  const groupResolved = resolveAssumptions(groupCells, START_YEAR, cache);
  const groupInput = buildCapacityInput(groupResolved, groupLocations, []);
  measure('   with four target groups: full projection', 300, () => projectCapacity(groupInput));
  measure('   with four target groups: without monthly results', 300, () => projectCapacity(groupInput, { months: false }));
  measure('   with four target groups: lean (as the Monte Carlo runs it)', 300, () => projectLean(groupInput));
  measure('   with four target groups: with the places needed per year', 20, () => projectScenario(groupResolved, groupLocations, []));

  // 2. Monte Carlo, end to end, in worker threads; and per run on one core.
  const workerFile = path.resolve('out/bench/mcWorker.cjs');
  const threads = os.availableParallelism?.() ?? os.cpus().length;
  const setup: McSetup = { cells, ranges: baselineRanges(), locations, wlzEvents: [] };
  const groupSetup: McSetup = { cells: groupCells, ranges: baselineRanges(), locations: groupLocations, wlzEvents: [] };
  const tick = () => new Promise((r) => setTimeout(r, 5));
  /** One job: seconds in all, and until the first 100 runs were done. */
  const job = async (jobs: McJobs, s: McSetup, seed: number, runs: number) => {
    const t0 = performance.now();
    const started = jobs.start(1, s, runs, seed, (chunks) => ({ ...summarize(chunks, seed) }) as unknown as NonNullable<McJob['result']>);
    let st: McJob = started;
    let firstRuns = 0;
    while (st.status === 'bezig') {
      await tick();
      st = jobs.status(started.id);
      if (!firstRuns && st.done >= 100) firstRuns = performance.now() - t0;
    }
    if (st.status !== 'klaar') throw new Error(st.message);
    return { total: (performance.now() - t0) / 1000, first: firstRuns / 1000 };
  };
  // Cold: new worker threads for every job (the first computation after the app started). Warm: the threads of
  // the job before (kept warm: every later computation within a minute). The first job warms the disk cache.
  const monteCarlo = async (name: string, s: McSetup, reps: number, runs = 10_000) => {
    const cold: { total: number; first: number }[] = [];
    for (let rep = 0; rep <= reps; rep++) {
      const jobs = createMcJobs(workerFile, threads);
      const r = await job(jobs, s, 2026 + rep, runs);
      if (rep > 0) cold.push(r);
      jobs.closeAll();
      while (jobs.activeWorkers() > 0) await tick(); // not overlapping the next start
    }
    const jobs = createMcJobs(workerFile, threads);
    const warm: { total: number; first: number }[] = [];
    for (let rep = 0; rep <= reps; rep++) {
      const r = await job(jobs, s, 2026 + rep, runs);
      if (rep > 0) warm.push(r);
    }
    jobs.closeAll();
    report(`${name}, warm threads`, warm.map((r) => r.total), 's', 2);
    report('   … new threads (the first computation after the app started)', cold.map((r) => r.total), 's', 2);
    report('   … of which until the first 100 runs (threads, loading, warming up)', cold.map((r) => r.first), 's', 2);
  };
  await monteCarlo(`2. Monte Carlo 10,000 runs end to end (${threads} worker threads)`, setup, 3);
  // The same, warm, in turn with its lower bound (one Monte Carlo, 10,000 floors, …).
  const floors = floorThreads(input, threads);
  const warmJobs = createMcJobs(workerFile, threads);
  try {
    await job(warmJobs, setup, 2025, 10_000);
    await floors.time(2_000);
    const bound: number[] = [];
    const ratios: number[] = [];
    for (let rep = 0; rep < 5; rep++) {
      const mc = (await job(warmJobs, setup, 3000 + rep, 10_000)).total;
      bound.push(await floors.time(10_000));
      ratios.push(mc / bound[rep]);
    }
    report('   lower bound: 10,000 arithmetic floors on the warm threads', bound, 's', 2);
    report('   → Monte Carlo (warm) ÷ its lower bound, timed in turn', ratios, '×', 2);
  } finally {
    warmJobs.closeAll();
    await floors.close();
  }
  await monteCarlo('   with four target groups', groupSetup, 2);
  await monteCarlo('   2,000 runs (the default in the app)', setup, 5, 2_000);
  const perRun = (name: string, s: McSetup) => {
    runChunk(s, 1, 0, 200, undefined, cache); // warm-up
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let rep = 0; rep < 5; rep++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      runChunk(s, 7 + rep, 0, 500, undefined, cache);
      wall.push((performance.now() - t0) / 500);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000 / 500);
    }
    report(`${name}, wall clock`, wall);
    report(`${name}, CPU time`, cpu);
  };
  perRun('   one run on one core (Basis)', setup);
  perRun('   one run on one core (four target groups)', groupSetup);

  // 3. Urgentie allocation for the projection years.
  const capacity = projectCapacity(input);
  const urgent = urgentInputFrom(resolved, capacity);
  if (urgent.ok) measure(`3. urgentie allocation, ${urgent.input.years.length} years, full detail`, 500, () => allocateUrgent(urgent.input));

  // 4. A scenario with 1,000 history entries: save an edit, load it.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plekkenplanner-bench-'));
  const backend = openBackend(path.join(dir, 'bench.sqlite'), 'test');
  try {
    const call = (c: string, i: unknown) => {
      const r = backend.call(c, i);
      if (!r.ok) throw new Error(r.error.message);
      return r.data;
    };
    const id = (call('scenario.create', { name: 'Bench' }) as ScenarioSummary).id;
    for (let i = 0; i < 1000; i++) call('assumptions.setValue', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, value: 10 + (i % 10) + 0.5 });
    const entries = (call('history.list', { scenarioId: id }) as unknown[]).length;
    measure(`4. save an edit to a scenario with ${entries} history entries`, 200, (i) => call('assumptions.setValue', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, value: 11 + (i % 7) }));
    measure('   load it: assumptions, ranges, locations (scenario.data)', 200, () => call('scenario.data', { scenarioId: id }));
    measure('   load its history (history.list, all entries)', 200, () => call('history.list', { scenarioId: id }));
    measure('   export it as a scenario file (JSON)', 100, () => call('scenario.export', { id }));
  } finally {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  // 5. Browser mode in Chromium.
  await benchBrowser(report);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
