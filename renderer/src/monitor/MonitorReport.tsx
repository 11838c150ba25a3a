/** The monitor report for the regional overleg (at most a few A4 pages): plan against reality, in words, per gemeente, the estimates and the backtest. */
import type { MonitorView, ScenarioSummary } from '../../../shared/contract';
import { periodEndLabel, periodLabel } from '../../../shared/observations';
import { formatDate } from '../common/formatDate';
import { BacktestPanel } from './BacktestPanel';
import { EstimatesTable } from './EstimatesTable';
import { MonitorChart } from './MonitorChart';
import { NeedsAndGapsTable } from './NeedsAndGapsTable';
import { seriesChoices, seriesLabel, seriesPoints } from './series';
import '../report/report.css';

interface Props {
  view: MonitorView;
  reference: ScenarioSummary;
  appVersion: string;
  modelVersion: string;
}

/** "Monitor eerste helft 2026" from the latest period in the figures. */
export function monitorTitle(view: MonitorView): string {
  const latest = [...view.observations].sort((a, b) => (a.period.to < b.period.to ? 1 : -1))[0];
  return latest ? `Monitor beschermd wonen — ${periodLabel(latest.period)}` : 'Monitor beschermd wonen';
}

export function MonitorReport({ view, reference, appVersion, modelVersion }: Props) {
  const regional = view.deviations.filter((d) => d.difference !== null && d.observation.gemeente === null && d.observation.targetGroup === null);
  const largest = [...regional].sort((a, b) => Math.abs(b.difference!) - Math.abs(a.difference!)).slice(0, 6);
  const charts = seriesChoices(view.deviations).filter((c) => c.gemeente === null && (c.measure === 'wachtend' || c.measure === 'inZorg')).slice(0, 3);
  const changed = view.changes.filter((c) => c.before !== null && c.after !== null);
  return (
    <article className="report-doc" lang="nl" data-testid="monitor-report">
      <section className="page cover">
        <p className="kicker">Beschermd wonen · regio centrumgemeente Enschede · regionaal ambtelijk overleg</p>
        <h1>{monitorTitle(view)}</h1>
        <p className="subtitle">Het plan naast de monitoringcijfers: waar wijkt de regio af, wat betekent dat per gemeente, en wat zeggen de cijfers over de aannames?</p>
        <p>
          Plan: scenario <strong>{reference.name}</strong> ({reference.status}, laatste wijziging {formatDate(reference.updatedAt, 'dateTime')}).
        </p>
        <p>Monitoringcijfers: {view.sets.map((s) => `${s.fileName} — ${s.source}`).join('; ')}.</p>
        <p className="cover-meta">
          {formatDate(new Date(), 'longDate')} · modelversie {modelVersion} · Plekkenplanner {appVersion}
        </p>
      </section>

      <section className="page">
        <h2>Samenvatting</h2>
        <h3>De grootste afwijkingen van het plan (regio)</h3>
        <ul className="summary">
          {largest.map((d, i) => (
            <li key={i}>{d.sentence}</li>
          ))}
          {largest.length === 0 && <li>Er zijn geen regionale cijfers die met het plan te vergelijken zijn: het plan van dit scenario begint na de gemeten perioden, of de cijfers zijn alleen per gemeente.</li>}
        </ul>
        <h3>Veranderd sinds {view.previousPeriod ? periodEndLabel(view.previousPeriod) : 'de vorige meting'}</h3>
        <ul className="summary">
          {changed.slice(0, 6).map((c) => (
            <li key={c.id}>{c.sentence}</li>
          ))}
          {changed.length === 0 && <li>Dit is de eerste meting: er is nog niets te vergelijken.</li>}
        </ul>
        {view.backtest?.ok && (
          <>
            <h3>Hoe goed voorspelt het model?</h3>
            <p>{view.backtest.sentence}</p>
          </>
        )}
      </section>

      {charts.length > 0 && (
        <section className="page">
          <h2>Plan tegen werkelijkheid</h2>
          {charts.map((c) => (
            <MonitorChart key={`${c.measure}${c.form}`} points={seriesPoints(view.deviations, c)} title={seriesLabel(c)} height={210} />
          ))}
        </section>
      )}

      <section className="page">
        <h2>Behoeften en tekorten per gemeente</h2>
        <NeedsAndGapsTable gaps={view.needsAndGaps} />
      </section>

      <section className="page">
        <h2>Wat de cijfers zeggen over de aannames</h2>
        <EstimatesTable estimates={view.estimates} compact />
        <p className="help">Het interval is het 80 %-interval: de echte waarde ligt daar met 80 % zekerheid binnen. Waarop elke schatting rust, staat in de Excel-export (blad Schattingen).</p>
        <h2>Terugtoets</h2>
        <BacktestPanel backtest={view.backtest} />
      </section>
    </article>
  );
}
