/** Ranges on assumptions for the uncertainty analysis: one per assumption per scenario, each change in the history. */
import { assumptionDef } from '../../shared/assumptions';
import { AppError } from '../../shared/errors';
import { checkRange, type AssumptionRange, type RangeKind, type RangeMap } from '../../shared/ranges';
import type { ChangeLog } from './changeLog';
import type { Db } from './db';
import type { scenarioRows } from './scenarioRows';

interface Row {
  key: string;
  kind: RangeKind;
  low: number;
  high: number;
  source: string;
}

export type RangeStore = ReturnType<typeof createRangeStore>;

export function createRangeStore(db: Db, rows: ReturnType<typeof scenarioRows>, history: ChangeLog) {
  const q = {
    list: db.prepare('SELECT key, kind, low, high, source FROM assumption_range WHERE scenario_id = ? ORDER BY key'),
    put: db.prepare(
      'INSERT INTO assumption_range (scenario_id, key, kind, low, high, source) VALUES (?, ?, ?, ?, ?, ?) ' +
        'ON CONFLICT (scenario_id, key) DO UPDATE SET kind = excluded.kind, low = excluded.low, high = excluded.high, source = excluded.source',
    ),
    delete: db.prepare('DELETE FROM assumption_range WHERE scenario_id = ? AND key = ?'),
    copy: db.prepare('INSERT INTO assumption_range (scenario_id, key, kind, low, high, source) SELECT ?, key, kind, low, high, source FROM assumption_range WHERE scenario_id = ?'),
  };
  const api = {
    list(scenarioId: number): RangeMap {
      return Object.fromEntries((q.list.all(scenarioId) as Row[]).map(({ key, ...r }) => [key, r]));
    },
    /** Stores without history or checks: for new, copied and imported scenarios (checked by the caller). */
    insert(scenarioId: number, key: string, r: AssumptionRange): void {
      q.put.run(scenarioId, key, r.kind, r.low, r.high, r.source);
    },
    copyAll(fromId: number, toId: number): void {
      q.copy.run(toId, fromId);
    },
    /** A range, or null to remove it; `current` is the assumption as stored now. Returns the history entry id. */
    set(scenarioId: number, key: string, range: AssumptionRange | null, current: { value: number; formula: string | null }, reason = ''): number | null {
      return db.transaction(() => {
        rows.requireEditable(scenarioId);
        const def = assumptionDef(key);
        if (!def) throw new AppError('ONGELDIGE_INVOER', `Onbekende aanname "${key}".`);
        if (range) {
          const problem = checkRange(def, range, current.value, current.formula !== null);
          if (problem) throw new AppError('ONGELDIGE_INVOER', problem);
        }
        const old = api.list(scenarioId)[key] ?? null;
        if (JSON.stringify(old) === JSON.stringify(range)) return null;
        if (range) api.insert(scenarioId, key, range);
        else q.delete.run(scenarioId, key);
        rows.touch(scenarioId);
        return history.record(scenarioId, 'bereik', key, `Bereik: ${def.label}`, old, range, reason);
      })();
    },
  };
  return api;
}
