/**
 * Property: any payload on any channel gets either a valid result or a Dutch message — never a crash, never an
 * English fragment, never an internal field name — and the database passes integrity_check afterwards.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { GROEI_ALL_INCLUSIVE, inwonersKey } from '../../shared/assumptions';
import { CHANNELS, type Channel } from '../../shared/contract';
import { TEST_WORKER } from '../buildWorker';
import { FIXED_NOW, tempDb } from './tempFiles';

let backend: Backend;
beforeAll(() => {
  backend = openBackend(tempDb('property'), 'test', FIXED_NOW, { workerFile: TEST_WORKER, threads: 1 });
});
afterAll(() => backend.close());

const location = { name: 'Nieuw', gemeente: 'GM0158', variant: 'allInclusive', places: 24, opening: '2027-01', closing: null, financing: 'Wmo', targetGroup: 'LVB', source: 'Plan', isAanname: true };
/** A valid payload per channel, the starting point the generator spoils. */
const EXAMPLES: Record<Channel, Record<string, unknown>> = {
  'app.info': {},
  'app.dismissIntro': {},
  'database.copy': {},
  'database.check': {},
  'scenario.list': {},
  'scenario.create': { name: 'Eigen scenario' },
  'scenario.duplicate': { id: 1, name: 'Kopie' },
  'scenario.rename': { id: 2, name: 'Andere naam' },
  'scenario.delete': { id: 3 },
  'scenario.update': { id: 2, description: 'Toelichting', author: 'Projectgroep', tags: ['locaties'] },
  'scenario.adopt': { id: 4 },
  'scenario.export': { id: 1 },
  'scenario.import': { fileName: 'x.json', json: '{"format":"plekkenplanner-scenario"}' },
  'history.list': { scenarioId: 2 },
  'history.restore': { scenarioId: 2, entryId: 1 },
  'history.setReason': { scenarioId: 2, entryId: 1, reason: 'Overleg' },
  'scenario.data': { scenarioId: 1 },
  'assumptions.setValue': { scenarioId: 2, key: inwonersKey('GM0147'), value: 25_000 },
  'assumptions.setSource': { scenarioId: 2, key: GROEI_ALL_INCLUSIVE, source: 'Bron', isAanname: false },
  'ranges.set': { scenarioId: 2, key: GROEI_ALL_INCLUSIVE, range: { kind: 'driehoek', low: 10, high: 20, source: '' } },
  'locations.save': { scenarioId: 2, location },
  'locations.delete': { scenarioId: 2, id: 1 },
  'wlzEvents.save': { scenarioId: 2, event: { year: 2027, clients: 10, variant: null, source: '' } },
  'wlzEvents.delete': { scenarioId: 2, id: 1 },
  'projection.capacity': { scenarioId: 1 },
  'fairShare.view': { scenarioId: 1, key: 'inwoners', variant: 'alle', year: 2030 },
  'fairShare.suggest': { scenarioId: 1, key: 'inwoners', variant: 'allInclusive', year: 2027, places: 24, minPerLocation: 12, max: [null, null, 0, null, null, null, null, null] },
  'fairShare.applySuggestion': { scenarioId: 2, key: 'inwoners', variant: 'allInclusive', opening: '2027-01', places: [1, 0, 0, 0, 0, 0, 0, 0] },
  'fairShare.allocate': { scenarioId: 1, total: 10, key: 'inwoners', method: 'dhondt', max: {} },
  'compare.run': { scenarioIds: [1, 2], referenceId: 1 },
  'export.tables': { scenarioId: 1 },
  'keyInputs.preview': { scenarioId: 2, rows: [['Gemeente', 'Inwoners'], ['Borne', '24.000']] },
  'keyInputs.apply': { scenarioId: 2, fileName: 'cijfers.csv', rows: [['Gemeente', 'Inwoners'], ['Borne', '24.000']] },
  'uncertainty.start': { scenarioId: 1, runs: 100, seed: 1 },
  'uncertainty.status': { jobId: 1 },
  'uncertainty.cancel': { jobId: 1 },
  'uncertainty.tornado': { scenarioId: 1, year: 2030 },
  'urgentie.view': { scenarioId: 1 },
  'monitor.preview': { rows: [['Periode', 'Gemeente', 'Wachtend'], ['2026-H1', 'Borne', '4']] },
  'monitor.import': { fileName: 'monitor.csv', source: 'Cimot BW (fictief)', rows: [['Periode', 'Gemeente', 'Wachtend'], ['2026-H1', 'Borne', '4']] },
  'monitor.sets': {},
  'monitor.remove': { id: 1 },
  'monitor.restore': { id: 1 },
  'monitor.export': { scenarioId: 1 },
  'monitor.view': { scenarioId: 1, bands: { wachtend: [{ period: { from: '2026-01', to: '2026-06' }, p10: 40, p90: 60 }] } },
  'monitor.adopt': { scenarioId: 1, name: 'Geschat uit de monitor' },
  'monitor.startFrom': { scenarioId: 1, name: 'Vanaf de laatste meting' },
};

