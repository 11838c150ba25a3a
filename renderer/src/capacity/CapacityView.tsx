/** "Capaciteit": headline cards for a chosen year, charts each answering one question with its "waarom", and the figures per year. */
import { useState } from 'react';
import { WACHTTIJD_NORM, type AssumptionMap } from '../../../shared/assumptions';
import type { CapacityProjection } from '../../../shared/contract';
import { formatNumber } from '../../../shared/numberFormat';
import { DemandPlacesChart, GemeenteChart, GemeenteTrendChart, ListFlowsChart, PlacesNeededChart, WaitingListChart, WaitingTimeChart, WlzChart } from './charts';
import { explainCapacity, explainFlows, explainGemeenten, explainPlacesNeeded, explainWaiting, explainWaitingTime, explainWlz, yearOf } from './explain';
import { OUTPUT_METRICS, type MetricDef } from '../../../shared/metrics';
import { describeDiagram, ModelDiagram } from './ModelDiagram';
import { placesNeededDefinition } from '../../../models/capacity/placesNeeded';
import { TableScroll } from '../common/TableScroll';
import { useGemeenteFocus } from '../focus/focusContext';
import { FocusFigures, FocusNote } from '../focus/FocusFigures';
import { capacityFigures, explainGemeenteTrend } from './gemeenteFigures';

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const mln = (x: number) => `€ ${formatNumber(x / 1e6, 1)} mln`;

interface Props {
  projection: CapacityProjection;
  assumptions: AssumptionMap;
  busy: boolean;
}

export function CapacityView({ projection, assumptions, busy }: Props) {
  const r = projection.result;
  // The scenario's reporting year until the user picks another year.
  const [picked, setYear] = useState<number>();
  const year = picked ?? projection.reportingYear;
  const y = yearOf(r, year);
  const norm = assumptions[WACHTTIJD_NORM]?.value ?? 3;
  const focus = useGemeenteFocus();
  const figures: { id: string; title: string; chart: (label: string) => React.ReactElement; why: string }[] = [
    { id: 'wachtlijst', title: 'Hoeveel mensen wachten op een plek, per vorm?', chart: (l) => <WaitingListChart r={r} label={l} />, why: explainWaiting(r, year) },
    { id: 'model', title: `Hoe rekent het model? Voorraden en stromen in ${y.year}`, chart: () => <ModelDiagram r={r} y={y} />, why: describeDiagram(r, y) },
    { id: 'stromen', title: 'Wie komt op de wachtlijst en wie gaat eraf?', chart: (l) => <ListFlowsChart r={r} label={l} />, why: explainFlows(r, year) },
    { id: 'wachttijd', title: 'Hoe lang hadden mensen gewacht die een plek kregen (gemiddeld per jaar)?', chart: (l) => <WaitingTimeChart r={r} normMonths={norm} label={l} />, why: explainWaitingTime(r, year, norm).join(' ') },
    { id: 'capaciteit', title: 'Is er genoeg plek voor de vraag?', chart: (l) => <DemandPlacesChart r={r} label={l} />, why: explainCapacity(r) },
    { id: 'gemeenten', title: `Waar wachten mensen en waar zijn de plekken (${y.year})?`, chart: (l) => <GemeenteChart y={y} label={l} focus={focus.code} />, why: explainGemeenten(y) },
    ...(focus.code && focus.naam
      ? [{ id: 'mijn-gemeente', title: `Hoe ontwikkelen wachtlijst, zorg en plekken zich in ${focus.naam}?`, chart: (l: string) => <GemeenteTrendChart r={r} code={focus.code!} label={l} />, why: explainGemeenteTrend(r, focus.code, focus.naam) }]
      : []),
    { id: 'nodig', title: `Hoeveel extra plekken zijn nodig voor hoogstens ${formatNumber(norm, 1)} maanden wachten?`, chart: (l) => <PlacesNeededChart r={r} label={l} />, why: explainPlacesNeeded(r, year, norm) },
    { id: 'wlz', title: 'Hoeveel BW-plekken gaan naar de Wlz?', chart: (l) => <WlzChart r={r} label={l} />, why: explainWlz(r) },
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
        <Card label={`Wachtlijst eind ${y.year}`} value={formatNumber(Math.round(y.waitingList))} unit="mensen" note={`beginstand: ${formatNumber(Math.round(r.start.waitingList))}`} />
        <Card
          label={`Wachttijd geplaatsten ${y.year}`}
          value={y.waitingTimeMonths === null ? 'onbepaald' : formatNumber(y.waitingTimeMonths, 1)}
          unit={y.waitingTimeMonths === null ? '' : 'maanden'}
          note={`gemiddeld, van wie in ${y.year} een plek kreeg; norm: hoogstens ${formatNumber(norm, 1)}`}
          alert={y.waitingTimeMonths === null || y.waitingTimeMonths > norm}
        />
        <Card
          label={`Wachttijd bij aanmelding eind ${y.year}`}
          value={y.expectedWaitMonths === null ? 'onbepaald' : formatNumber(y.expectedWaitMonths, 1)}
          unit={y.expectedWaitMonths === null ? '' : 'maanden'}
          note="verwacht, wie het eerst komt het eerst maalt"
          alert={y.expectedWaitMonths === null || y.expectedWaitMonths > norm}
        />
        <Card label={`Extra plekken nodig ${y.year}`} value={formatNumber(y.placesNeeded)} unit="plekken" note={`het kleinste aantal extra plekken, open vanaf januari, waarmee wie eind ${y.year} op de wachtlijst komt binnen ${formatNumber(norm, 1)} maanden een plek krijgt`} title={placesNeededDefinition(norm)} />
        <Card label={`Kosten Wmo-BW ${y.year}`} value={mln(y.costEuro)} unit="" note={`${euro.format(y.costEuro)}; kosten van wachten (overbrugging): ${mln(y.costOfWaitingEuro)}`} />
      </div>
      {focus.code && (
        <FocusFigures
          title={`${focus.naam} naast de regio (${y.year})`}
          figures={capacityFigures(y, focus.code)}
          testId="focus-capacity"
          sentence={`De kerncijfers hierboven, het schema en de tabel per jaar zijn voor de regio. In de grafiek per gemeente is ${focus.naam} gemarkeerd; een eigen grafiek toont ${focus.naam} door de jaren.`}
        />
      )}
      {r.targetGroups.length > 1 && <FocusNote testId="focus-note-doelgroepen" text={(naam) => `De cijfers per doelgroep onderaan zijn voor de regio; per doelgroep zijn er geen aparte cijfers voor ${naam}.`} />}
      {figures.map((f) => (
        <figure key={f.id} className="chart" aria-labelledby={`${f.id}-title`} aria-describedby={`${f.id}-why`} data-testid={`chart-${f.id}`}>
          <h2 id={`${f.id}-title`}>{f.title}</h2>
          {f.chart(f.title)}
          <figcaption id={`${f.id}-why`} className="why" data-testid={`why-${f.id}`}>
            <strong>Waarom.</strong> {f.why}
          </figcaption>
        </figure>
      ))}
      <YearTable projection={projection} />
      {r.targetGroups.length > 1 && <GroupTable projection={projection} year={y.year} />}
      <details className="model-note">
        <summary>Wat het model aanneemt (modelversie {r.modelVersion})</summary>
        <p>{projection.description.nl}</p>
      </details>
    </div>
  );
}

