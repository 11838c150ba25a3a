/** "Onzekerheid": how sure a conclusion is. Ranges, a Monte Carlo with progress and cancel, bands, chances, tornado, export. */
import { useRef, useState } from 'react';
import type { AppInfo, ScenarioData, ScenarioSummary } from '../../../shared/contract';
import { formatAssumptionValue, formatNumber } from '../../../shared/numberFormat';
import { formatRangeBound, rangeKindName } from '../../../shared/ranges';
import { fileNamePart } from '../../../shared/tables';
import { uncertaintyInfo, uncertaintyTables } from '../../../shared/uncertaintyTables';
import { toCsv, toXlsx } from '../../../shared/workbook';
import { ASSUMPTION_DEFS, assumptionDef } from '../../../shared/assumptions';
import { yearsFromValues } from '../../../models/scenario/reportingYear';
import { useQuery } from '../api/useQuery';
import { download } from '../common/download';
import { ChanceChart, FanChart, TornadoChart } from './charts';
import { bandSentence, chanceSentence, fairShareSentence, targetSentence, tornadoSentence, tornadoTimeSentence, urgentSentence } from './explain';
import { RangeEditor } from './RangeEditor';
import type { MonteCarlo } from './useMonteCarlo';
import { useRunFocus } from './useRunFocus';
import { ErrorText } from '../common/Feedback';
import { TableScroll } from '../common/TableScroll';
import { FocusNote } from '../focus/FocusFigures';

interface Props {
  info: AppInfo | undefined;
  scenario: ScenarioSummary;
  data: ScenarioData;
  mc: MonteCarlo;
  /** After a range was saved or removed here: the parent reloads the scenario's data. */
  onChanged(): Promise<void>;
}

/** A number with its unit ("0,25 %") stays on one line. */
const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** Assumptions that can get a range: a number (no formula), not a setting of the model or a choice. */
function rangeable(data: ScenarioData) {
  return ASSUMPTION_DEFS.filter((d) => !d.choices && d.group !== 'model' && data.assumptions[d.key] && !data.assumptions[d.key].formula);
}

