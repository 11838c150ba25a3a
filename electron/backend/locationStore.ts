/** Locations and one-off Wlz events of a scenario. */
import { GEMEENTE_CODES, VARIANT_IDS } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { monthIndex, type Location, type WlzEvent } from '../../shared/locations';
import type { ChangeLog } from './changeLog';
import type { Db } from './db';
import type { scenarioRows } from './scenarioRows';

interface LocationRow {
  id: number;
  name: string;
  gemeente: Location['gemeente'];
  variant: Location['variant'];
  places: number;
  opening: string;
  closing: string | null;
  financing: Location['financing'];
  target_group: Location['targetGroup'];
  source: string;
  is_aanname: number;
}
interface EventRow {
  id: number;
  year: number;
  clients: number;
  variant: WlzEvent['variant'];
  source: string;
}

const toLocation = (r: LocationRow): Location => ({
  id: r.id,
  name: r.name,
  gemeente: r.gemeente,
  variant: r.variant,
  places: r.places,
  opening: r.opening,
  closing: r.closing,
  financing: r.financing,
  targetGroup: r.target_group,
  source: r.source,
  isAanname: r.is_aanname === 1,
});
const toEvent = (r: EventRow): WlzEvent => ({ id: r.id, year: r.year, clients: r.clients, variant: r.variant, source: r.source });

