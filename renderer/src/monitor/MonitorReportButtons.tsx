/** The monitor report: shown as A4 pages (print or save as PDF) and the same tables as an Excel workbook. */
import { useState } from 'react';
import type { AppInfo, MonitorView, ScenarioSummary } from '../../../shared/contract';
import { fileNamePart } from '../../../shared/tables';
import { toXlsx } from '../../../shared/workbook';
import { call, errorMessage } from '../api/client';
import { download } from '../common/download';
import { SAVE_PDF_LABEL, savePdf } from '../common/savePdf';
import { Feedback, type Message } from '../common/Feedback';
import { MonitorReport, monitorTitle } from './MonitorReport';

interface Props {
  view: MonitorView;
  reference: ScenarioSummary;
  info: AppInfo | undefined;
}

/** The report pages with a toolbar (print / save as PDF, close); the rest of the tab is not shown, so only the pages print. */
export function MonitorReportOverlay({ view, reference, info, onClose }: Props & { info: AppInfo; onClose(): void }) {
  const [message, setMessage] = useState<Message | null>(null);
  const base = fileNamePart(monitorTitle(view));

  async function pdf() {
    const m = await savePdf(`${base}.pdf`, 'Monitorrapport');
    if (m) setMessage(m);
  }
  return (
    <div className="report-overlay">
      <div className="report-toolbar no-print">
        <button className="primary" onClick={pdf}>
          {SAVE_PDF_LABEL()}
        </button>
        <button onClick={onClose}>Sluiten</button>
        <Feedback message={message} />
      </div>
      <MonitorReport view={view} reference={reference} appVersion={info.appVersion} modelVersion={info.modelVersion} />
    </div>
  );
}

export function MonitorReportButtons({ view, reference, info, onOpen }: Props & { onOpen(): void }) {
  const [message, setMessage] = useState<Message | null>(null);
  const base = fileNamePart(monitorTitle(view));
  async function excel() {
    try {
      const b = await call('monitor.export', { scenarioId: reference.id });
      download(`${base}.xlsx`, await toXlsx(b), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      setMessage({ kind: 'ok', text: `Excel-bestand ${base}.xlsx gemaakt: ${b.tables.length} tabellen en een blad Info.` });
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    }
  }
  return (
    <div className="buttons-row">
      <button className="primary" onClick={onOpen} disabled={!info}>
        Monitorrapport bekijken
      </button>
      <button onClick={excel}>Exporteer de monitortabellen naar Excel (.xlsx)</button>
      <Feedback message={message} testId="monitor-report-message" />
    </div>
  );
}
