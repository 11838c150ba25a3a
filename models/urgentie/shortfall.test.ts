/** The lean shortfall (shortfall.ts) against the full allocation (allocate.ts): the same numbers, the same refusals. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METHODS } from '../../shared/apportionMethods';
import { URGENT_RULES } from '../../shared/assumptions';
import { allocateUrgent, URGENT_GROUPS, type UrgentInput } from './allocate';
import { urgentShortfalls } from './shortfall';

const G = 8;
const amount = fc.oneof(fc.constant(0), fc.double({ min: -2, max: 60, noNaN: true }), fc.integer({ min: 0, max: 40 }));
const perGemeente = (a: fc.Arbitrary<number>) => fc.array(a, { minLength: G, maxLength: G });

const urgentInput: fc.Arbitrary<UrgentInput> = fc.integer({ min: 1, max: 12 }).chain((Y) =>
  fc.record({
    years: fc.constant(Array.from({ length: Y }, (_, y) => 2025 + y)),
    demand: fc.array(fc.record(Object.fromEntries(URGENT_GROUPS.map((g) => [g.id, perGemeente(amount)])) as Record<(typeof URGENT_GROUPS)[number]['id'], fc.Arbitrary<number[]>>), { minLength: Y, maxLength: Y }),
    capacity: fc.array(perGemeente(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 80, noNaN: true }), fc.double({ min: 50, max: 400, noNaN: true }))), { minLength: Y, maxLength: Y }),
    rule: fc.constantFrom(...URGENT_RULES),
    ownShare: fc.double({ min: 0, max: 1, noNaN: true }),
    keyShares: perGemeente(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true }))),
    method: fc.constantFrom(...METHODS),
    normMonths: fc.constant(6),
  }),
) as fc.Arbitrary<UrgentInput>;

/** The outcome, or the refusal's class and message. */
function outcome<T>(f: () => T): T | string {
  try {
    return f();
  } catch (e) {
    return `${(e as Error).constructor.name}: ${(e as Error).message}`;
  }
}

describe('urgentShortfalls', () => {
  it('gives allocateUrgent’s shortfall per year, bit for bit, for every rule (and refuses where it refuses)', () => {
    let short = 0;
    let housed = 0;
    fc.assert(
      fc.property(urgentInput, (input) => {
        const full = outcome(() => allocateUrgent(input, { detail: false }).map((y) => y.shortfall));
        const detailed = outcome(() => allocateUrgent(input).map((y) => y.shortfall));
        const lean = outcome(() => urgentShortfalls(input));
        expect(lean).toEqual(full);
        if (typeof lean !== 'string') for (let y = 0; y < lean.length; y++) expect(Object.is(lean[y], (full as number[])[y])).toBe(true);
        if (typeof detailed !== 'string') expect(lean).toEqual(detailed);
        if (typeof lean !== 'string') lean.forEach((x) => (x > 0 ? short++ : housed++));
      }),
      { numRuns: 1500 },
    );
    // The inputs reach both: years with a shortfall and years in which everyone is housed.
    expect(Math.min(short, housed)).toBeGreaterThan(500);
  }, 30_000);
});
