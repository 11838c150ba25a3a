/** "Urgentie": homes per gemeente per year by group, capacity used, shortfall and time to a home against the norm. */
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { GEMEENTEN } from '../../../shared/domain';
import { formatNumber } from '../../../shared/numberFormat';
import { URGENT_GROUPS } from '../../../models/urgentie/allocate';
import { useQuery } from '../api/useQuery';
import { explainShortfallTrend, explainUrgentYear, monthsText, settingsText } from './explain';

const GROUP_COLORS = ['#0072B2', '#009E73', '#E69F00', '#CC79A7', '#56B4E9'];
const AXIS = { fill: '#1d2733', fontSize: 12 };
const whole = (v: unknown) => formatNumber(Math.round(Number(v)));

export function UrgentieView({ scenarioId, version }: { scenarioId: number; version: unknown }) {
  const { data: view, error } = useQuery('urgentie.view', { scenarioId }, version);
  const [year, setYear] = useState(2027);

  if (error) return <p className="feedback error" role="alert">{error}</p>;
  if (!view) return <p className="empty">Bezig met laden…</p>;
  if (!view.ok) {
    return (
      <div className="urgentie">
        <p className="notice">{settingsText(view)}</p>
        <p className="feedback error" role="alert" data-testid="urgentie-message">
          {view.message} Pas dit aan onder Aannames → Urgente groepen of Verdeelsleutels.
        </p>
      </div>
    );
  }
  const y = view.years.find((x) => x.year === year) ?? view.years[0];
  const norm = view.settings.normMonths;
  const perGemeente = GEMEENTEN.map((g, i) => ({
    gemeente: g.naam,
    capacity: y.byGemeente[i].capacity,
    months: y.byGemeente[i].monthsToHome,
    ...y.byGemeente[i].homesByGroup,
  }));

  return (
    <div className="urgentie">
      <div className="year-picker">
        <label>
          Jaar{' '}
          <select value={y.year} onChange={(e) => setYear(Number(e.target.value))} aria-label="Jaar van de urgentieverdeling">
            {view.years.map((x) => (
              <option key={x.year} value={x.year}>
                {x.year}
              </option>
            ))}
          </select>
        </label>
        <span className="help" data-testid="urgentie-settings">
          {settingsText(view)} Wijzigen: Aannames → Urgente groepen.
        </span>
      </div>
      <div className="cards">
        <div className="card">
          <div className="card-label">Urgente woningvraag {y.year}</div>
          <div className="card-value">{formatNumber(y.demand)}</div>
          <div className="card-note">nieuw dit jaar, alle groepen</div>
        </div>
        <div className="card">
          <div className="card-label">Woningen toegewezen {y.year}</div>
          <div className="card-value">{formatNumber(y.homes)}</div>
          <div className="card-note">van {formatNumber(y.capacity)} beschikbaar</div>
        </div>
        <div className={y.shortfall > 0 ? 'card card-alert' : 'card'}>
          <div className="card-label">Tekort eind {y.year}</div>
          <div className="card-value" data-testid="urgentie-tekort">
            {formatNumber(y.shortfall)}
          </div>
          <div className="card-note">schuift door naar {y.year + 1}</div>
        </div>
        <div className={y.meetsNorm ? 'card' : 'card card-alert'}>
          <div className="card-label">Tijd tot een woning {y.year}</div>
          <div className="card-value">{y.monthsToHome === null ? 'onbepaald' : formatNumber(y.monthsToHome, 1)}</div>
          <div className="card-note">maanden; norm {formatNumber(norm, 1)}</div>
        </div>
      </div>
      <figure className="chart" aria-labelledby="homes-title" aria-describedby="homes-why">
        <h2 id="homes-title">Hoeveel urgentiewoningen levert elke gemeente in {y.year}, en voor wie?</h2>
        <ResponsiveContainer width="100%" height={320}>
          <ComposedChart data={perGemeente} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
            <CartesianGrid stroke="#d9dee5" vertical={false} />
            <XAxis dataKey="gemeente" tick={AXIS} interval={0} />
            <YAxis tickFormatter={whole} tick={AXIS} width={44} />
            <Tooltip formatter={whole} />
            <Legend itemSorter={null} />
            {URGENT_GROUPS.map((g, i) => (
              <Bar key={g.id} dataKey={g.id} name={g.label} stackId="h" fill={GROUP_COLORS[i]} isAnimationActive={false} />
            ))}
            <Scatter dataKey="capacity" name="Capaciteit (max. aandeel verhuringen)" fill="#1d2733" shape="diamond" isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
        <figcaption id="homes-why" className="why" data-testid="why-urgentie">
          <strong>Waarom.</strong> {explainUrgentYear(y, norm)}
        </figcaption>
      </figure>
      <div className="two-charts">
        <figure className="chart" aria-labelledby="months-title">
          <h2 id="months-title">Hoe lang wachten inwoners op een woning ({y.year})?</h2>
          <ResponsiveContainer width="100%" height={280}>
            <BarChart data={perGemeente.map((p) => ({ ...p, months: p.months ?? 0 }))} margin={{ top: 8, right: 16, left: 0, bottom: 30 }}>
              <CartesianGrid stroke="#d9dee5" vertical={false} />
              <XAxis dataKey="gemeente" tick={AXIS} interval={0} angle={-30} textAnchor="end" />
              <YAxis tick={AXIS} width={44} />
              <Tooltip formatter={(v) => `${formatNumber(Number(v), 1)} mnd`} />
              <ReferenceLine y={norm} stroke="#b00020" strokeDasharray="6 4" label={{ value: `norm ${formatNumber(norm, 1)} mnd`, fill: '#b00020', position: 'insideTopRight' }} />
              <Bar dataKey="months" name="Maanden tot een woning" fill="#D55E00" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </figure>
        <figure className="chart" aria-labelledby="short-title" aria-describedby="short-why">
          <h2 id="short-title">Hoeveel mensen wachten eind van het jaar nog?</h2>
          <ResponsiveContainer width="100%" height={280}>
            <LineChart data={view.years.map((x) => ({ year: String(x.year), shortfall: x.shortfall }))} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
              <CartesianGrid stroke="#d9dee5" vertical={false} />
              <XAxis dataKey="year" tick={AXIS} />
              <YAxis tickFormatter={whole} tick={AXIS} width={44} />
              <Tooltip formatter={whole} />
              <Line dataKey="shortfall" name="Tekort (doorgeschoven)" stroke="#b00020" strokeWidth={3} dot={{ r: 3 }} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
          <figcaption id="short-why" className="why">
            <strong>Waarom.</strong> {explainShortfallTrend(view.years)}
          </figcaption>
        </figure>
      </div>
      <section className="year-table">
        <h2>Per gemeente in {y.year}</h2>
        <div className="table-scroll">
          <table data-testid="urgentie-table">
            <thead>
              <tr>
                <th scope="col">Gemeente</th>
                <th scope="col">Vraag (herkomst)</th>
                <th scope="col">Gehuisvest (herkomst)</th>
                <th scope="col">Levert woningen</th>
                <th scope="col">Capaciteit</th>
                <th scope="col">Benut</th>
                <th scope="col">Nog wachtend</th>
                <th scope="col">Tijd tot een woning</th>
              </tr>
            </thead>
            <tbody>
              {GEMEENTEN.map((g, i) => {
                const r = y.byGemeente[i];
                return (
                  <tr key={g.code}>
                    <th scope="row">{g.naam}</th>
                    <td>{formatNumber(r.demand)}</td>
                    <td>{formatNumber(r.housedOrigin)}</td>
                    <td>{formatNumber(r.homes)}</td>
                    <td>{formatNumber(r.capacity)}</td>
                    <td>{formatNumber(r.capacityUsed * 100)} %</td>
                    <td>{formatNumber(r.shortfall)}</td>
                    <td className={r.monthsToHome === null || r.monthsToHome > norm ? 'late' : ''}>{monthsText(r.monthsToHome)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
