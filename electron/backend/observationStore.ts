/**
 * Monitoring figures in their own tables: one set per imported file (name, source, time), its observations, and
 * removal as a mark (the set stays in the history with the time it was removed; its figures are no longer used).
 */
import type { GemeenteCode } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { TargetGroup } from '../../shared/locations';
import type { MeasureId, Observation, ObservationSetSummary, ObservedForm } from '../../shared/observations';
import type { Db } from './db';

interface SetRow {
  id: number;
  file_name: string;
  source: string;
  imported_at: string;
  removed_at: string | null;
}

interface ObsRow {
  set_id: number;
  period_from: string;
  period_to: string;
  gemeente: string | null;
  form: string;
  target_group: string | null;
  measure: string;
  value: number;
}

const toObservation = (r: ObsRow): Observation => ({
  period: { from: r.period_from, to: r.period_to },
  gemeente: r.gemeente as GemeenteCode | null,
  form: r.form as ObservedForm,
  targetGroup: r.target_group as TargetGroup | null,
  measure: r.measure as MeasureId,
  value: r.value,
});

export type ObservationStore = ReturnType<typeof createObservationStore>;

export function createObservationStore(db: Db, now: () => Date) {
  const q = {
    sets: db.prepare(
      'SELECT s.*, COUNT(o.set_id) AS count, MIN(o.period_from) AS "from", MAX(o.period_to) AS "to" FROM observation_set s LEFT JOIN observation o ON o.set_id = s.id GROUP BY s.id ORDER BY s.id DESC',
    ),
    set: db.prepare('SELECT * FROM observation_set WHERE id = ?'),
    insertSet: db.prepare('INSERT INTO observation_set (file_name, source, imported_at) VALUES (?, ?, ?)'),
    insert: db.prepare('INSERT INTO observation (set_id, period_from, period_to, gemeente, form, target_group, measure, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    remove: db.prepare('UPDATE observation_set SET removed_at = ? WHERE id = ? AND removed_at IS NULL'),
    restore: db.prepare('UPDATE observation_set SET removed_at = NULL WHERE id = ?'),
    active: db.prepare('SELECT o.* FROM observation o JOIN observation_set s ON s.id = o.set_id WHERE s.removed_at IS NULL ORDER BY o.set_id, o.rowid'),
  };
  const require = (id: number): SetRow => {
    const row = q.set.get(id) as SetRow | undefined;
    if (!row) throw new AppError('NIET_GEVONDEN', `Import ${id} bestaat niet (meer).`);
    return row;
  };
  const api = {
    list(): ObservationSetSummary[] {
      return (q.sets.all() as (SetRow & { count: number; from: string | null; to: string | null })[]).map((r) => ({
        id: r.id,
        fileName: r.file_name,
        source: r.source,
        importedAt: r.imported_at,
        removedAt: r.removed_at,
        count: r.count,
        from: r.from ?? '',
        to: r.to ?? '',
      }));
    },
    /** All or nothing: the set and every observation in one transaction. */
    add(fileName: string, source: string, observations: Observation[]): ObservationSetSummary {
      const id = db.transaction(() => {
        const setId = Number(q.insertSet.run(fileName, source, now().toISOString()).lastInsertRowid);
        for (const o of observations) q.insert.run(setId, o.period.from, o.period.to, o.gemeente, o.form, o.targetGroup, o.measure, o.value);
        return setId;
      })();
      return api.list().find((s) => s.id === id)!;
    },
    remove(id: number): ObservationSetSummary {
      require(id);
      q.remove.run(now().toISOString(), id);
      return api.list().find((s) => s.id === id)!;
    },
    restore(id: number): ObservationSetSummary {
      require(id);
      q.restore.run(id);
      return api.list().find((s) => s.id === id)!;
    },
    /** The observations in use: every set not removed; a later import of the same cell replaces an earlier one. */
    active(): Observation[] {
      const byCell = new Map<string, Observation>();
      for (const r of q.active.all() as ObsRow[]) {
        const o = toObservation(r);
        byCell.set(`${r.period_from}|${r.period_to}|${r.gemeente}|${r.form}|${r.target_group}|${r.measure}`, o);
      }
      return [...byCell.values()];
    },
  };
  return api;
}
