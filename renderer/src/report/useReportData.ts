/** What the report and the slides show: the comparison, the reference scenario's tables, and its fair-share map. */
import { useEffect, useState } from 'react';
import type { CompareView, FairShareView, McResult } from '../../../shared/contract';
import type { ExportBundle } from '../../../shared/tables';
import { call, errorMessage } from '../api/client';

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
    // The fair-share map is of the year the comparison is about (the reference's reporting year).
    const compared = call('compare.run', { scenarioIds: ids, referenceId: ref });
    Promise.all([
      compared,
      call('export.tables', { scenarioId: ref }),
      compared.then((view) => call('fairShare.view', { scenarioId: ref, key: 'inwoners', variant: 'alle', year: view.reportingYear })),
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
