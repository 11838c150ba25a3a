/** "Capaciteit": headline cards for a chosen year, charts each answering one question with its "waarom", and the figures per year. */
import { useState } from 'react';
import { WACHTTIJD_NORM, type AssumptionMap } from '../../../shared/assumptions';
import type { CapacityProjection } from '../../../shared/contract';
import { formatNumber } from '../../../shared/numberFormat';
import { DemandPlacesChart, GemeenteChart, PlacesNeededChart, WaitingListChart, WaitingTimeChart, WlzChart } from './charts';
import { explainCapacity, explainGemeenten, explainPlacesNeeded, explainWaiting, explainWlz, yearOf } from './explain';

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const mln = (x: number) => `€ ${formatNumber(x / 1e6, 1)} mln`;

interface Props {
  projection: CapacityProjection;
  assumptions: AssumptionMap;
  busy: boolean;
}

export function CapacityView({ projection, assumptions, busy }: Props) {
  const r = projection.result;
  const [year, setYear] = useState(Math.min(2030, r.endYear));
  const y = yearOf(r, year);
  const norm = assumptions[WACHTTIJD_NORM]?.value ?? 3;
  const figures: { id: string; title: string; chart: React.ReactElement; why: string }[] = [
    { id: 'wachtlijst', title: 'Hoeveel mensen wachten op een plek, per vorm?', chart: <WaitingListChart r={r} />, why: explainWaiting(r, year, norm) },
    { id: 'wachttijd', title: 'Hoe lang wachten mensen op een plek?', chart: <WaitingTimeChart r={r} normMonths={norm} />, why: explainWaiting(r, year, norm).split('. ').slice(1).join('. ') },
    { id: 'capaciteit', title: 'Is er genoeg plek voor de vraag?', chart: <DemandPlacesChart r={r} />, why: explainCapacity(r) },
    { id: 'gemeenten', title: `Waar wachten mensen en waar zijn de plekken (${y.year})?`, chart: <GemeenteChart y={y} />, why: explainGemeenten(y) },
    { id: 'nodig', title: `Hoeveel extra plekken zijn nodig voor hoogstens ${formatNumber(norm, 1)} maanden wachten?`, chart: <PlacesNeededChart r={r} />, why: explainPlacesNeeded(r, year, norm) },
    { id: 'wlz', title: 'Hoeveel BW-plekken gaan naar de Wlz?', chart: <WlzChart r={r} />, why: explainWlz(r) },
  ];

  return (
    <div className="capacity" aria-busy={busy}>
      <div className="year-picker">
        <label>
          Kerncijfers voor het jaar{' '}
          <select value={year} onChange={(e) => setYear(Number(e.target.value))} aria-label="Jaar van de kerncijfers">
            {r.years.map((x) => (
              <option key={x.year} value={x.year}>
                {x.year}
              </option>
            ))}
          </select>
        </label>
        {busy && <span className="busy" role="status">Bezig met doorrekenen…</span>}
      </div>
      {r.notes.map((note) => (
        <p key={note} className="notice">
          {note}
        </p>
      ))}
      <div className="cards" data-testid="cards">
        <Card label={`Wachtlijst eind ${y.year}`} value={formatNumber(Math.round(y.waitingList))} unit="mensen" note={`eind 2024: ${formatNumber(Math.round(r.start.waitingList))}`} />
        <Card
          label={`Wachttijd ${y.year}`}
          value={y.waitingTimeMonths === null ? 'onbepaald' : formatNumber(y.waitingTimeMonths, 1)}
          unit={y.waitingTimeMonths === null ? '' : 'maanden'}
          note={`norm: hoogstens ${formatNumber(norm, 1)} maanden`}
          alert={y.waitingTimeMonths === null || y.waitingTimeMonths > norm}
        />
        <Card label={`Extra plekken nodig ${y.year}`} value={formatNumber(y.placesNeeded)} unit="plekken" note={`voor hoogstens ${formatNumber(norm, 1)} maanden wachten`} />
        <Card label={`Kosten Wmo-BW ${y.year}`} value={mln(y.costEuro)} unit="" note={euro.format(y.costEuro)} />
      </div>
      {figures.map((f) => (
        <figure key={f.id} className="chart" aria-labelledby={`${f.id}-title`} aria-describedby={`${f.id}-why`} data-testid={`chart-${f.id}`}>
          <h2 id={`${f.id}-title`}>{f.title}</h2>
          {f.chart}
          <figcaption id={`${f.id}-why`} className="why" data-testid={`why-${f.id}`}>
            <strong>Waarom.</strong> {f.why}
          </figcaption>
        </figure>
      ))}
      <YearTable projection={projection} />
      <details className="model-note">
        <summary>Wat het model aanneemt (modelversie {r.modelVersion})</summary>
        <p>{projection.description.nl}</p>
      </details>
    </div>
  );
}

function Card({ label, value, unit, note, alert }: { label: string; value: string; unit: string; note: string; alert?: boolean }) {
  return (
    <div className={alert ? 'card card-alert' : 'card'}>
      <div className="card-label">{label}</div>
      <div className="card-value">
        {value} {unit && <span className="card-unit">{unit}</span>}
      </div>
      <div className="card-note">{note}</div>
    </div>
  );
}

function YearTable({ projection }: { projection: CapacityProjection }) {
  const r = projection.result;
  return (
    <section className="year-table">
      <h2>Cijfers per jaar (regio, eind van het jaar)</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Jaar</th>
              <th scope="col">Vraag</th>
              <th scope="col">In zorg</th>
              <th scope="col">Wachtlijst</th>
              <th scope="col">Wachttijd (mnd)</th>
              <th scope="col">Plekken</th>
              <th scope="col">Plekken nodig</th>
              <th scope="col">Instroom</th>
              <th scope="col">Plaatsingen</th>
              <th scope="col">Uitstroom met woningvraag</th>
              <th scope="col">Naar de Wlz</th>
              <th scope="col">Kosten</th>
            </tr>
          </thead>
          <tbody>
            {r.years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td>{formatNumber(Math.round(y.demand))}</td>
                <td>{formatNumber(Math.round(y.inCare))}</td>
                <td>{formatNumber(Math.round(y.waitingList))}</td>
                <td>{y.waitingTimeMonths === null ? 'onbepaald' : formatNumber(y.waitingTimeMonths, 1)}</td>
                <td>{formatNumber(Math.round(y.places))}</td>
                <td>{formatNumber(y.placesNeeded)}</td>
                <td>{formatNumber(Math.round(y.inflow))}</td>
                <td>{formatNumber(Math.round(y.placements))}</td>
                <td>{formatNumber(Math.round(y.outflowNeedingHome))}</td>
                <td>{formatNumber(Math.round(y.wlzTransfers))}</td>
                <td>{mln(y.costEuro)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
