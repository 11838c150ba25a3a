/**
 * "Monitor": the plan against what happened. Monitoring figures come in twice a year (import, history); the view
 * sets them beside a reference scenario (default: the adopted one), says where the region departs from the plan,
 * estimates the model's rates from the figures, backtests the model, and makes a new scenario from either.
 */
import { useMemo, useState } from 'react';
import type { AppInfo, McResult, ScenarioSummary } from '../../../shared/contract';
import { bandsFromMonteCarlo, type Bands } from '../../../models/monitor/bands';
import { useQuery } from '../api/useQuery';
import { Feedback, type Message } from '../common/Feedback';
import { BacktestPanel } from './BacktestPanel';
import { EstimatesTable } from './EstimatesTable';
import { ImportHistory } from './ImportHistory';
import { MonitorChart } from './MonitorChart';
import { NeedsAndGapsTable } from './NeedsAndGapsTable';
import { NewScenarioButtons } from './NewScenarioButtons';
import { ObservationImport } from './ObservationImport';
import { seriesChoices, seriesId, seriesLabel, seriesPoints } from './series';
import { MonitorReportButtons, MonitorReportOverlay } from './MonitorReportButtons';
import { useGemeenteFocus } from '../focus/focusContext';
import { FocusNote } from '../focus/FocusFigures';

interface Props {
  info: AppInfo | undefined;
  scenarios: ScenarioSummary[];
  selected: ScenarioSummary;
  /** Monte Carlo results per scenario (from Onzekerheid), for the band. */
  uncertainty: Record<number, McResult>;
  /** A scenario was made here: refresh the list. */
  onScenarioCreated(): Promise<void>;
  onOpenScenario(id: number): void;
}

/** The Monte Carlo bands of this scenario (from Onzekerheid), while the scenario is unchanged since the run. */
function bandsFor(mc: McResult | undefined, reference: ScenarioSummary): Bands | undefined {
  return mc && mc.scenarioUpdatedAt === reference.updatedAt ? bandsFromMonteCarlo(mc) : undefined;
}

