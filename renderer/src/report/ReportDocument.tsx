/** The report for the Colleges: cover, one-page summary, comparison charts, fair-share map, assumptions with sources. Printed to PDF. */
import { MODEL_VERSION as MODEL_VERSION_TEXT } from '../../../models/version';
import { GEMEENTEN } from '../../../shared/domain';
import { formatAssumptionWithUnit, formatNumber } from '../../../shared/numberFormat';
import { assumptionDef } from '../../../shared/assumptions';
import { IndicatorTable } from '../compare/CompareTables';
import { ComparabilityWarnings, Differences } from '../compare/Differences';
import { COLORS, OVERLAYS, Overlay } from '../compare/Overlay';
import { DeviationMap } from '../fairshare/DeviationMap';
import { GemeenteTable } from '../common/GemeenteTable';
import { formatDate } from '../common/formatDate';
import { summaryMessages } from './messages';
import { FanChart } from '../uncertainty/charts';
import { bandSentence, fairShareSentence, targetSentence, urgentSentence } from '../uncertainty/explain';
import type { ReportData } from './useReportData';

const CHART_WIDTH = 310;

export function reportTitle(d: ReportData): string {
  return d.view.scenarios.length === 1 ? `Scenario ${d.view.scenarios[0].name}` : `${d.view.scenarios.length} scenario’s vergeleken`;
}

export function ReportDocument({ data, appVersion }: { data: ReportData; appVersion: string }) {
  const { view, reference, fairShare } = data;
  const ref = view.scenarios.findIndex((s) => s.id === view.referenceId);
  const refName = view.scenarios[ref].name;
  const f = fairShare.facility;
  const aannames = reference.tables.find((t) => t.name === 'Aannames');
  return (
    <article className="report-doc" lang="nl" data-testid="report">
      <section className="page cover">
        <p className="kicker">Beschermd wonen · regio centrumgemeente Enschede</p>
        <h1>{reportTitle(data)}</h1>
        <p className="subtitle">Wachtlijst, wachttijd, plekken, kosten, fair share en urgente huisvesting tot en met {view.years[view.years.length - 1]}</p>
        <ul className="cover-scenarios">
          {view.scenarios.map((s, i) => (
            <li key={s.id}>
              <span className="swatch" style={{ background: COLORS[i] }} /> <strong>{s.name}</strong> — {s.status}
              {i === ref && view.scenarios.length > 1 ? ' (referentie)' : ''}, laatste wijziging {formatDate(s.updatedAt, 'dateTime')}
            </li>
          ))}
        </ul>
        <p className="cover-meta">
          Voor de Colleges van B&amp;W van {GEMEENTEN.map((g) => g.naam).join(', ').replace(/, ([^,]*)$/, ' en $1')}.
          <br />
          {formatDate(reference.generatedAt, 'longDate')} · modelversie {view.modelVersion} · Plekkenplanner {appVersion}
        </p>
      </section>

      <section className="page">
        <h2>Samenvatting</h2>
        <p>
          {view.scenarios.length === 1
            ? `Dit rapport beschrijft scenario ${refName}.`
            : `Dit rapport vergelijkt ${view.scenarios.length} scenario’s met ${refName} als referentie.`}{' '}
          Alle cijfers komen uit het capaciteitsmodel (maandelijks, per gemeente en BW-vorm). Aannames zonder bron staan achterin gemarkeerd als aanname.
        </p>
        <ComparabilityWarnings view={view} />
        <ul className="summary" data-testid="report-summary">
          {summaryMessages(view).map((m) => (
            <li key={m.indicator}>{m.text}</li>
          ))}
        </ul>
      </section>

      <section className="page">
        <h2>Kerncijfers</h2>
        <IndicatorTable view={view} className="report-table" />
      </section>

      <section className="page">
        <h2>Het verloop per jaar</h2>
        <div className="report-charts">
          {OVERLAYS.map((o) => (
            <Overlay key={o.series} view={view} series={o.series} width={CHART_WIDTH} height={210} fontSize={10} />
          ))}
        </div>
      </section>

      <section className="page">
        <h2>
          Fair share eind {fairShare.date.slice(0, 4)}: {refName}
        </h2>
        {f ? (
          <>
            <p>
              Plekken (alle vormen, ook geplande) tegen de norm naar inwoners. De fair-share-index is {formatNumber(f.index * 100, 1)} %: dat deel van de plekken zou moeten
              verhuizen om precies volgens de sleutel verdeeld te zijn.
            </p>
            <div className="report-map">
              <DeviationMap facility={f} keyLabel="Inwoners" />
            </div>
            <GemeenteTable
              className="report-table"
              columns={[
                { key: 'plekken', header: 'Plekken', cell: (i) => formatNumber(f.rows[i].actual) },
                { key: 'norm', header: 'Norm', cell: (i) => formatNumber(f.rows[i].norm, 1) },
                { key: 'verschil', header: 'Verschil', cell: (i) => formatNumber(f.rows[i].deviation, 1) },
              ]}
            />
          </>
        ) : (
          <p>{fairShare.keys.find((k) => k.id === 'inwoners')?.message ?? 'De sleutel inwoners is niet te gebruiken.'}</p>
        )}
      </section>

      {data.uncertainty && (
        <section className="page" data-testid="report-uncertainty">
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

      {view.scenarios.length > 1 && (
        <section className="page">
          <h2>Wat is er anders?</h2>
          <Differences view={view} tableClass="report-table small" warnings={false} />
        </section>
      )}

      {aannames && (
        <section className="page">
          <h2>Alle aannames van {refName}, met bron</h2>
          <table className="report-table small" data-testid="report-assumptions">
            <thead>
              <tr>
                <th scope="col">Aanname</th>
                <th scope="col">Waarde</th>
                <th scope="col">Bron of toelichting</th>
              </tr>
            </thead>
            <tbody>
              {aannames.rows.map((r) => (
                <tr key={String(r[0])}>
                  <th scope="row">{r[1]}</th>
                  <td>
                    {formatAssumptionWithUnit(assumptionDef(String(r[0])), { value: Number(r[3]), formula: r[4] ? String(r[4]) : null })}
                  </td>
                  <td>
                    {r[6] === 'ja' && <strong>aanname: </strong>}
                    {r[5]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section className="page colophon">
        <h2>Verantwoording</h2>
        <p>
          Gemaakt met Plekkenplanner {appVersion}, modelversie {view.modelVersion}, op {formatDate(reference.generatedAt, 'dateTime')}. Laatste wijziging van {refName}:{' '}
          {reference.lastChange}.
        </p>
        <p>
          Het capaciteitsmodel (versie {MODEL_VERSION_TEXT}) rekent per maand vanaf de beginstand van december 2024. De behoefte (in zorg plus wachtend) volgt de trend uit
          de aannames; plekken bepalen alleen wie in zorg is en wie wacht. Mensen gaan van de wachtlijst af met een plek, zonder plek (uitval) of naar de Wlz. De wachttijd is
          de gemiddelde wachttijd van wie in het jaar een plek kreeg, wie het eerst komt het eerst maalt; extra plekken nodig is het kleinste aantal extra plekken waarmee wie
          eind van het jaar op de wachtlijst komt binnen de norm een plek krijgt. Een getal is zo zeker als de aannames
          erachter; aannames zonder document of statistiek staan hierboven als <strong>aanname</strong>.
        </p>
      </section>
    </article>
  );
}