export function createLocationStore(db: Db, rows: ReturnType<typeof scenarioRows>, history: ChangeLog) {
  const q = {
    list: db.prepare('SELECT * FROM location WHERE scenario_id = ? ORDER BY id'),
    get: db.prepare('SELECT * FROM location WHERE scenario_id = ? AND id = ?'),
    insert: db.prepare(
      'INSERT INTO location (scenario_id, name, gemeente, variant, places, opening, closing, financing, target_group, source, is_aanname) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    update: db.prepare(
      'UPDATE location SET name = ?, gemeente = ?, variant = ?, places = ?, opening = ?, closing = ?, financing = ?, target_group = ?, source = ?, is_aanname = ? WHERE scenario_id = ? AND id = ?',
    ),
    delete: db.prepare('DELETE FROM location WHERE scenario_id = ? AND id = ?'),
    copy: db.prepare(
      'INSERT INTO location (scenario_id, name, gemeente, variant, places, opening, closing, financing, target_group, source, is_aanname) SELECT ?, name, gemeente, variant, places, opening, closing, financing, target_group, source, is_aanname FROM location WHERE scenario_id = ? ORDER BY id',
    ),
    events: db.prepare('SELECT * FROM wlz_event WHERE scenario_id = ? ORDER BY year, id'),
    getEvent: db.prepare('SELECT * FROM wlz_event WHERE scenario_id = ? AND id = ?'),
    insertEvent: db.prepare('INSERT INTO wlz_event (scenario_id, year, clients, variant, source) VALUES (?, ?, ?, ?, ?)'),
    updateEvent: db.prepare('UPDATE wlz_event SET year = ?, clients = ?, variant = ?, source = ? WHERE scenario_id = ? AND id = ?'),
    deleteEvent: db.prepare('DELETE FROM wlz_event WHERE scenario_id = ? AND id = ?'),
    copyEvents: db.prepare('INSERT INTO wlz_event (scenario_id, year, clients, variant, source) SELECT ?, year, clients, variant, source FROM wlz_event WHERE scenario_id = ? ORDER BY id'),
  };

  const params = (l: Omit<Location, 'id'>) =>
    [l.name, l.gemeente, l.variant, l.places, l.opening, l.closing, l.financing, l.targetGroup, l.source, l.isAanname ? 1 : 0] as const;

  function check(l: Omit<Location, 'id'>): void {
    if (l.closing && monthIndex(l.closing, 2000) <= monthIndex(l.opening, 2000)) {
      throw new AppError('ONGELDIGE_INVOER', `Locatie "${l.name}": de sluitingsdatum moet na de openingsdatum liggen.`);
    }
  }

  const getLocation = (scenarioId: number, id: number) => {
    const r = q.get.get(scenarioId, id) as LocationRow | undefined;
    return r && toLocation(r);
  };
  const getEvent = (scenarioId: number, id: number) => {
    const r = q.getEvent.get(scenarioId, id) as EventRow | undefined;
    return r && toEvent(r);
  };

  const api = {
    /** Gemeenten in their fixed (alphabetical) order, then variant, then opening. */
    list(scenarioId: number): Location[] {
      return (q.list.all(scenarioId) as LocationRow[])
        .map(toLocation)
        .sort(
          (a, b) =>
            GEMEENTE_CODES.indexOf(a.gemeente) - GEMEENTE_CODES.indexOf(b.gemeente) ||
            VARIANT_IDS.indexOf(a.variant) - VARIANT_IDS.indexOf(b.variant) ||
            a.opening.localeCompare(b.opening) ||
            a.id - b.id,
        );
    },
    /** Without checks: for seeding and copying inside an existing transaction. */
    insert(scenarioId: number, l: Omit<Location, 'id'>): number {
      return Number(q.insert.run(scenarioId, ...params(l)).lastInsertRowid);
    },
    /** Without checks: for importing inside an existing transaction. */
    insertEvent(scenarioId: number, e: Omit<WlzEvent, 'id'>): number {
      return Number(q.insertEvent.run(scenarioId, e.year, e.clients, e.variant, e.source).lastInsertRowid);
    },
    copyAll(fromId: number, toId: number): void {
      q.copy.run(toId, fromId);
      q.copyEvents.run(toId, fromId);
    },
    save(scenarioId: number, l: Omit<Location, 'id'> & { id?: number }, reason = ''): Location {
      return db.transaction(() => {
        rows.requireEditable(scenarioId);
        check(l);
        let id = l.id;
        const old = id === undefined ? null : getLocation(scenarioId, id);
        if (id === undefined) id = Number(q.insert.run(scenarioId, ...params(l)).lastInsertRowid);
        else if (q.update.run(...params(l), scenarioId, id).changes === 0) throw new AppError('NIET_GEVONDEN', `Locatie ${id} bestaat niet (meer) in dit scenario.`);
        rows.touch(scenarioId);
        const saved = getLocation(scenarioId, id)!;
        if (JSON.stringify(old) !== JSON.stringify(saved)) history.record(scenarioId, 'locatie', String(id), `Locatie "${saved.name}"`, old ?? null, saved, reason);
        return saved;
      })();
    },
    /** Puts a location back as it was (null: it did not exist yet, so it is removed). */
    restore(scenarioId: number, id: number, old: Location | null, reason: string): void {
      const current = getLocation(scenarioId, id);
      if (old === null) {
        if (current) api.delete(scenarioId, id, reason);
      } else {
        const { id: _oldId, ...rest } = old;
        void _oldId;
        api.save(scenarioId, current ? { ...rest, id } : rest, reason);
      }
    },
    /** Several new locations in one transaction: all or none. */
    saveMany(scenarioId: number, list: Omit<Location, 'id'>[], reason = ''): Location[] {
      return db.transaction(() => list.map((l) => api.save(scenarioId, l, reason)))();
    },
    delete(scenarioId: number, id: number, reason = ''): void {
      db.transaction(() => {
        rows.requireEditable(scenarioId);
        const old = getLocation(scenarioId, id);
        if (!old || q.delete.run(scenarioId, id).changes === 0) throw new AppError('NIET_GEVONDEN', `Locatie ${id} bestaat niet (meer) in dit scenario.`);
        rows.touch(scenarioId);
        history.record(scenarioId, 'locatie', String(id), `Locatie "${old.name}"`, old, null, reason);
      })();
    },
    events(scenarioId: number): WlzEvent[] {
      return (q.events.all(scenarioId) as EventRow[]).map(toEvent);
    },
    saveEvent(scenarioId: number, e: Omit<WlzEvent, 'id'> & { id?: number }, reason = ''): WlzEvent {
      return db.transaction(() => {
        rows.requireEditable(scenarioId);
        let id = e.id;
        const old = id === undefined ? null : getEvent(scenarioId, id);
        if (id === undefined) id = Number(q.insertEvent.run(scenarioId, e.year, e.clients, e.variant, e.source).lastInsertRowid);
        else if (q.updateEvent.run(e.year, e.clients, e.variant, e.source, scenarioId, id).changes === 0) {
          throw new AppError('NIET_GEVONDEN', `Wlz-gebeurtenis ${id} bestaat niet (meer) in dit scenario.`);
        }
        rows.touch(scenarioId);
        const saved = getEvent(scenarioId, id)!;
        if (JSON.stringify(old) !== JSON.stringify(saved)) history.record(scenarioId, 'wlz', String(id), `Eenmalige Wlz-overgang ${saved.year}`, old ?? null, saved, reason);
        return saved;
      })();
    },
    restoreEvent(scenarioId: number, id: number, old: WlzEvent | null, reason: string): void {
      const current = getEvent(scenarioId, id);
      if (old === null) {
        if (current) api.deleteEvent(scenarioId, id, reason);
      } else {
        const { id: _oldId, ...rest } = old;
        void _oldId;
        api.saveEvent(scenarioId, current ? { ...rest, id } : rest, reason);
      }
    },
    deleteEvent(scenarioId: number, id: number, reason = ''): void {
      db.transaction(() => {
        rows.requireEditable(scenarioId);
        const old = getEvent(scenarioId, id);
        if (!old || q.deleteEvent.run(scenarioId, id).changes === 0) throw new AppError('NIET_GEVONDEN', `Wlz-gebeurtenis ${id} bestaat niet (meer) in dit scenario.`);
        rows.touch(scenarioId);
        history.record(scenarioId, 'wlz', String(id), `Eenmalige Wlz-overgang ${old.year}`, old, null, reason);
      })();
    },
  };
  return api;
}
