/** The change history of a scenario: every change with its time, old → new value and an optional reason. */
import type { ChangeEntry, ChangeKind } from '../../shared/contract';
import type { Db } from './db';

interface Row {
  id: number;
  at: string;
  kind: ChangeKind;
  target: string;
  label: string;
  old_value: string | null;
  new_value: string | null;
  reason: string;
}

const toEntry = (r: Row): ChangeEntry => ({
  id: r.id,
  at: r.at,
  kind: r.kind,
  target: r.target,
  label: r.label,
  oldValue: r.old_value === null ? null : JSON.parse(r.old_value),
  newValue: r.new_value === null ? null : JSON.parse(r.new_value),
  reason: r.reason,
});

export type ChangeLog = ReturnType<typeof createChangeLog>;

export function createChangeLog(db: Db, now: () => Date) {
  const q = {
    insert: db.prepare('INSERT INTO change_log (scenario_id, at, kind, target, label, old_value, new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    list: db.prepare('SELECT * FROM change_log WHERE scenario_id = ? ORDER BY id DESC'),
    get: db.prepare('SELECT * FROM change_log WHERE scenario_id = ? AND id = ?'),
    latest: db.prepare('SELECT * FROM change_log WHERE scenario_id = ? ORDER BY id DESC LIMIT 1'),
    reason: db.prepare('UPDATE change_log SET reason = ? WHERE scenario_id = ? AND id = ?'),
  };
  return {
    /** Records a change; call inside the transaction that makes it. Returns the entry id. */
    record(scenarioId: number, kind: ChangeKind, target: string, label: string, oldValue: unknown, newValue: unknown, reason = ''): number {
      const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
      return Number(q.insert.run(scenarioId, now().toISOString(), kind, target, label, json(oldValue), json(newValue), reason).lastInsertRowid);
    },
    list(scenarioId: number): ChangeEntry[] {
      return (q.list.all(scenarioId) as Row[]).map(toEntry);
    },
    get(scenarioId: number, id: number): ChangeEntry | undefined {
      const r = q.get.get(scenarioId, id) as Row | undefined;
      return r && toEntry(r);
    },
    latest(scenarioId: number): ChangeEntry | undefined {
      const r = q.latest.get(scenarioId) as Row | undefined;
      return r && toEntry(r);
    },
    setReason(scenarioId: number, id: number, reason: string): boolean {
      return q.reason.run(reason, scenarioId, id).changes > 0;
    },
  };
}
