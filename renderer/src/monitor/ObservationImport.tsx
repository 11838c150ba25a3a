/** "Importeer monitoringcijfers…": a CSV or Excel file, a preview with per-row errors, then all rows or nothing. */
import { useState } from 'react';
import { OBSERVATION_MAX_ROWS } from '../../../shared/contract';
import { DUTCH_EXCEL, writeCsv } from '../../../shared/csv';
import { observationTemplate } from '../../../shared/observationImport';
import { OBSERVATION_MEASURES } from '../../../shared/observations';
import { formatFlexible } from '../../../shared/numberFormat';
import { call } from '../api/client';
import { Dialog } from '../common/Dialog';
import { download } from '../common/download';
import { ImportPreviewTable, ReadingStatus } from '../common/ImportPreview';
import { useImportFile } from '../common/useImportFile';

interface Props {
  onDone(message: string): Promise<void>;
  onError(message: string): void;
}

/** The half year that was last completed: what a monitoring round reports on. */
export function lastHalfYear(now = new Date()): string {
  const y = now.getFullYear();
  return now.getMonth() >= 6 ? `${y}-H1` : `${y - 1}-H2`;
}

export function ObservationImport({ onDone, onError }: Props) {
  const file = useImportFile((rows) => call('monitor.preview', { rows }), onError, { maxRows: OBSERVATION_MAX_ROWS, what: 'bestand met monitoringcijfers' });
  const [source, setSource] = useState('');
  const { input, pick, clear, pending } = file;
  const p = pending?.preview;
  const measures = p ? OBSERVATION_MEASURES.filter((m) => p.import.measures.includes(m.id)) : [];
  const count = p ? p.import.rows.reduce((n, r) => n + r.observations.length, 0) : 0;
  return (
    <div className="buttons-row">
      <label className="button-like primary">
        Importeer monitoringcijfers…
        <input ref={input} type="file" accept=".csv,.txt,.xlsx" className="visually-hidden" aria-label="Importeer monitoringcijfers" onChange={(e) => pick(e.target.files?.[0])} />
      </label>
      <button
        type="button"
        onClick={() => download(`sjabloon-monitoring-${lastHalfYear()}.csv`, writeCsv(observationTemplate(lastHalfYear()), DUTCH_EXCEL), 'text/csv;charset=utf-8')}
      >
        Download het sjabloon
      </button>
      <ReadingStatus file={file} />
      {pending && p && (
        <Dialog
          wide
          title={`Voorbeeld van "${pending.fileName}"`}
          help={
            p.clean
              ? `${count} cijfer${count === 1 ? '' : 's'} in ${p.import.rows.length} regel${p.import.rows.length === 1 ? '' : 's'}. Lege cellen zijn "niet gemeten". Een later geïmporteerd cijfer voor dezelfde periode, gemeente en vorm vervangt een eerder.`
              : 'Het bestand bevat fouten (rood). Er wordt niets opgeslagen; verbeter het bestand en kies het opnieuw.'
          }
          confirmLabel={p.clean ? `Importeer ${count} cijfers` : 'Importeren niet mogelijk'}
          confirmDisabled={!p.clean}
          onClose={clear}
          onConfirm={async () => {
            const set = await call('monitor.import', { fileName: pending.fileName, source, rows: pending.rows });
            setSource('');
            await onDone(`${set.count} cijfers geïmporteerd uit "${pending.fileName}".`);
          }}
        >
          {p.clean && (
            <label className="field">
              Bron (bijvoorbeeld "Cimot BW, peildatum 30 juni 2026")
              <input value={source} onChange={(e) => setSource(e.target.value)} maxLength={300} placeholder={`Monitoringcijfers uit "${pending.fileName}"`} />
            </label>
          )}
          <ImportPreviewTable
            testId="monitor-preview"
            whatHeader="Periode, gemeente, vorm"
            headers={measures.map((m) => m.label)}
            fileErrors={p.import.errors}
            rows={p.import.rows.map((r) => ({
              line: r.line,
              what: r.label,
              errors: r.errors,
              cells: measures.map((m) => {
                const o = r.observations.find((x) => x.measure === m.id);
                return o ? formatFlexible(o.value) : '';
              }),
            }))}
          />
        </Dialog>
      )}
    </div>
  );
}