/** Values that sit on the edges of what the schemas accept. */
const edgy = fc.oneof(
  fc.constantFrom(0, -1, 1, 2, 3, 0.5, 1e308, -0, 2 ** 53, 80, 81, 2035, 2061, '', ' ', '1,5', '=10,5', '=max(1,2)', '=1/0', '=foo+', 'abc', '\u0000', 'a\nb', '2027-13', '2027-01', 'x', null, true, false, [], {}),
  fc.string({ maxLength: 90 }),
  fc.integer({ min: -5, max: 10 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.jsonValue({ maxDepth: 2 }),
);

type Path = (string | number)[];

/** Every place inside a payload, nested ones too: `location.places`, `range.low`, `rows.1.0`, `max.2`. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const children: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  return children.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
}

const REMOVE = Symbol('remove');
/** A copy of `value` with the place at `path` replaced (or removed, from an object or an array). */
function withAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const list = [...value];
    const next = withAt(list[Number(head)], rest, replacement);
    if (next === REMOVE) list.splice(Number(head), 1);
    else list[Number(head)] = next;
    return list;
  }
  const object = { ...(value as Record<string, unknown>) };
  const next = withAt(object[head], rest, replacement);
  if (next === REMOVE) delete object[head];
  else object[head] = next;
  return object;
}
const at = (value: unknown, path: Path) => path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);

const payload = fc.constantFrom(...CHANNELS).chain((channel) => {
  const example: unknown = EXAMPLES[channel];
  const paths = pathsOf(example);
  const objects = [[], ...paths.filter((p) => { const v = at(example, p); return v !== null && typeof v === 'object' && !Array.isArray(v); })];
  const arrays = paths.filter((p) => Array.isArray(at(example, p)));
  const spoiled = fc.oneof(
    fc.constant(example),
    // One place, at any depth, gets an edge value, disappears, or gets an unknown neighbour.
    paths.length ? fc.tuple(fc.constantFrom(...paths), edgy).map(([p, v]) => withAt(example, p, v)) : fc.constant(example),
    paths.length ? fc.constantFrom(...paths).map((p) => withAt(example, p, REMOVE)) : fc.constant(example),
    fc.tuple(fc.constantFrom(...objects), fc.string({ maxLength: 12 }), edgy).map(([p, k, v]) => withAt(example, [...p, k], v)),
    // A nested list gets one more element, of any shape.
    arrays.length ? fc.tuple(fc.constantFrom(...arrays), edgy).map(([p, v]) => withAt(example, p, [...(at(example, p) as unknown[]), v])) : fc.constant(example),
    // Two places spoiled at once.
    paths.length > 1
      ? fc.tuple(fc.constantFrom(...paths), edgy, fc.constantFrom(...paths), edgy).map(([p, v, q, w]) => withAt(withAt(example, p, v), q, w))
      : fc.constant(example),
    fc.jsonValue({ maxDepth: 3 }),
  );
  return fc.tuple(fc.constant(channel as string), spoiled);
});

/** English words and internal names that must never reach a user (quoted user input is left out of the check). */
const LEAK = /\b(expected|received|Invalid|input|undefined|string|verwacht|ontving|instanceof|scenarioId|targetGroup|isAanname|minPerLocation|value|formula)\b|[a-z]+\.[a-z]+:/;

describe('every channel, any payload', () => {
  it('answers with a result or a Dutch message, never crashes, and leaves the database intact', () => {
    let tried = 0;
    let refused = 0;
    fc.assert(
      fc.property(payload, ([channel, input]) => {
        tried++;
        const r = backend.call(channel, input);
        if (r.ok) return;
        refused++;
        expect(r.error.code, `${channel} ${JSON.stringify(input).slice(0, 200)} → ${r.error.message}`).not.toBe('INTERN');
        const visible = r.error.message.replace(/“[^”]*”/g, '“…”').replace(/"[^"]*"/g, '"…"');
        const what = `${channel} ${JSON.stringify(input).slice(0, 200)} → ${r.error.message}`;
        expect(visible, what).not.toMatch(LEAK);
        expect(r.error.message.length).toBeGreaterThan(5);
        // Sentences start with a capital (or a quoted name), none is said twice, and zod's safe-integer bound never shows.
        const sentences = visible.split(/(?<=[.?!]) +(?!\d)/);
        for (const sentence of sentences) expect(sentence, what).toMatch(/^(\p{Lu}|“|"|\()/u);
        expect(new Set(sentences).size, what).toBe(sentences.length);
        expect(visible, what).not.toMatch(/9\.007\.199/);
      }),
      { numRuns: 3000, seed: Number(process.env.PROPERTY_SEED ?? 20261125) },
    );
    const check = backend.call('database.check', {});
    expect(check).toMatchObject({ ok: true, data: { ok: true } });
    console.log(`[property] ${tried} contract payloads on ${CHANNELS.length} channels: ${tried - refused} answered, ${refused} refused with a Dutch message; integrity_check ok`);
  }, 120_000);
});