function Card({ label, value, unit, note, alert, title }: { label: string; value: string; unit: string; note: string; alert?: boolean; title?: string }) {
  return (
    <div className={alert ? 'card card-alert' : 'card'} title={title}>
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
      <TableScroll label="Cijfers per jaar">
        <table>
          <thead>
            <tr>
              <th scope="col">Jaar</th>
              {OUTPUT_METRICS.map((m) => (
                <th scope="col" key={m.id} title={m.label}>
                  {m.short}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {r.years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                {OUTPUT_METRICS.map((m) => (
                  <td key={m.id}>{showMetric(m, y[m.id])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** A figure as the table shows it: whole people and places, months with one decimal, money in millions. */
function showMetric(m: MetricDef, x: number | null): string {
  if (x === null) return 'onbepaald';
  if (m.unit === 'euro') return mln(x);
  if (m.unit === 'maanden') return formatNumber(x, 1);
  return formatNumber(Math.round(x));
}

/** Need, waiting and places needed per target group, for the chosen year. */
function GroupTable({ projection, year }: { projection: CapacityProjection; year: number }) {
  const y = yearOf(projection.result, year);
  return (
    <section className="year-table" data-testid="doelgroepen">
      <h2>Per doelgroep ({y.year})</h2>
      <p className="help">Een plek voor een doelgroep neemt alleen cliënten van die doelgroep (zie Aannames → Model).</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Doelgroep</th>
            <th scope="col">Behoefte</th>
            <th scope="col">In zorg</th>
            <th scope="col">Wachtlijst</th>
            <th scope="col">Wachttijd bij aanmelding (mnd)</th>
            <th scope="col">Extra plekken nodig</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(y.byTargetGroup).map(([group, m]) => (
            <tr key={group}>
              <th scope="row">{group}</th>
              <td>{formatNumber(Math.round(m!.demand))}</td>
              <td>{formatNumber(Math.round(m!.inCare))}</td>
              <td>{formatNumber(Math.round(m!.waitingList))}</td>
              <td>{m!.expectedWaitMonths === null ? 'onbepaald' : formatNumber(m!.expectedWaitMonths, 1)}</td>
              <td>{formatNumber(m!.placesNeeded)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
