/**
 * Loads the scenario list, and for the selected scenario its data (assumptions, locations, events) and projection.
 * The projection comes in two steps: first without the places needed (a search over many projections, ≈ 20 ms and
 * more) and the months, so the effect preview beside the grid is redrawn at once (`preview`); then the complete
 * projection (`projection`, for Capaciteit and Eerlijke verdeling), while `busy` says it is being worked out.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppInfo, CapacityProjection, ScenarioData, ScenarioSummary } from '../../shared/contract';
import { call, errorMessage } from './api/client';

interface Selected {
  id: number;
  data: ScenarioData;
  /** Without the places needed and the months (what the effect preview shows). */
  preview: CapacityProjection;
  scenarios: ScenarioSummary[];
}

async function fetchSelected(id: number): Promise<Selected> {
  const [data, preview, scenarios] = await Promise.all([
    call('scenario.data', { scenarioId: id }),
    call('projection.capacity', { scenarioId: id, placesNeeded: false, months: false }),
    call('scenario.list', {}),
  ]);
  return { id, data, preview, scenarios };
}

export function useScenarioData() {
  const [info, setInfo] = useState<AppInfo>();
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([]);
  const [selectedId, setSelectedId] = useState<number>();
  const [loaded, setLoaded] = useState<Selected>();
  const [complete, setComplete] = useState<{ id: number; projection: CapacityProjection }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  /** Counts loads: a complete projection is shown only if no newer load began after it was asked for. */
  const loads = useRef(0);

  /** Shows the quick result, then asks for the complete projection; resolves when that is on screen too. */
  const apply = useCallback(async (s: Selected) => {
    const load = ++loads.current;
    setLoaded(s);
    setScenarios(s.scenarios);
    setError(undefined);
    setBusy(true);
    try {
      const projection = await call('projection.capacity', { scenarioId: s.id });
      if (load === loads.current) setComplete({ id: s.id, projection });
    } catch (e) {
      if (load === loads.current) setError(errorMessage(e));
    } finally {
      if (load === loads.current) setBusy(false);
    }
  }, []);

  const loadList = useCallback(async (selectId?: number) => {
    try {
      const list = await call('scenario.list', {});
      setScenarios(list);
      setSelectedId((current) => {
        const wanted = selectId ?? current;
        return list.some((s) => s.id === wanted) ? wanted : list[0]?.id;
      });
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);

  /**
   * Re-reads the selected scenario after a change; the effect preview beside the grid shows the new result first,
   * and the promise resolves when the complete projection is on screen too.
   */
  const reload = useCallback(async () => {
    if (selectedId === undefined) return;
    setBusy(true);
    try {
      await apply(await fetchSelected(selectedId));
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }, [selectedId, apply]);

  useEffect(() => {
    call('app.info', {}).then(setInfo, (e) => setError(errorMessage(e)));
    call('scenario.list', {}).then(
      (list) => {
        setScenarios(list);
        setSelectedId(list[0]?.id);
      },
      (e) => setError(errorMessage(e)),
    );
  }, []);

  useEffect(() => {
    if (selectedId === undefined) return;
    let current = true;
    fetchSelected(selectedId).then(
      (s) => current && void apply(s),
      (e) => current && setError(errorMessage(e)),
    );
    return () => {
      current = false;
    };
  }, [selectedId, apply]);

  const fresh = loaded && loaded.id === selectedId ? loaded : undefined;
  // Until the complete projection of a newly selected scenario is there, views that show the places needed wait.
  const projection = complete && complete.id === selectedId ? complete.projection : undefined;
  return { info, scenarios, selectedId, setSelectedId, data: fresh?.data, projection, preview: fresh?.preview, busy, error, loadList, reload };
}
