import { describe, expect, it } from 'vitest';
import { inZorgKey, wachtendKey } from '../../shared/assumptions';
import { startAfter, startFromLatest } from './startFrom';
import { obs } from './testHelpers';

/** The scenario's current stock (fictief): Borne AI 50; Enschede AI 150 and geclusterd 30; Hengelo AI 40 and nabijheid 20. */
const current = {
  [inZorgKey('GM0147', 'allInclusive')]: 50,
  [inZorgKey('GM0153', 'allInclusive')]: 150,
  [inZorgKey('GM0153', 'modulairGeclusterd')]: 30,
  [inZorgKey('GM0164', 'allInclusive')]: 40,
  [inZorgKey('GM0164', 'modulairNabijheid')]: 20,
  [wachtendKey('GM0153', 'allInclusive')]: 10,
  [wachtendKey('GM0153', 'modulairWijk')]: 30,
};

describe('start from the latest measurement', () => {
  it('the stock per gemeente × form and the month after the measurement, splitting what was counted together', () => {
    const rows = [
      obs('2025-07', '2025-12', 'inZorg', 999), // older: not used
      obs('2026-01', '2026-06', 'inZorg', 60, 'alle', 'GM0147'),
      obs('2026-01', '2026-06', 'inZorg', 140, 'allInclusive', 'GM0153'),
      obs('2026-01', '2026-06', 'inZorg', 45, 'modulair', 'GM0153'),
      obs('2026-01', '2026-06', 'inZorg', 300, 'alle'),
      obs('2026-01', '2026-06', 'wachtend', 41, 'alle'),
    ];
    const r = startFromLatest(rows, current, 'monitor.csv');
    if (!r.ok) throw new Error(r.reason);
    expect(r.start).toEqual({ year: 2026, firstMonth: 6, month: '2026-07', label: 'juli 2026' });
    const edit = (k: string) => r.edits.find((e) => e.key === k);
    // Borne 'alle' 60: all all-inclusive (the only form Borne has now).
    expect(edit(inZorgKey('GM0147', 'allInclusive'))).toEqual({ key: inZorgKey('GM0147', 'allInclusive'), value: 60, source: 'Stand eind juni 2026 uit de monitor (monitor.csv); verdeeld naar rato van de huidige stand' });
    expect(edit(inZorgKey('GM0147', 'modulairWijk'))!.value).toBe(0);
    // Enschede: all-inclusive as counted; 'modulair' 45 all to geclusterd (the only modulaire form it has now).
    expect(edit(inZorgKey('GM0153', 'allInclusive'))).toEqual({ key: inZorgKey('GM0153', 'allInclusive'), value: 140, source: 'Stand eind juni 2026 uit de monitor (monitor.csv)' });
    expect(edit(inZorgKey('GM0153', 'modulairGeclusterd'))!.value).toBe(45);
    // The region's 300 less the 245 counted per gemeente: 55 for Hengelo, 40 : 20 over its two forms → 36,7 and 18,3 → 37 and 18.
    expect(edit(inZorgKey('GM0164', 'allInclusive'))!.value).toBe(37);
    expect(edit(inZorgKey('GM0164', 'modulairNabijheid'))!.value).toBe(18);
    // Waiting for the region only: 41 over the current 10 : 30 → 10,25 and 30,75 → whole people 10 and 31.
    expect(edit(wachtendKey('GM0153', 'allInclusive'))!.value).toBe(10);
    expect(edit(wachtendKey('GM0153', 'modulairWijk'))!.value).toBe(31);
    const total = r.edits.filter((e) => e.key.startsWith('inZorg.')).reduce((s, e) => s + e.value, 0);
    expect(total).toBe(300);
    expect(r.edits.every((e) => Number.isInteger(e.value) && e.value >= 0)).toBe(true);
    expect(r.notes).toEqual([
      'In zorg: aantallen voor alle vormen samen zijn over de vormen verdeeld naar rato van de huidige stand in het scenario.',
      'In zorg: aantallen voor alle modulaire vormen samen zijn over de modulaire vormen verdeeld naar rato van de huidige stand in het scenario.',
      'In zorg: regionale aantallen zijn verdeeld over de gemeenten zonder eigen aantal (Hengelo), naar rato van de huidige stand in het scenario.',
      'Wachtend: regionale aantallen zijn verdeeld over de gemeenten zonder eigen aantal (Enschede), naar rato van de huidige stand in het scenario.',
      'De projectie begint in juli 2026, met de stand van eind juni 2026 als beginstand.',
    ]);
  });

  it('nothing to start from: a clear reason', () => {
    expect(startFromLatest([], {}, 'x.csv')).toEqual({ ok: false, reason: 'Er is geen stand "in zorg" of "wachtend" in de waarnemingen: er is geen meting om vanaf te starten.' });
    expect(startFromLatest([obs('2026-01', '2026-06', 'uitval', 3)], {}, 'x.csv').ok).toBe(false);
  });

  it('a count for a form nobody is in now is split equally, and said', () => {
    const r = startFromLatest([obs('2026-01', '2026-06', 'wachtend', 8, 'modulair', 'GM0147')], {}, 'x.csv');
    if (!r.ok) throw new Error(r.reason);
    expect(r.edits.map((e) => [e.key, e.value])).toEqual([
      [wachtendKey('GM0147', 'modulairGeclusterd'), 3],
      [wachtendKey('GM0147', 'modulairNabijheid'), 3],
      [wachtendKey('GM0147', 'modulairWijk'), 2],
    ]);
    expect(r.notes.join(' ')).toMatch(/gelijk verdeeld/);
    expect(r.notes.join(' ')).toMatch(/In zorg is niet gemeten eind juni 2026: de huidige stand blijft/);
    expect(startAfter({ from: '2026-07', to: '2026-12' })).toEqual({ year: 2027, firstMonth: 0, month: '2027-01', label: 'januari 2027' });
  });
});
