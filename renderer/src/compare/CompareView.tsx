/** "Vergelijken": two to four scenarios side by side, differences first, overlaid charts and the assumptions that differ. */
import { useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CompareView as View, ScenarioSummary } from '../../../shared/contract';
import { formatNumber } from '../../../shared/numberFormat';
import { useQuery } from '../api/useQuery';
import { deltaText, formatAssumption, formatIndicator } from './format';

const COLORS = ['#1d2733', '#0072B2', '#D55E00', '#009E73'];
const DASHES = ['', '8 4', '3 3', '12 4 3 4'];
const AXIS = { fill: '#1d2733', fontSize: 12 };

interface Props {
  scenarios: ScenarioSummary[];
  selectedId: number;
  /** Changes whenever data changed, so the comparison reloads. */
  version: unknown;
}

export function CompareView({ scenarios, selectedId, version }: Props) {
  const [chosen, setChosen] = useState<number[]>(() => [...new Set([scenarios[0]?.id, selectedId].filter((x): x is number => x !== undefined))].slice(0, 4));
  const [referenceId, setReferenceId] = useState<number>(scenarios[0]?.id ?? selectedId);
  const ids = chosen.filter((id) => scenarios.some((s) => s.id === id));
  const ref = ids.includes(referenceId) ? referenceId : ids[0];

  const { data: view, error } = useQuery('compare.run', ids.length >= 2 ? { scenarioIds: ids, referenceId: ref } : null, version);

  const toggle = (id: number, on: boolean) => setChosen(on ? [...chosen, id].slice(-4) : chosen.filter((x) => x !== id));
  const refIndex = view ? view.scenarios.findIndex((s) => s.id === view.referenceId) : 0;
  const refName = view?.scenarios[refIndex]?.name ?? '';

  return (
    <div className="compare">
      <fieldset className="choose">
        <legend>Welke scenario’s vergelijken (twee tot vier)? Kies ook de referentie.</legend>
        {scenarios.map((s) => (
          <div key={s.id} className="choice">
            <label>
              <input type="checkbox" checked={ids.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} disabled={!ids.includes(s.id) && ids.length >= 4} /> {s.name}
            </label>
            <label className="ref">
              <input type="radio" name="referentie" checked={ref === s.id} disabled={!ids.includes(s.id)} onChange={() => setReferenceId(s.id)} /> referentie
            </label>
          </div>
        ))}
      </fieldset>
      {ids.length < 2 && <p className="notice">Kies minstens twee scenario’s.</p>}
      {error && (
        <p className="feedback error" role="alert">
          {error}
        </p>
      )}
      {view && ids.length >= 2 && (
        <>
          <section aria-labelledby="ind-title">
            <h2 id="ind-title">Kerncijfers, met het verschil ten opzichte van {refName}</h2>
            <div className="table-scroll">
              <table className="compare-table" data-testid="compare-table">
                <thead>
                  <tr>
                    <th scope="col">Indicator</th>
                    {view.scenarios.map((s, i) => (
                      <th scope="col" key={s.id}>
                        <span className="swatch" style={{ background: COLORS[i] }} /> {s.name}
                        {i === refIndex && <span className="ref-badge"> (referentie)</span>}
                        {s.status === 'vastgesteld' && <span className="status status-vastgesteld">vastgesteld</span>}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {view.indicators.map((ind) => (
                    <tr key={ind.id}>
                      <th scope="row">{ind.label}</th>
                      {ind.values.map((v, i) => (
                        <td key={i}>
                          <strong>{formatIndicator(ind.unit, v)}</strong>
                          {i !== refIndex && <div className="delta">{deltaText(ind.unit, v, ind.values[refIndex], refName)}</div>}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="help small">
              Modelversie {view.modelVersion}. Laatste wijziging:{' '}
              {view.scenarios.map((s) => `${s.name} ${new Date(s.updatedAt).toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'short' })}`).join(' · ')}.
            </p>
          </section>
          <div className="two-charts">
            <Overlay title="Hoeveel mensen wachten op een plek?" view={view} series={view.series.waitingList} format={(v) => formatNumber(Math.round(v))} />
            <Overlay title="Hoe lang wachten mensen (maanden)?" view={view} series={view.series.waitingTimeMonths} format={(v) => `${formatNumber(v, 1)} mnd`} />
            <Overlay title="Hoeveel Wmo-plekken zijn er?" view={view} series={view.series.places} format={(v) => formatNumber(Math.round(v))} />
            <Overlay title="Wat kost het per jaar (miljoen euro)?" view={view} series={view.series.costEuro.map((s) => s.map((x) => x / 1e6))} format={(v) => `€ ${formatNumber(v, 1)} mln`} />
          </div>
          <section aria-labelledby="diff-title">
            <h2 id="diff-title">Wat is er anders? Aannames die verschillen</h2>
            {view.assumptionDiff.length === 0 ? (
              <p>De aannames zijn in alle gekozen scenario’s gelijk.</p>
            ) : (
              <div className="table-scroll">
                <table className="compare-table" data-testid="assumption-diff">
                  <thead>
                    <tr>
                      <th scope="col">Aanname</th>
                      {view.scenarios.map((s) => (
                        <th scope="col" key={s.id}>
                          {s.name}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {view.assumptionDiff.map((d) => (
                      <tr key={d.key}>
                        <th scope="row">
                          {d.label} <span className="unit">({d.unit})</span>
                        </th>
                        {d.values.map((v, i) => (
                          <td key={i}>
                            <strong>{formatAssumption(v)}</strong>
                            <div className="source">
                              {v.isAanname ? 'aanname' : 'bron'}: {v.source}
                            </div>
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {(view.locationDiff.length > 0 || view.wlzEventDiff.length > 0) && (
              <>
                <h3>Locaties en eenmalige Wlz-overgangen die niet in elk scenario zitten</h3>
                <ul className="presence" data-testid="location-diff">
                  {[...view.locationDiff, ...view.wlzEventDiff].map((d) => (
                    <li key={d.description}>
                      {d.description} — alleen in {view.scenarios.filter((_, i) => d.present[i]).map((s) => s.name).join(', ')}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}

function Overlay({ title, view, series, format }: { title: string; view: View; series: (number | null)[][]; format: (v: number) => string }) {
  const data = view.years.map((year, y) => ({ year: String(year), ...Object.fromEntries(view.scenarios.map((s, i) => [`s${s.id}`, series[i][y]])) }));
  return (
    <figure className="chart">
      <h2>{title}</h2>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
          <CartesianGrid stroke="#d9dee5" vertical={false} />
          <XAxis dataKey="year" tick={AXIS} />
          <YAxis tick={AXIS} width={52} tickFormatter={(v: number) => formatNumber(v)} />
          <Tooltip formatter={(v) => (v === null ? 'onbepaald' : format(Number(v)))} />
          <Legend />
          {view.scenarios.map((s, i) => (
            <Line key={s.id} dataKey={`s${s.id}`} name={s.name} stroke={COLORS[i]} strokeDasharray={DASHES[i]} strokeWidth={3} dot={false} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
