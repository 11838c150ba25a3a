/** The parts both imports (key inputs, monitoring figures) show: the reading status with "Annuleren", and the preview table with a message per row. */
import { TableScroll } from './TableScroll';
import type { ImportFile } from './useImportFile';

export function ReadingStatus({ file, hint }: { file: Pick<ImportFile<unknown>, 'reading' | 'cancelNote'>; hint?: string }) {
  const { reading, cancelNote } = file;
  if (reading) {
    return (
      <span className="import-reading" role="status" data-testid="import-reading">
        <span className="busy">Bezig met lezen van "{reading.fileName}"…</span>
        <button className="small" onClick={() => reading.controller.abort()}>
          Annuleren
        </button>
      </span>
    );
  }
  if (cancelNote) {
    return (
      <span className="help" role="status" data-testid="import-cancelled">
        {cancelNote}
      </span>
    );
  }
  return hint ? <span className="help">{hint}</span> : null;
}

export interface PreviewRow {
  line: number;
  /** What the row is about: the gemeente, or period, gemeente and form. */
  what: string;
  cells: string[];
  errors: string[];
}

/** The file's problems as a whole, then a table: one row per file row, bad rows red with their message. */
export function ImportPreviewTable({ testId, whatHeader, headers, rows, fileErrors }: { testId: string; whatHeader: string; headers: string[]; rows: PreviewRow[]; fileErrors: string[] }) {
  return (
    <>
      {fileErrors.map((e) => (
        <p key={e} className="row-error" role="alert">
          {e}
        </p>
      ))}
      {rows.length > 0 && (
        <TableScroll label="Voorbeeld van de import" className="preview-table">
          <table data-testid={testId}>
            <thead>
              <tr>
                <th scope="col">Regel</th>
                <th scope="col">{whatHeader}</th>
                {headers.map((h) => (
                  <th scope="col" key={h}>
                    {h}
                  </th>
                ))}
                <th scope="col">Melding</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.line} className={r.errors.length ? 'bad' : undefined}>
                  <td>{r.line}</td>
                  <td>{r.what}</td>
                  {r.cells.map((c, i) => (
                    <td key={i}>{c}</td>
                  ))}
                  <td className="row-error">{r.errors.join(' ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
