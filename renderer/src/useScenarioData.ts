/** Loads the scenario list, and for the selected scenario its data (assumptions, locations, events) and projection. */
import { useCallback, useEffect, useState } from 'react';
import type { AppInfo, CapacityProjection, ScenarioData, ScenarioSummary } from '../../shared/contract';
import { call, errorMessage } from './api/client';

interface Selected {
  id: number;
  data: ScenarioData;
  projection: CapacityProjection;
  scenarios: ScenarioSummary[];
}

async function fetchSelected(id: number): Promise<Selected> {
  const [data, projection, scenarios] = await Promise.all([
    call('scenario.data', { scenarioId: id }),
    call('projection.capacity', { scenarioId: id }),
    call('scenario.list', {}),
  ]);
  return { id, data, projection, scenarios };
}

export function useScenarioData() {
  const [info, setInfo] = useState<AppInfo>();
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([]);
  const [selectedId, setSelectedId] = useState<number>();
  const [loaded, setLoaded] = useState<Selected>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const apply = useCallback((s: Selected) => {
    setLoaded(s);
    setScenarios(s.scenarios);
    setError(undefined);
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

  /** Re-reads the selected scenario after a change; resolves when the new result is on screen. */
  const reload = useCallback(async () => {
    if (selectedId === undefined) return;
    setBusy(true);
    try {
      apply(await fetchSelected(selectedId));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
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
      (s) => current && apply(s),
      (e) => current && setError(errorMessage(e)),
    );
    return () => {
      current = false;
    };
  }, [selectedId, apply]);

  const fresh = loaded && loaded.id === selectedId ? loaded : undefined;
  return { info, scenarios, selectedId, setSelectedId, data: fresh?.data, projection: fresh?.projection, busy, error, loadList, reload };
}
