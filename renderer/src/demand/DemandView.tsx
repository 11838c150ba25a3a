/** "Vraag en plekken": headline cards, the demand chart per variant, and why the curve moves. */
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { VARIANTS } from '../../../shared/domain';
import { formatNumber } from '../../../shared/numberFormat';
import type { DemandProjection } from '../../../models/demand/projectDemand';
import { explainDemand } from './explainDemand';
import { VARIANT_COLORS } from './variantColors';

const CARD_YEAR = 2030;

export function DemandView({ projection }: { projection: DemandProjection }) {
  const card = projection.years.find((y) => y.year === CARD_YEAR) ?? projection.years[projection.years.length - 1];
  const data = projection.years.map((y) => ({ year: String(y.year), places: y.places, ...y.byVariant }));
  const explanation = explainDemand(projection);
  return (
    <div className="demand">
      <div className="cards">
        <Card label={`Vraag naar BW, eind ${projection.baseYear}`} value={projection.start.demand} unit="cliënten" note="in zorg + wachtlijst" />
        <Card label={`Wachtlijst, eind ${projection.baseYear}`} value={projection.start.waiting} unit="cliënten" note="dashboard BW, dec. 2024" />
        <Card label={`Vraag naar BW, ${card.year}`} value={card.demand} unit="cliënten" note="projectie" />
        <Card label={`Wachtlijst ${card.year} zonder nieuwe plekken`} value={card.waitingIfNoNewPlaces} unit="cliënten" note="vraag min plekken" />
      </div>
      <figure className="chart" aria-labelledby="demand-title" aria-describedby="demand-why">
        <h2 id="demand-title">Hoeveel mensen hebben beschermd wonen nodig, en hoeveel plekken zijn er?</h2>
        <div className="chart-box" data-testid="demand-chart">
          <ResponsiveContainer width="100%" height={360}>
            <ComposedChart data={data} margin={{ top: 10, right: 20, bottom: 0, left: 10 }}>
              <CartesianGrid stroke="#d9dee5" vertical={false} />
              <XAxis dataKey="year" tick={{ fill: '#1d2733' }} />
              <YAxis tickFormatter={(v: number) => formatNumber(v)} tick={{ fill: '#1d2733' }} width={56} label={{ value: 'cliënten', angle: -90, position: 'insideLeft', fill: '#1d2733' }} />
              <Tooltip formatter={(v) => formatNumber(Number(v))} />
              <Legend itemSorter={null} />
              {VARIANTS.map((v) => (
                <Bar key={v.id} dataKey={v.id} name={v.label} stackId="vraag" fill={VARIANT_COLORS[v.id]} isAnimationActive={false} />
              ))}
              <Line dataKey="places" name="Plekken (aanname: gelijk aan in zorg dec. 2024)" stroke="#1d2733" strokeWidth={3} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
        <figcaption id="demand-why" className="why" data-testid="demand-why">
          <strong>Waarom deze lijn zo loopt.</strong> {explanation}
        </figcaption>
      </figure>
      <p className="model-note">
        Eenvoudige projectie (modelversie {projection.modelVersion}): de vraag groeit lineair met de groei uit de aannames; plekken, uitstroom en
        Wlz-overgangen komen in het capaciteitsmodel.
      </p>
    </div>
  );
}

function Card({ label, value, unit, note }: { label: string; value: number; unit: string; note: string }) {
  return (
    <div className="card">
      <div className="card-label">{label}</div>
      <div className="card-value">
        {formatNumber(value)} <span className="card-unit">{unit}</span>
      </div>
      <div className="card-note">{note}</div>
    </div>
  );
}
