/** "Rapport en presentatie": export to Excel/CSV, the PDF report for the Colleges, and presentation mode. */
import { useState } from 'react';
import type { AppInfo, McResult, ScenarioSummary } from '../../../shared/contract';
import { fileNamePart } from '../../../shared/tables';
import { toCsv, toXlsx } from '../../../shared/workbook';
import { call, errorMessage } from '../api/client';
import { download } from '../common/download';
import { SAVE_PDF_LABEL, savePdf } from '../common/savePdf';
import { ScenarioChooser, useScenarioChoice } from '../compare/ScenarioChooser';
import { Presentation } from './Presentation';
import { ReportDocument, titleOf } from './ReportDocument';
import { useReportData } from './useReportData';
import { ErrorText, Feedback } from '../common/Feedback';
import { FocusNote } from '../focus/FocusFigures';

interface Props {
  info: AppInfo | undefined;
  scenarios: ScenarioSummary[];
  selected: ScenarioSummary;
  version: unknown;
  /** Monte Carlo results of this session, by scenario: the reference's goes into the report when up to date. */
  uncertainty: Record<number, McResult>;
}

const TABLE_CHOICES = ['Capaciteit per jaar', 'Per vorm', 'Wachtlijst per gemeente', 'Fair share', 'Urgentie', 'Locaties', 'Wlz-overgangen', 'Aannames'];

export function ReportTab({ info, scenarios, selected, version, uncertainty }: Props) {
  const { ids, ref, setChosen, setReferenceId } = useScenarioChoice(scenarios, selected.id);
  const [mode, setMode] = useState<'keuze' | 'rapport' | 'presentatie'>('keuze');
  // Back from the report or the slides, the focus returns to the button that opened them (autoFocus on remount).
  const [cameFrom, setCameFrom] = useState<'rapport' | 'presentatie'>();
  const open = (m: 'rapport' | 'presentatie') => {
    setCameFrom(m);
    setMode(m);
  };
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);
  const [csvTable, setCsvTable] = useState(TABLE_CHOICES[0]);
  const { data: loaded, error } = useReportData(ids.length ? ids : [selected.id], ref ?? selected.id, version);
  const mc = loaded ? uncertainty[loaded.view.referenceId] : undefined;
  const upToDate = mc && scenarios.find((s) => s.id === mc.scenarioId)?.updatedAt === mc.scenarioUpdatedAt;
  const data = loaded && { ...loaded, uncertainty: upToDate ? mc : undefined };

  async function exportFile(kind: 'xlsx' | 'csv') {
    setBusy(true);
    try {
      const b = await call('export.tables', { scenarioId: selected.id });
      const base = `${fileNamePart(b.scenario.name)}-${b.generatedAt.slice(0, 10)}`;
      if (kind === 'xlsx') {
        download(`${base}.xlsx`, await toXlsx(b), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        setMessage({ kind: 'ok', text: `Excel-bestand ${base}.xlsx gemaakt: ${b.tables.length} tabellen en een blad Info.` });
      } else {
        const t = b.tables.find((x) => x.name === csvTable)!;
        const name = `${base}-${fileNamePart(t.name)}.csv`;
        download(name, toCsv(t, b), 'text/csv;charset=utf-8');
        setMessage({ kind: 'ok', text: `CSV-bestand ${name} gemaakt.` });
      }
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  }

  async function saveReport() {
    if (!data) return;
    const m = await savePdf(`${fileNamePart(titleOf(data))}.pdf`, 'Rapport');
    if (m) setMessage(m);
  }

  if (mode === 'rapport' && data && info) {
    return (
      <div className="report-overlay">
        <div className="report-toolbar no-print">
          <button className="primary" onClick={saveReport}>
            {SAVE_PDF_LABEL()}
          </button>
          <button onClick={() => open('presentatie')}>Presenteren</button>
          <button onClick={() => setMode('keuze')}>Sluiten</button>
          {message && <span className={message.kind === 'ok' ? 'feedback ok' : 'feedback error'}>{message.text}</span>}
        </div>
        <ReportDocument data={data} appVersion={info.appVersion} />
      </div>
    );
  }
  if (mode === 'presentatie' && data) return <Presentation data={data} onClose={() => setMode('keuze')} />;

  return (
    <div className="report-tab">
      <Feedback message={message} testId="report-message" />
      <FocusNote text={(naam) => `Het rapport en de presentatie zijn voor de regio met alle gemeenten; de keuze ${naam} verandert ze niet.`} />
      <section className="card-section">
        <h2>Rapport en presentatie voor de Colleges</h2>
        <p className="help">
          Kies één tot vier scenario’s. Het rapport heeft een voorblad, een samenvatting met de kerncijfers, de grafieken, een fair-share-kaart per scenario, wat de scenario’s anders doen en alle aannames met hun bron. De
          presentatie toont per dia één boodschap met één grafiek, schermvullend. Is de onzekerheid van het referentiescenario in deze sessie doorgerekend (tab
          Onzekerheid) en sindsdien niet gewijzigd, dan komen de banden en kansen erbij.
        </p>
        <ScenarioChooser scenarios={scenarios} chosen={ids} referenceId={ref} onChosen={setChosen} onReference={setReferenceId} legend="Welke scenario’s (één tot vier)? Kies ook de referentie." />
        <ErrorText text={error} />
        <div className="buttons-row">
          <button className="primary" disabled={!data || ids.length === 0} onClick={() => open('rapport')} autoFocus={cameFrom === 'rapport'}>
            Rapport bekijken
          </button>
          <button disabled={!data || ids.length === 0} onClick={() => open('presentatie')} autoFocus={cameFrom === 'presentatie'}>
            Presenteren
          </button>
          {!data && !error && <span className="help">Rapport wordt voorbereid…</span>}
        </div>
      </section>
      <section className="card-section">
        <h2>Exporteren: {selected.name}</h2>
        <p className="help">
          Resultaten en aannames met hun bron. Excel krijgt een blad per tabel en een blad Info met modelversie, datum en laatste wijziging. CSV is één tabel, met puntkomma’s en
          decimale komma’s zoals Nederlandse Excel het leest. Tekst die begint met =, +, - of @ (zoals een formule bij een aanname) blijft tekst: in CSV
          krijgt die een apostrof ervoor, zodat Excel er geen formule van maakt.
        </p>
        <div className="buttons-row">
          <button onClick={() => exportFile('xlsx')} disabled={busy}>
            Exporteer naar Excel (.xlsx)
          </button>
          <label className="field inline">
            Tabel
            <select value={csvTable} onChange={(e) => setCsvTable(e.target.value)}>
              {TABLE_CHOICES.map((t) => (
                <option key={t}>{t}</option>
              ))}
            </select>
          </label>
          <button onClick={() => exportFile('csv')} disabled={busy}>
            Exporteer tabel als CSV
          </button>
        </div>
      </section>
    </div>
  );
}
