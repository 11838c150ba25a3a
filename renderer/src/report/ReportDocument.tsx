/**
 * The report for the Colleges, printed to PDF: cover, summary with the key figures, the course per year, a fair-share
 * map per scenario, what the scenarios change, and every assumption once with its value per scenario and its source.
 */
import { MODEL_VERSION as MODEL_VERSION_TEXT } from '../../../models/version';
import { GEMEENTEN } from '../../../shared/domain';
import { formatNumber } from '../../../shared/numberFormat';
import { IndicatorTable } from '../compare/CompareTables';
import { ComparabilityWarnings } from '../compare/Differences';
import { COLORS, OVERLAYS, Overlay } from '../compare/Overlay';
import { DeviationLegend, DeviationMap } from '../fairshare/DeviationMap';
import { DEFAULT_METHOD, methodInSentence, wholeFacility } from '../fairshare/wholePlaces';
import { GemeenteTable } from '../common/GemeenteTable';
import { formatDate } from '../common/formatDate';
import { FanChart } from '../uncertainty/charts';
import { bandSentence, fairShareSentence, targetSentence, urgentSentence } from '../uncertainty/explain';
import { AssumptionAppendix } from './AssumptionAppendix';
import { ScenarioDifferences } from './ScenarioDifferences';
import { HEADLINE_INDICATORS, headline, reportTitle } from './messages';
import type { ReportData } from './useReportData';
import './report.css';

const CHART_WIDTH = 330;

export const titleOf = (d: ReportData) =>
  reportTitle(
    d.view.scenarios.map((s) => s.name),
    Math.max(0, d.view.scenarios.findIndex((s) => s.id === d.view.referenceId)),
  );

const GEMEENTE_LIST = GEMEENTEN.map((g) => g.naam).join(', ').replace(/, ([^,]*)$/, ' en $1');