export function UncertaintyView({ info, scenario, data, mc, onChanged }: Props) {
  const [runs, setRuns] = useState(2000);
  const [seed, setSeed] = useState(2026);
  const projection = yearsFromValues(data.assumptions);
  // The reporting year of the scenario until the user picks another year.
  const [picked, setYear] = useState<number>();
  const year = picked ?? projection.reportingYear;
  const { data: tornado, error: tornadoError } = useQuery('uncertainty.tornado', { scenarioId: scenario.id, year }, data);
  const result = mc.results[scenario.id];
  const running = mc.job?.status === 'bezig' && mc.job.scenarioId === scenario.id ? mc.job : undefined;
  const ended = mc.job && mc.job.scenarioId === scenario.id && (mc.job.status === 'geannuleerd' || mc.job.status === 'fout') ? mc.job : undefined;
  const stale = result && result.scenarioUpdatedAt !== scenario.updatedAt;
  const ranges = Object.entries(data.ranges);
  const years = result?.years ?? projection.years;
  const readOnly = scenario.status === 'vastgesteld';
  const [editKey, setEditKey] = useState<string>();
  const [rangeMessage, setRangeMessage] = useState('');
  const candidates = rangeable(data);
  const editing = editKey ?? ranges[0]?.[0] ?? candidates[0]?.key;
  const editDef = editing ? assumptionDef(editing) : undefined;
  const editValue = editing ? data.assumptions[editing] : undefined;

  async function rangeSaved(message: string) {
    await onChanged();
    setRangeMessage(message);
  }
  const runArea = useRef<HTMLElement>(null);
  useRunFocus(!!running, runArea, { whileRunning: 'mc-cancel', afterRun: () => (mc.job?.status === 'klaar' ? 'mc-result-title' : 'mc-start') });

  async function exportResult(kind: 'xlsx' | 'csv') {
    if (!result) return;
    const bundle = {
      scenario: { id: scenario.id, name: scenario.name, status: scenario.status, author: scenario.author, updatedAt: result.scenarioUpdatedAt },
      modelVersion: result.modelVersion,
      appVersion: info?.appVersion ?? '',
      generatedAt: new Date().toISOString(),
      lastChange: result.scenarioUpdatedAt,
      tables: uncertaintyTables(result),
      info: uncertaintyInfo(result),
    };
    const base = `${fileNamePart(scenario.name)}-onzekerheid-seed${result.seed}-N${result.runs}`;
    if (kind === 'xlsx') download(`${base}.xlsx`, await toXlsx(bundle), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    else download(`${base}.csv`, toCsv(bundle.tables[0], bundle), 'text/csv;charset=utf-8');
  }

  return (
    <div className="uncertainty">
      <FocusNote text={(naam) => `De onzekerheidsanalyse rekent alleen voor de regio: hier staan geen aparte cijfers voor ${naam}. De cijfers van ${naam} staan bij Capaciteit en Urgentie.`} />
      <section>
        <h2>Hoe zeker is de uitkomst?</h2>
        <p className="help">
          De groei van +30 cliënten per jaar is een prognose, geen feit; ook de overgang naar de Wlz en de verblijfsduur zijn onzeker. De Monte Carlo-analyse rekent het scenario
          duizenden keren door, elke keer met andere waarden binnen de bereiken hieronder, en laat zien hoe vaak een conclusie standhoudt.
        </p>
        <h3>Bereiken ({ranges.length})</h3>
        {ranges.length === 0 ? (
          <p className="notice">Nog geen bereiken. Kies hieronder een aanname en geef een laag en een hoog getal.</p>
        ) : (
          <TableScroll label="Bereiken">
            <table className="compare-table" data-testid="ranges-table">
              <thead>
                <tr>
                  <th scope="col">Aanname</th>
                  <th scope="col">Soort</th>
                  <th scope="col">Laag</th>
                  <th scope="col">Meest waarschijnlijk</th>
                  <th scope="col">Hoog</th>
                  <th scope="col">Waarom</th>
                  <th scope="col">
                    <span className="visually-hidden">Wijzigen</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {ranges.map(([key, r]) => {
                  const a = data.assumptions[key];
                  const def = assumptionDef(key);
                  const f = (x: number) => (def ? formatRangeBound(def, x) : formatNumber(x, 2));
                  return (
                    <tr key={key}>
                      <th scope="row">{def?.label ?? key}</th>
                      <td>{rangeKindName(r.kind)}</td>
                      <td style={NOWRAP}>{f(r.low)}</td>
                      <td style={a?.formula ? undefined : NOWRAP}>{a?.formula ? 'formule: bereik niet gebruikt' : a && def ? formatAssumptionValue(def, a.value) : '—'}</td>
                      <td style={NOWRAP}>{f(r.high)}</td>
                      <td className="source">{r.source}</td>
                      <td>
                        <button onClick={() => setEditKey(key)} aria-label={`Bereik van ${def?.label ?? key} wijzigen`} aria-pressed={editing === key}>
                          {readOnly ? 'Bekijken' : 'Wijzigen'}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <div className="two-charts">
      <section className="range-edit" aria-labelledby="range-edit-title" data-testid="range-edit">
        <h3 id="range-edit-title">Bereik {readOnly ? 'bekijken' : 'toevoegen of wijzigen'}</h3>
        <label className="field">
          Aanname
          <select value={editing ?? ''} onChange={(e) => setEditKey(e.target.value)}>
            {candidates.map((d) => (
              <option key={d.key} value={d.key}>
                {d.label}
                {data.ranges[d.key] ? ' (heeft een bereik)' : ''}
              </option>
            ))}
          </select>
        </label>
        {editDef && editValue && (
          <RangeEditor key={`${editing}:${JSON.stringify(data.ranges[editDef.key] ?? null)}`} scenarioId={scenario.id} value={editValue} def={editDef} range={data.ranges[editDef.key]} readOnly={readOnly} onSaved={rangeSaved} />
        )}
        {rangeMessage && (
          <p className="feedback ok" role="status" data-testid="range-feedback">
            {rangeMessage}
          </p>
        )}
      </section>

      <section className="mc-run" aria-labelledby="mc-run-title" ref={runArea}>
        <h3 id="mc-run-title">Doorrekenen</h3>
        <div className="buttons-row">
          <label className="field inline">
            Aantal trekkingen
            <select value={runs} onChange={(e) => setRuns(Number(e.target.value))} disabled={!!running}>
              {[500, 1000, 2000, 5000, 10_000, 20_000].map((n) => (
                <option key={n} value={n}>
                  {formatNumber(n)}
                </option>
              ))}
            </select>
          </label>
          <label className="field inline">
            Startgetal
            <input className="seed" type="number" min={0} value={seed} disabled={!!running} onChange={(e) => setSeed(Math.max(0, Math.floor(Number(e.target.value) || 0)))} />
          </label>
          <button id="mc-start" className="primary" disabled={!!running || ranges.length === 0} onClick={() => mc.start(scenario.id, runs, seed)}>
            Bereken
          </button>
          {running && (
            <>
              <progress value={running.done} max={running.total} aria-label="Voortgang van de berekening" />
              <span data-testid="mc-progress">
                {formatNumber(running.done)} van {formatNumber(running.total)} trekkingen
              </span>
              <button id="mc-cancel" onClick={mc.cancel}>Annuleren</button>
            </>
          )}
        </div>
        <p className="help small">Hetzelfde startgetal en aantal geven precies dezelfde uitkomst, zodat een getal in een rapport na te rekenen is.</p>
        {ended && (
          <p className={ended.status === 'fout' ? 'feedback error' : 'feedback'} role="status" data-testid="mc-ended">
            {ended.message}
            {result ? ' De vorige uitkomst blijft staan.' : ''}
          </p>
        )}
        <ErrorText text={mc.error} />
      </section>
      </div>

      {result && (
        <section aria-labelledby="mc-result-title" data-testid="mc-result">
          <h3 id="mc-result-title" tabIndex={-1}>
            Uitkomst: {formatNumber(result.runs)} trekkingen, startgetal {result.seed}
          </h3>
          <p className="help small">
            Modelversie {result.modelVersion} · berekend in {formatNumber(result.durationMs / 1000, 1)} s
            {result.runsWithFormulaProblems > 0 && ` · in ${formatNumber(result.runsWithFormulaProblems)} trekkingen kon een formule niet met de getrokken waarden worden uitgerekend (de opgeslagen waarde is gebruikt)`}
          </p>
          {stale && <p className="notice">De aannames zijn gewijzigd sinds deze berekening. Bereken opnieuw voor een actuele uitkomst.</p>}
          <label className="field inline">
            Jaar voor de zinnen en de tornado
            <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y}>{y}</option>
              ))}
            </select>
          </label>
          <ul className="mc-sentences" data-testid="mc-sentences">
            <li>{targetSentence(result, year)}</li>
            <li>{bandSentence(result, year)}</li>
            <li>{urgentSentence(result, year)}</li>
            <li>{fairShareSentence(result)}</li>
          </ul>
          <div className="two-charts">
            <figure className="chart">
              <h2>Hoeveel mensen wachten op een plek?</h2>
              <FanChart r={result} metric="waitingList" format={(v) => formatNumber(v)} />
            </figure>
            <figure className="chart">
              <h2>Hoe lang wachten mensen (maanden)?</h2>
              <FanChart r={result} metric="waitingTimeMonths" format={(v) => `${formatNumber(v, 1)} mnd`} norm={result.waitingNormMonths} />
            </figure>
            <figure className="chart" data-testid="chance-target">
              <h2>Hoe groot is de kans dat de wachttijd binnen de norm blijft?</h2>
              <ChanceChart r={result} which="target" />
              <figcaption className="why">
                <strong>Waarom.</strong> {chanceSentence(result, 'target')}
              </figcaption>
            </figure>
            <figure className="chart" data-testid="chance-urgent">
              <h2>Hoe groot is de kans op een tekort aan urgente huisvesting?</h2>
              <ChanceChart r={result} which="urgent" />
              <figcaption className="why">
                <strong>Waarom.</strong> {chanceSentence(result, 'urgent')}
              </figcaption>
            </figure>
          </div>
          <div className="buttons-row">
            <button onClick={() => exportResult('xlsx')}>Percentielen naar Excel (.xlsx)</button>
            <button onClick={() => exportResult('csv')}>Percentielen als CSV</button>
          </div>
        </section>
      )}

      <section aria-labelledby="tornado-title">
        <h3 id="tornado-title">Welke aanname weegt het zwaarst? ({tornado?.year ?? year})</h3>
        <p className="help">Elke aanname met een bereik apart op laag en op hoog, de rest op de eigen waarde: hoeveel meer of minder mensen wachten, en hoeveel langer of korter, dan zonder onzekerheid.</p>
        <ErrorText text={tornadoError} />
        {tornado && (
          <>
            <figure className="chart wide-chart" data-testid="tornado">
              <h2>Wachtlijst eind {tornado.year}: verschil met zonder onzekerheid</h2>
              <TornadoChart t={tornado} metric="waitingList" />
              <figcaption className="why">
                <strong>Waarom.</strong> {tornadoSentence(tornado)}
              </figcaption>
            </figure>
            <figure className="chart wide-chart" data-testid="tornado-time">
              <h2>Wachttijd van wie in {tornado.year} een plek kreeg: verschil in maanden met zonder onzekerheid</h2>
              <TornadoChart t={tornado} metric="waitingTime" />
              <figcaption className="why">
                <strong>Waarom.</strong> {tornadoTimeSentence(tornado)}
              </figcaption>
            </figure>
          </>
        )}
      </section>
    </div>
  );
}
