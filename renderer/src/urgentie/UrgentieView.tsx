/** "Urgentie": homes per gemeente per year by group, capacity used, shortfall and time to a home against the norm in every gemeente. */
import { useState } from 'react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, LineChart, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { GEMEENTEN } from '../../../shared/domain';
import { formatNumber } from '../../../shared/numberFormat';
import { URGENT_GROUPS } from '../../../models/urgentie/allocate';
import { useQuery } from '../api/useQuery';
import { explainShortfallTrend, explainUrgentYear, leaseKeptText, settingsText, WAIT_DEFINITION } from './explain';
import { UrgentieTable } from './UrgentieTable';
import { WaitChart } from './WaitChart';
import { chartName } from '../common/chartName';
import { focusBand } from '../focus/focusBand';
import { useGemeenteFocus } from '../focus/focusContext';
import { FocusFigures } from '../focus/FocusFigures';
import { urgentFigures, urgentFocusSentence } from './gemeenteFigures';

const GROUP_COLORS = ['#0072B2', '#009E73', '#E69F00', '#CC79A7', '#56B4E9'];
const AXIS = { fill: '#1d2733', fontSize: 12 };
const whole = (v: unknown) => formatNumber(Math.round(Number(v)));

export function UrgentieView({ scenarioId, version }: { scenarioId: number; version: unknown }) {
  const { data: view, error } = useQuery('urgentie.view', { scenarioId }, version);
  // The scenario's reporting year until the user picks another year.
  const [picked, setYear] = useState<number>();
  const focus = useGemeenteFocus();

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
  const year = picked ?? view.reportingYear;
  const y = view.years.find((x) => x.year === year) ?? view.years[view.years.length - 1];
  const norm = view.settings.normMonths;
  const perGemeente = GEMEENTEN.map((g, i) => ({
    gemeente: g.naam,
    capacity: y.byGemeente[i].capacity,
    ...y.byGemeente[i].homesByGroup,
  }));
  const late = y.byGemeente.filter((g) => !g.meetsNorm).length;

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
          <div className="card-label">Woningen nodig {y.year}</div>
          <div className="card-value">{formatNumber(y.demand + y.carriedIn)}</div>
          <div className="card-note">
            {formatNumber(y.demand)} nieuw met urgentie (alle groepen) + {formatNumber(y.carriedIn)} wachtend uit {y.year - 1}
          </div>
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
          <div className="card-note">
            {formatNumber(y.demand + y.carriedIn)} nodig − {formatNumber(y.homes)} toegewezen; schuift door naar {y.year + 1}
          </div>
        </div>
        <div className={y.meetsNorm ? 'card' : 'card card-alert'}>
          <div className="card-label">Tijd tot een woning {y.year}</div>
          <div className="card-value">{y.monthsToHome === null ? 'onbepaald' : formatNumber(y.monthsToHome, 1)}</div>
          <div className="card-note" data-testid="urgentie-norm-card">
            maanden, regio gemiddeld; norm {formatNumber(norm, 1)}: {late === 0 ? 'alle gemeenten halen hem' : `${late} van de ${GEMEENTEN.length} gemeenten halen hem niet`}
          </div>
        </div>
      </div>
      {focus.code && focus.index >= 0 && (
        <FocusFigures
          title={`${focus.naam} naast de regio (${y.year})`}
          testId="focus-urgentie"
          sentence={urgentFocusSentence(y, focus.index, focus.naam!, norm)}
          figures={urgentFigures(y, focus.index)}
        />
      )}
      <figure className="chart" aria-labelledby="homes-title" aria-describedby="homes-why">
        <h2 id="homes-title">Hoeveel urgentiewoningen levert elke gemeente in {y.year}, en voor wie?</h2>
        <ResponsiveContainer width="100%" height={320}>
          <ComposedChart data={perGemeente} margin={{ top: 8, right: 16, left: 0, bottom: 0 }} {...chartName(`Hoeveel urgentiewoningen levert elke gemeente in ${y.year}, en voor wie?`)}>
            <CartesianGrid stroke="#d9dee5" vertical={false} />
            <XAxis dataKey="gemeente" tick={AXIS} interval={0} />
            <YAxis tickFormatter={whole} tick={AXIS} width={44} />
            <Tooltip formatter={whole} />
            <Legend itemSorter={null} />
            {focusBand(focus.naam ?? undefined)}
            {URGENT_GROUPS.map((g, i) => (
              <Bar key={g.id} dataKey={g.id} name={g.label} stackId="h" fill={GROUP_COLORS[i]} isAnimationActive={false} />
            ))}
            <Scatter dataKey="capacity" name="Capaciteit (max. aandeel verhuringen)" fill="#1d2733" shape="diamond" isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
        <figcaption id="homes-why" className="why" data-testid="why-urgentie">
          <strong>Waarom.</strong> {explainUrgentYear(y)}
        </figcaption>
      </figure>
      <div className="two-charts">
        <WaitChart y={y} norm={norm} focus={focus.code} />
        <figure className="chart" aria-labelledby="short-title" aria-describedby="short-why">
          <h2 id="short-title">Hoeveel mensen wachten eind van het jaar nog?</h2>
          <ResponsiveContainer width="100%" height={280}>
            <LineChart data={view.years.map((x) => ({ year: String(x.year), shortfall: x.shortfall }))} margin={{ top: 8, right: 16, left: 0, bottom: 0 }} {...chartName('Hoeveel mensen wachten eind van het jaar nog?')}>
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
      <UrgentieTable y={y} norm={norm} highlight={focus.code} />
      <section className="definitions" aria-label="Definities">
        <p className="help" data-testid="urgentie-definitie">
          {WAIT_DEFINITION}
        </p>
        <p className="help">{leaseKeptText(view.settings.leaseKeptWijkShare)}</p>
      </section>
    </div>
  );
}
