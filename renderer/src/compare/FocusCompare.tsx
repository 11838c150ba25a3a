/**
 * Vergelijken for "Mijn gemeente": per compared scenario the gemeente's figures in the comparison year beside the
 * region's, from each scenario's own projection (projection.capacity; the comparison itself is for the region).
 */
import { useEffect, useState } from 'react';
import type { CapacityProjection, CompareView } from '../../../shared/contract';
import { call, errorMessage } from '../api/client';
import { ErrorText } from '../common/Feedback';
import { useGemeenteFocus } from '../focus/focusContext';
import { formatFocusValue, type FocusUnit } from '../focus/FocusFigures';
import type { Metrics } from '../../../models/capacity/types';
import { ScenarioHeadRow } from './CompareTables';
import { TableScroll } from '../common/TableScroll';

const ROWS: { id: keyof Metrics; label: string; unit: FocusUnit }[] = [
  { id: 'waitingList', label: 'Wachtlijst eind van het jaar (herkomst)', unit: 'mensen' },
  { id: 'inCare', label: 'In zorg eind van het jaar (herkomst)', unit: 'mensen' },
  { id: 'places', label: 'Wmo-plekken in de gemeente', unit: 'plekken' },
  { id: 'expectedWaitMonths', label: 'Wachttijd bij aanmelding eind van het jaar', unit: 'maanden' },
  { id: 'placesNeeded', label: 'Extra plekken nodig (deel van de gemeente)', unit: 'plekken' },
];

export function FocusCompare({ view, version }: { view: CompareView; version: unknown }) {
  const { code, naam } = useGemeenteFocus();
  const [projections, setProjections] = useState<CapacityProjection[]>();
  const [error, setError] = useState<string>();
  const ids = view.scenarios.map((s) => s.id).join(',');
  useEffect(() => {
    if (!code) return;
    let current = true;
    Promise.all(ids.split(',').map((id) => call('projection.capacity', { scenarioId: Number(id) }))).then(
      (p) => {
        if (!current) return;
        setProjections(p);
        setError(undefined);
      },
      (e) => current && setError(errorMessage(e)),
    );
    return () => {
      current = false;
    };
  }, [code, ids, version]);
  if (!code || !naam) return null;
  const year = view.reportingYear;
  return (
    <section className="focus-figures" aria-labelledby="focus-compare-title" data-testid="focus-compare">
      <h2 id="focus-compare-title">
        {naam} per scenario, eind {year}
      </h2>
      <p className="focus-sentence">Per scenario het cijfer van {naam}, met dat van de regio eronder. De overige kerncijfers en de grafieken op dit tabblad zijn voor de regio.</p>
      <ErrorText text={error} />
      {projections && projections.length === view.scenarios.length && (
        <TableScroll label={`${naam} per scenario`}>
          <table>
            <thead>
              <ScenarioHeadRow first="Kerncijfer" scenarios={view.scenarios} />
            </thead>
            <tbody>
              {ROWS.map((row) => (
                <tr key={row.id} data-testid={`focus-compare-${row.id}`}>
                  <th scope="row">{row.label}</th>
                  {projections.map((p, i) => {
                    const y = p.result.years.find((x) => x.year === year);
                    if (!y) return <td key={view.scenarios[i].id}>buiten de horizon van dit scenario</td>;
                    return (
                      <td key={view.scenarios[i].id} data-col="gemeente">
                        <strong>{formatFocusValue(y.byGemeente[code][row.id] as number | null, row.unit)}</strong>
                        <div className="focus-note-small">regio: {formatFocusValue(y[row.id] as number | null, row.unit)}</div>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
