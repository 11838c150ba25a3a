/** Loads the scenario list, and for the selected scenario its assumptions and projection. */
import { useCallback, useEffect, useState } from 'react';
import type { AssumptionMap } from '../../shared/assumptions';
import type { AppInfo, ScenarioSummary } from '../../shared/contract';
import type { DemandProjection } from '../../models/demand/projectDemand';
import { call, errorMessage } from './api/client';

interface Selected {
  id: number;
  assumptions: AssumptionMap;
  projection: DemandProjection;
  scenarios: ScenarioSummary[];
}

async function fetchSelected(id: number): Promise<Selected> {
  const [assumptions, projection, scenarios] = await Promise.all([
    call('assumptions.get', { scenarioId: id }),
    call('projection.demand', { scenarioId: id }),
    call('scenario.list', {}),
  ]);
  return { id, assumptions, projection, scenarios };
}

export function useScenarioData() {
  const [info, setInfo] = useState<AppInfo>();
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([]);
  const [selectedId, setSelectedId] = useState<number>();
  const [loaded, setLoaded] = useState<Selected>();
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
    try {
      apply(await fetchSelected(selectedId));
    } catch (e) {
      setError(errorMessage(e));
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
  return {
    info,
    scenarios,
    selectedId,
    setSelectedId,
    assumptions: fresh?.assumptions,
    projection: fresh?.projection,
    error,
    loadList,
    reload,
  };
}
