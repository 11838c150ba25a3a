/** "Vergelijken": two to four scenarios side by side, differences first, overlaid charts and the assumptions that differ. */
import type { ScenarioSummary } from '../../../shared/contract';
import { useQuery } from '../api/useQuery';
import { IndicatorTable } from './CompareTables';
import { ComparabilityWarnings, Differences } from './Differences';
import { OverlayCharts } from './Overlay';
import { ScenarioChooser, useScenarioChoice } from './ScenarioChooser';
import { ErrorText } from '../common/Feedback';
import { formatDate } from '../common/formatDate';
import { TableScroll } from '../common/TableScroll';
import { FocusCompare } from './FocusCompare';

interface Props {
  scenarios: ScenarioSummary[];
  selectedId: number;
  /** Changes whenever data changed, so the comparison reloads. */
  version: unknown;
}

export function CompareView({ scenarios, selectedId, version }: Props) {
  const { ids, ref, setChosen, setReferenceId } = useScenarioChoice(scenarios, selectedId);

  const { data: view, error } = useQuery('compare.run', ids.length >= 2 ? { scenarioIds: ids, referenceId: ref } : null, version);

  const refIndex = view ? view.scenarios.findIndex((s) => s.id === view.referenceId) : 0;
  const refName = view?.scenarios[refIndex]?.name ?? '';

  return (
    <div className="compare">
      <ScenarioChooser scenarios={scenarios} chosen={ids} referenceId={ref} onChosen={setChosen} onReference={setReferenceId} legend="Welke scenario’s vergelijken (twee tot vier)? Kies ook de referentie." />
      {ids.length < 2 && <p className="notice">Kies minstens twee scenario’s.</p>}
      <ErrorText text={error} />
      {view && ids.length >= 2 && (
        <>
          <ComparabilityWarnings view={view} testIds />
          <section aria-labelledby="ind-title">
            <h2 id="ind-title">Kerncijfers, met het verschil ten opzichte van {refName}</h2>
            <TableScroll label="Kerncijfers">
              <IndicatorTable view={view} className="compare-table" testId="compare-table" />
            </TableScroll>
            <p className="help small">
              Modelversie {view.modelVersion}. Laatste wijziging:{' '}
              {view.scenarios.map((s) => `${s.name} ${formatDate(s.updatedAt, 'dateTime')}`).join(' · ')}.
            </p>
          </section>
          <FocusCompare view={view} version={version} />
          <OverlayCharts view={view} />
          <section aria-labelledby="diff-title">
            <h2 id="diff-title">Wat is er anders?</h2>
            <Differences view={view} tableClass="compare-table" testIds warnings={false} />
          </section>
        </>
      )}
    </div>
  );
}
