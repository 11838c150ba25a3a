/** What the report and the slides show: the comparison, the reference scenario's tables, and its fair-share map. */
import { useEffect, useState } from 'react';
import type { CompareView, FairShareView, McResult } from '../../../shared/contract';
import type { ExportBundle } from '../../../shared/tables';
import { call, errorMessage } from '../api/client';

export const REPORT_YEAR = 2030;

export interface ReportData {
  view: CompareView;
  reference: ExportBundle;
  fairShare: FairShareView;
  /** The reference scenario's Monte Carlo result of this session, when it is still up to date. */
  uncertainty?: McResult;
}

export function useReportData(scenarioIds: number[], referenceId: number, version: unknown) {
  const [data, setData] = useState<ReportData>();
  const [error, setError] = useState<string>();
  const key = JSON.stringify({ scenarioIds, referenceId });
  useEffect(() => {
    let current = true;
    const { scenarioIds: ids, referenceId: ref } = JSON.parse(key) as { scenarioIds: number[]; referenceId: number };
    Promise.all([
      call('compare.run', { scenarioIds: ids, referenceId: ref }),
      call('export.tables', { scenarioId: ref }),
      call('fairShare.view', { scenarioId: ref, key: 'inwoners', variant: 'alle', year: REPORT_YEAR }),
    ]).then(
      ([view, reference, fairShare]) => current && (setData({ view, reference, fairShare }), setError(undefined)),
      (e) => current && setError(errorMessage(e)),
    );
    return () => {
      current = false;
    };
  }, [key, version]);
  return { data, error };
}
