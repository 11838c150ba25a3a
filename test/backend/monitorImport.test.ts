/** Monitoring figures in: preview with per-row errors, all-or-nothing import, removal kept in the history. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import type { ObservationPreview } from '../../shared/contract';
import { parseCsv } from '../../shared/keyImport';
import type { ObservationSetSummary } from '../../shared/observations';
import { contractCalls } from './contractCalls';
import { FIXED_NOW, tempDb } from './tempFiles';

let backend: Backend;
const { ok, fails } = contractCalls(() => backend);
beforeEach(() => {
  backend = openBackend(tempDb('monitor'), 'test', FIXED_NOW);
});
afterEach(() => backend.close());

// Fictief: made-up figures.
const clean = parseCsv(`Periode;Gemeente;Vorm;In zorg;Wachtend;Nieuwe indicaties
2026-H1;Enschede;All-inclusive;120;40;18
2026-H1;Borne;;30;5;
`);
const damaged = parseCsv(`Periode;Gemeente;In zorg
2026-H1;Borne;30
2026-H9;Borne;31
`);

describe('monitor import', () => {
  it('previews, imports all rows, lists the set with its period and count', () => {
    const p = ok<ObservationPreview>('monitor.preview', { rows: clean });
    expect(p.clean).toBe(true);
    const set = ok<ObservationSetSummary>('monitor.import', { fileName: 'monitor-2026-h1.csv', source: 'Cimot BW (fictief)', rows: clean });
    expect(set).toMatchObject({ fileName: 'monitor-2026-h1.csv', source: 'Cimot BW (fictief)', count: 5, from: '2026-01', to: '2026-06', removedAt: null });
    expect(ok<ObservationSetSummary[]>('monitor.sets', {})).toHaveLength(1);
  });

  it('a damaged file stores nothing and names the row', () => {
    const p = ok<ObservationPreview>('monitor.preview', { rows: damaged });
    expect(p.clean).toBe(false);
    expect(p.import.rows[1].errors[0]).toMatch(/Periode "2026-H9" wordt niet herkend/);
    expect(fails('monitor.import', { fileName: 'kapot.csv', source: '', rows: damaged }).message).toMatch(/niets opgeslagen/);
    expect(ok<ObservationSetSummary[]>('monitor.sets', {})).toEqual([]);
  });

  it('removal keeps the set in the history, marked, and can be undone', () => {
    const set = ok<ObservationSetSummary>('monitor.import', { fileName: 'a.csv', source: '', rows: clean });
    expect(set.source).toBe('Monitoringcijfers uit "a.csv"');
    const removed = ok<ObservationSetSummary>('monitor.remove', { id: set.id });
    expect(removed.removedAt).not.toBeNull();
    expect(ok<ObservationSetSummary[]>('monitor.sets', {})[0].removedAt).not.toBeNull();
    expect(ok<ObservationSetSummary>('monitor.restore', { id: set.id }).removedAt).toBeNull();
    expect(fails('monitor.remove', { id: 999 }).message).toMatch(/bestaat niet/);
  });

  it('refuses hostile input with a Dutch message', () => {
    expect(fails('monitor.import', { fileName: 'a\u0000.csv', source: '', rows: clean }).message).toMatch(/bestandsnaam/);
    expect(fails('monitor.preview', { rows: Array.from({ length: 5001 }, () => ['x']) }).message).toMatch(/5\.000 regels/);
    expect(fails('monitor.preview', { rows: 'x' }).message).toMatch(/regels van het bestand/);
  });
});
