/** "Importeer sleutelcijfers…": a CSV or Excel file per gemeente, shown as a preview with per-row errors before anything is stored. */
import { IMPORT_COLUMNS } from '../../../shared/keyImport';
import { formatFlexible } from '../../../shared/numberFormat';
import { call } from '../api/client';
import { Dialog } from '../common/Dialog';
import { useImportFile } from '../common/useImportFile';

interface Props {
  scenarioId: number;
  readOnly: boolean;
  onDone(message: string): Promise<void>;
  onError(message: string): void;
}

export function KeyImport({ scenarioId, readOnly, onDone, onError }: Props) {
  const file = useImportFile((rows) => call('keyInputs.preview', { scenarioId, rows }), onError);
  const { input, pick, reading, cancelNote, pending, clear } = file;

  if (readOnly) return null;
  const p = pending?.preview;
  const columns = p ? IMPORT_COLUMNS.filter((c) => p.import.columns.includes(c.id)) : [];
  return (
    <div className="buttons-row">
      <label className="button-like">
        Importeer cijfers uit CSV of Excel…
        <input ref={input} type="file" accept=".csv,.txt,.xlsx" className="visually-hidden" aria-label="Importeer sleutelcijfers" onChange={(e) => pick(e.target.files?.[0])} />
      </label>
      {reading ? (
        <span className="import-reading" role="status" data-testid="import-reading">
          <span className="busy">Bezig met lezen van "{reading.fileName}"…</span>
          <button className="small" onClick={() => reading.controller.abort()}>
            Annuleren
          </button>
        </span>
      ) : cancelNote ? (
        <span className="help" role="status" data-testid="import-cancelled">
          {cancelNote}
        </span>
      ) : (
        <span className="help">Een kolom "Gemeente" (naam of CBS-code) en kolommen als Inwoners, Inwoners 18+, Sociale huurwoningen, Verhuringen, ETHOS.</span>
      )}
      {pending && p && (
        <Dialog
          wide
          title={`Voorbeeld van "${pending.fileName}"`}
          help={
            p.clean
              ? `${p.changes.length} waarde${p.changes.length === 1 ? '' : 'n'} wijzigen. Lege cellen laten de waarde staan. Elke wijziging komt in de geschiedenis met het bestand als bron.`
              : 'Het bestand bevat fouten (rood). Er wordt niets opgeslagen; verbeter het bestand en kies het opnieuw.'
          }
          confirmLabel={p.clean ? `Importeer ${p.changes.length} waarden` : 'Importeren niet mogelijk'}
          confirmDisabled={!p.clean || p.changes.length === 0}
          onClose={clear}
          onConfirm={async () => {
            const r = await call('keyInputs.apply', { scenarioId, fileName: pending.fileName, rows: pending.rows });
            await onDone(`${r.changed} waarden geïmporteerd uit "${pending.fileName}".`);
          }}
        >
          {p.import.errors.map((e) => (
            <p key={e} className="row-error" role="alert">
              {e}
            </p>
          ))}
          {p.import.rows.length > 0 && (
            <div className="preview-table">
              <table data-testid="import-preview">
                <thead>
                  <tr>
                    <th scope="col">Regel</th>
                    <th scope="col">Gemeente</th>
                    {columns.map((c) => (
                      <th scope="col" key={c.id}>
                        {c.label}
                      </th>
                    ))}
                    <th scope="col">Melding</th>
                  </tr>
                </thead>
                <tbody>
                  {p.import.rows.map((r) => (
                    <tr key={r.line} className={r.errors.length ? 'bad' : undefined}>
                      <td>{r.line}</td>
                      <td>{r.gemeenteText}</td>
                      {columns.map((c) => (
                        <td key={c.id}>{r.values[c.id] === undefined ? '' : formatFlexible(r.values[c.id]!)}</td>
                      ))}
                      <td className="row-error">{r.errors.join(' ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {p.import.missing.length > 0 && <p className="help">Niet in het bestand (blijven ongewijzigd): {p.import.missing.join(', ')}.</p>}
        </Dialog>
      )}
    </div>
  );
}
