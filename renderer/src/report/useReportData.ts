/** What the report and the slides show: the comparison, and per scenario its assumptions, locations, fair-share map and last change. */
import { useEffect, useState } from 'react';
import { WACHTTIJD_NORM } from '../../../shared/assumptions';
import type { ChangeEntry, CompareView, FairShareView, McResult, ScenarioData } from '../../../shared/contract';
import { call, errorMessage } from '../api/client';
import { changePhrase } from './scenarioDiff';

export interface ScenarioPart {
  data: ScenarioData;
  /** The fair share of all places against the key inwoners, at the end of the comparison's year. */
  fairShare: FairShareView;
  /** The newest entry of the scenario's history, if any. */
  lastChange?: ChangeEntry;
  /** How it differs from the reference, as the start of a sentence ("Met 24 extra plekken in Haaksbergen"); null for the reference. */
  change: string | null;
}

export interface ReportData {
  view: CompareView;
  /** In the order of view.scenarios. */
  scenarios: ScenarioPart[];
  /** When the figures were computed (ISO). */
  generatedAt: string;
  /** The reference scenario's waiting-time norm (months), for the norm line. */
  waitingNormMonths: number | null;
  /** The reference scenario's Monte Carlo result of this session, when it is still up to date. */
  uncertainty?: McResult;
}

export function useReportData(scenarioIds: number[], referenceId: number, version: unknown) {
  // Kept with the choice it belongs to: while another choice loads there is no data, so nothing stale is shown or printed.
  const [loaded, setLoaded] = useState<{ key: string; data: ReportData }>();
  const [error, setError] = useState<string>();
  const key = JSON.stringify({ scenarioIds, referenceId });
  useEffect(() => {
    let current = true;
    const { scenarioIds: ids, referenceId: ref } = JSON.parse(key) as { scenarioIds: number[]; referenceId: number };
    const load = async (): Promise<ReportData> => {
      const view = await call('compare.run', { scenarioIds: ids, referenceId: ref });
      // The fair-share maps are of the year the comparison is about (the reference's reporting year).
      const parts = await Promise.all(
        view.scenarios.map(async (s) => {
          const [data, fairShare, history] = await Promise.all([
            call('scenario.data', { scenarioId: s.id }),
            call('fairShare.view', { scenarioId: s.id, key: 'inwoners', variant: 'alle', year: view.reportingYear }),
            call('history.list', { scenarioId: s.id }),
          ]);
          return { data, fairShare, lastChange: history[0] };
        }),
      );
      const refIndex = Math.max(0, view.scenarios.findIndex((s) => s.id === view.referenceId));
      const scenarios = parts.map((p, i) => ({ ...p, change: i === refIndex ? null : changePhrase(parts[refIndex].data, p.data) }));
      return {
        view,
        scenarios,
        generatedAt: new Date().toISOString(),
        waitingNormMonths: parts[refIndex].data.assumptions[WACHTTIJD_NORM]?.value ?? null,
      };
    };
    load().then(
      (d) => current && (setLoaded({ key, data: d }), setError(undefined)),
      (e) => current && setError(errorMessage(e)),
    );
    return () => {
      current = false;
    };
  }, [key, version]);
  return { data: loaded?.key === key ? loaded.data : undefined, error };
}