export function ReportDocument({ data, appVersion }: { data: ReportData; appVersion: string }) {
  const { view } = data;
  const ref = Math.max(0, view.scenarios.findIndex((s) => s.id === view.referenceId));
  const refName = view.scenarios[ref].name;
  const many = view.scenarios.length > 1;
  const changes = data.scenarios.map((s) => s.change);
  const lastYear = view.years[view.years.length - 1];
  // The reference's sentences when alone; otherwise each other scenario speaks for itself.
  const speakers = many ? view.scenarios.map((_, i) => i).filter((i) => i !== ref) : [ref];
  return (
    <article className="report-doc" lang="nl" data-testid="report">
      <section className="page cover">
        <p className="kicker">Beschermd wonen · regio centrumgemeente Enschede</p>
        <h1>{titleOf(data)}</h1>
        <p className="subtitle">
          Wachtlijst, wachttijd, plekken, kosten, fair share en urgente huisvesting, {view.years[0]} tot en met {lastYear}
        </p>
        <ul className="cover-scenarios">
          {view.scenarios.map((s, i) => (
            <li key={s.id}>
              <span className="swatch" style={{ background: COLORS[i] }} /> <strong>{s.name}</strong>
              {i === ref && many ? ' (referentie)' : ''} — {s.status}, laatste wijziging {formatDate(s.updatedAt, 'longDateComma')}
            </li>
          ))}
        </ul>
        <p className="cover-meta">
          Voor de Colleges van B&amp;W van {GEMEENTE_LIST}.
          <br />
          {formatDate(data.generatedAt, 'longDateComma')} · modelversie {view.modelVersion} · Plekkenplanner {appVersion}
        </p>
      </section>

      <section className="page">
        <h2>Samenvatting</h2>
        <p>
          {many
            ? `Dit rapport zet ${view.scenarios.length === 2 ? 'scenario' : 'de scenario’s'} ${view.scenarios
                .filter((_, i) => i !== ref)
                .map((s) => s.name)
                .join(', ')} naast ${refName} (de referentie).`
            : `Dit rapport beschrijft scenario ${refName}.`}{' '}
          De cijfers gaan over {view.reportingYear}, het rapportagejaar; alle cijfers komen uit het capaciteitsmodel.
        </p>
        <ComparabilityWarnings view={view} />
        {speakers.map((i) => {
          // "Met 24 extra plekken in Haaksbergen:" (or "In Meer groei:") once, then what it brings.
          const lead = many ? (changes[i] ?? `In ${view.scenarios[i].name}`) : null;
          const lines = HEADLINE_INDICATORS.map((id) => headline(view, id, changes, i)).filter((h) => h !== null);
          return (
            <div key={i} className="summary-block">
              {many && (
                <h3>
                  <span className="swatch" style={{ background: COLORS[i] }} /> {view.scenarios[i].name}
                </h3>
              )}
              {lead && <p className="summary-lead">{lead}:</p>}
              <ul className="summary" data-testid="report-summary">
                {lines.map((h, n) => (
                  <li key={h.indicator}>
                    {lead && h.text.startsWith(`${lead} `) ? h.text.slice(lead.length + 1) : h.text}
                    {lead && n < lines.length - 1 ? ';' : '.'}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
        <h3>Kerncijfers</h3>
        <IndicatorTable view={view} className="report-table" />
      </section>

      <section className="page">
        <h2>Het verloop per jaar</h2>
        <div className="report-charts">
          {OVERLAYS.map((o) => (
            <Overlay
              key={o.series}
              view={view}
              series={o.series}
              width={CHART_WIDTH}
              height={250}
              fontSize={10}
              norm={o.series === 'waitingTimeMonths' ? data.waitingNormMonths : undefined}
            />
          ))}
        </div>
        <p className="note">
          Wachttijd: de gemiddelde wachttijd van wie in het jaar een plek kreeg; de groene lijn is de norm van {refName}. Kosten: Wmo-beschermd wonen, in miljoen euro per jaar.
        </p>
      </section>

      <FairShareSection data={data} />

      {data.uncertainty && (
        <section className="page flow" data-testid="report-uncertainty">
          <h2>Hoe zeker is dit? {refName}</h2>
          <p>
            {formatNumber(data.uncertainty.runs)} doorrekeningen met telkens andere waarden binnen de bereiken van de aannames (startgetal {data.uncertainty.seed}, zodat het
            na te rekenen is).
          </p>
          <ul className="summary">
            {[targetSentence, bandSentence, urgentSentence].map((f, i) => (
              <li key={i}>{f(data.uncertainty!, view.reportingYear)}</li>
            ))}
            <li>{fairShareSentence(data.uncertainty)}</li>
          </ul>
          <div className="report-charts">
            <figure className="chart">
              <h2>Wachtlijst: 8 van de 10 toekomsten</h2>
              <FanChart r={data.uncertainty} metric="waitingList" format={(v) => formatNumber(v)} width={CHART_WIDTH} height={230} fontSize={10} />
            </figure>
            <figure className="chart">
              <h2>Wachttijd (maanden) tegen de norm</h2>
              <FanChart r={data.uncertainty} metric="waitingTimeMonths" format={(v) => `${formatNumber(v, 1)} mnd`} norm={data.uncertainty.waitingNormMonths} width={CHART_WIDTH} height={230} fontSize={10} />
            </figure>
          </div>
        </section>
      )}

      {many && <ScenarioDifferences data={data} />}

      <AssumptionAppendix data={data} />

      <section className="colophon">
        <h2>Verantwoording</h2>
        <p>
          Gemaakt met Plekkenplanner {appVersion}, modelversie {view.modelVersion}, op {formatDate(data.generatedAt, 'longDateComma')}.{' '}
          {data.scenarios.map((s, i) => (
            <span key={i}>
              Laatste wijziging van {view.scenarios[i].name}:{' '}
              {s.lastChange ? `${formatDate(s.lastChange.at, 'longDateComma')}, ${s.lastChange.label}` : 'geen wijzigingen sinds het aanmaken'}.{' '}
            </span>
          ))}
        </p>
        <p>
          Het capaciteitsmodel (versie {MODEL_VERSION_TEXT}) rekent per maand vanaf de beginstand van december 2024. De behoefte (in zorg plus wachtend) volgt de trend uit
          de aannames; plekken bepalen alleen wie in zorg is en wie wacht. Mensen gaan van de wachtlijst af met een plek, zonder plek (uitval) of naar de Wlz. De wachttijd is
          de gemiddelde wachttijd van wie in het jaar een plek kreeg, wie het eerst komt het eerst maalt; extra plekken nodig is het kleinste aantal extra plekken waarmee wie
          eind van het jaar op de wachtlijst komt binnen de norm een plek krijgt. Een getal is zo zeker als de aannames erachter; aannames zonder document of statistiek staan
          in de bijlage als <strong>aanname</strong>.
        </p>
      </section>
    </article>
  );
}

/** A map per scenario and one table of whole places: the norm apportioned so that it adds up to the places exactly. */
function FairShareSection({ data }: { data: ReportData }) {
  const { view } = data;
  const facilities = data.scenarios.map((s) => (s.fairShare.facility ? wholeFacility(s.fairShare.facility, DEFAULT_METHOD) : null));
  const year = data.scenarios[0].fairShare.date.slice(0, 4);
  const many = view.scenarios.length > 1;
  return (
    <section className="page" data-testid="report-fairshare">
      <h2>Fair share eind {year}: plekken tegen de sleutel inwoners</h2>
      <p>
        Alle plekken (alle vormen, ook geplande) per gemeente tegen de norm naar inwoners, in hele plekken, verdeeld met {methodInSentence(DEFAULT_METHOD)}, zodat de
        norm optelt tot het aantal plekken. De fair-share-index is het deel van de plekken dat zou moeten verhuizen om precies volgens de sleutel verdeeld te zijn.
      </p>
      <div className={`report-maps n${Math.min(view.scenarios.length, 4)}`}>
        {view.scenarios.map((s, i) => {
          const raw = data.scenarios[i].fairShare.facility;
          return (
            <figure key={s.id} className="report-map" data-testid="report-map">
              <figcaption>
                <span className="swatch" style={{ background: COLORS[i] }} /> <strong>{s.name}</strong>
                {raw ? ` — index ${formatNumber(raw.index * 100, 1)} %` : ''}
              </figcaption>
              {raw ? <DeviationMap facility={raw} keyLabel="Inwoners" legend={!many} /> : <p>{data.scenarios[i].fairShare.keys.find((k) => k.id === 'inwoners')?.message ?? 'De sleutel inwoners is niet te gebruiken.'}</p>}
            </figure>
          );
        })}
      </div>
      {many && (
        <div className="maps-legend">
          <DeviationLegend />
        </div>
      )}
      <GemeenteTable
        className="report-table fairshare-table"
        testId="report-fairshare-table"
        totalLabel="Regio"
        columns={view.scenarios.flatMap((s, i) => {
          const f = facilities[i];
          const head = (what: string) =>
            many ? (
              <>
                {what}
                <span className="col-scenario">{s.name}</span>
              </>
            ) : (
              what
            );
          const sum = (pick: (r: { actual: number; norm: number; deviation: number }) => number) => (f ? formatNumber(f.rows.reduce((t, r) => t + pick(r), 0)) : '–');
          const signed = (v: number) => `${v > 0 ? '+' : ''}${formatNumber(v)}`;
          return [
            { key: `p${i}`, header: head('Plekken'), cell: (g: number) => (f ? formatNumber(f.rows[g].actual) : '–'), total: sum((r) => r.actual) },
            { key: `n${i}`, header: head('Norm'), cell: (g: number) => (f ? formatNumber(f.rows[g].norm) : '–'), total: sum((r) => r.norm) },
            { key: `d${i}`, header: head('Verschil'), cell: (g: number) => (f ? signed(f.rows[g].deviation) : '–'), total: sum((r) => r.deviation) },
          ];
        })}
      />
    </section>
  );
}