export function MonitorView({ info, scenarios, selected, uncertainty, onScenarioCreated, onOpenScenario }: Props) {
  const adopted = scenarios.find((s) => s.status === 'vastgesteld');
  const [referenceId, setReferenceId] = useState<number>();
  const reference = scenarios.find((s) => s.id === referenceId) ?? adopted ?? selected;
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<Message | null>(null);
  const [created, setCreated] = useState<number>();
  const sets = useQuery('monitor.sets', {}, version);
  const bands = bandsFor(uncertainty[reference.id], reference);
  const view = useQuery('monitor.view', { scenarioId: reference.id, bands }, `${version}|${reference.updatedAt}`);
  const choices = useMemo(() => (view.data ? seriesChoices(view.data.deviations) : []), [view.data]);
  const [seriesKey, setSeriesKey] = useState<string>();
  const focus = useGemeenteFocus();
  // Until the user picks a series: the waiting list of "Mijn gemeente" when there are figures for it, else the region's.
  const series =
    choices.find((c) => seriesId(c) === seriesKey) ??
    (focus.code ? choices.find((c) => c.measure === 'wachtend' && c.gemeente === focus.code) : undefined) ??
    choices.find((c) => c.measure === 'wachtend') ??
    choices[0];
  const changed = async (text: string) => {
    setMessage({ kind: 'ok', text });
    setVersion((v) => v + 1);
  };
  const failed = (text: string) => setMessage({ kind: 'error', text });
  const v = view.data;
  const [reportOpen, setReportOpen] = useState(false);
  if (reportOpen && v && info) return <MonitorReportOverlay view={v} reference={reference} info={info} onClose={() => setReportOpen(false)} />;
  const largest = v
    ? [...v.deviations].filter((d) => d.difference !== null && d.observation.targetGroup === null).sort((a, b) => Math.abs(b.difference!) - Math.abs(a.difference!))
    : [];

  return (
    <div className="monitor">
      <section aria-labelledby="monitor-figures">
        <h2 id="monitor-figures">Monitoringcijfers</h2>
        <p className="help">
          Elk halfjaar brengt de centrumgemeente de cijfers van Cimot BW en MO, het uitstroomproces en het Transferpunt in het regionale ambtelijk overleg
          (Uitvoeringsagenda §3.1a, §6.1). Importeer ze hier: per periode, per gemeente van herkomst of de regio, per vorm.
        </p>
        <ObservationImport onDone={changed} onError={failed} />
        <Feedback message={message} testId="monitor-message" />
        {sets.error && <Feedback message={{ kind: 'error', text: sets.error }} />}
        {sets.data && <ImportHistory sets={sets.data} onChanged={changed} onError={failed} />}
      </section>

      <section aria-labelledby="monitor-plan">
        <h2 id="monitor-plan">Plan tegen werkelijkheid</h2>
        <label className="field inline">
          Vergelijk met het scenario{' '}
          <select value={reference.id} onChange={(e) => setReferenceId(Number(e.target.value))} aria-label="Scenario om mee te vergelijken">
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
                {s.status === 'vastgesteld' ? ' (vastgesteld)' : ''}
              </option>
            ))}
          </select>
        </label>
        {!adopted && <p className="help">Er is nog geen vastgesteld scenario; de monitor vergelijkt met het gekozen scenario.</p>}
        {view.error && <Feedback message={{ kind: 'error', text: view.error }} />}
        {v && v.observations.length === 0 && <p className="help">Zodra er monitoringcijfers zijn, staat hier het plan naast wat er gebeurde.</p>}
        {v && v.observations.length === 0 && <FocusNote testId="focus-monitor" text={(naam) => `Zonder monitoringcijfers zijn er hier nog geen cijfers voor ${naam}.`} />}
        {v && series && (
          <>
            <label className="field inline">
              Reeks{' '}
              <select value={seriesId(series)} onChange={(e) => setSeriesKey(e.target.value)} aria-label="Reeks in de grafiek">
                {choices.map((c) => (
                  <option key={seriesId(c)} value={seriesId(c)}>
                    {seriesLabel(c)}
                  </option>
                ))}
              </select>
            </label>
            <MonitorChart points={seriesPoints(v.deviations, series)} title={seriesLabel(series)} />
            {!bands && <p className="help">Een band van 8 van de 10 toekomsten verschijnt bij de wachtlijst zodra u op Onzekerheid de doorrekening voor dit scenario hebt gedaan.</p>}
            <h3>Grootste afwijkingen</h3>
            <ul data-testid="monitor-deviations">
              {largest.slice(0, 6).map((d, i) => (
                <li key={i}>{d.sentence}</li>
              ))}
            </ul>
            {largest.length > 6 && (
              <details>
                <summary>Alle {largest.length} vergelijkingen</summary>
                <ul>
                  {largest.slice(6).map((d, i) => (
                    <li key={i}>{d.sentence}</li>
                  ))}
                </ul>
              </details>
            )}
            {v.deviationNotes.length > 0 && (
              <ul className="help">
                {v.deviationNotes.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>

      {v && v.observations.length > 0 && (
        <>
          <section aria-labelledby="monitor-gaps-title">
            <h2 id="monitor-gaps-title">Behoeften en tekorten per gemeente</h2>
            <FocusNote
              testId="focus-monitor"
              text={(naam) => {
                const row = v.needsAndGaps.rows.find((r) => r.gemeente === focus.code);
                return `De rij van ${naam} is gemarkeerd.${row?.sentence ? ` ${row.sentence}` : ''}`;
              }}
            />
            <NeedsAndGapsTable gaps={v.needsAndGaps} highlight={focus.code} />
          </section>
          <section aria-labelledby="monitor-estimates-title">
            <h2 id="monitor-estimates-title">Wat de cijfers zeggen over de aannames</h2>
            <p className="help">
              Geschat uit de monitoringcijfers, met een interval waarin de echte waarde met 80 % zekerheid ligt. Een smal interval rust op veel mensen en maanden; een breed
              interval op weinig.
            </p>
            <EstimatesTable estimates={v.estimates} />
            <NewScenarioButtons
              view={v}
              reference={reference}
              onCreated={async (id, text) => {
                await onScenarioCreated();
                setMessage({ kind: 'ok', text });
                setCreated(id);
              }}
            />
            {created !== undefined && scenarios.some((s) => s.id === created) && (
              <button type="button" onClick={() => onOpenScenario(created)}>
                Open "{scenarios.find((s) => s.id === created)!.name}"
              </button>
            )}
          </section>
          <section aria-labelledby="monitor-backtest-title">
            <h2 id="monitor-backtest-title">Terugtoets: hoe goed voorspelt het model?</h2>
            <BacktestPanel backtest={v.backtest} />
          </section>
          <section aria-labelledby="monitor-report-title">
            <h2 id="monitor-report-title">Monitorrapport</h2>
            <MonitorReportButtons view={v} reference={reference} info={info} onOpen={() => setReportOpen(true)} />
          </section>
        </>
      )}
    </div>
  );
}
