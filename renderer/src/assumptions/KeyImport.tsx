/** "Importeer sleutelcijfers…": a CSV or Excel file per gemeente, shown as a preview with per-row errors before anything is stored. */
import { useEffect, useRef, useState } from 'react';
import type { KeyImportPreview } from '../../../shared/contract';
import { IMPORT_COLUMNS, type RawCell } from '../../../shared/keyImport';
import { formatFlexible } from '../../../shared/numberFormat';
import { call, errorMessage } from '../api/client';
import { Cancelled, settleWithin } from '../common/cancellable';
import { Dialog } from '../common/Dialog';
import { READ_TIME_LIMIT_MS, readImportFile } from './readImportFile';

interface Props {
  scenarioId: number;
  readOnly: boolean;
  onDone(message: string): Promise<void>;
  onError(message: string): void;
}

export function KeyImport({ scenarioId, readOnly, onDone, onError }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ fileName: string; rows: RawCell[][]; preview: KeyImportPreview }>();
  /** The file being read, with the controller that cancels it; a newer pick cancels an older one. */
  const [reading, setReading] = useState<{ fileName: string; controller: AbortController }>();
  const [cancelNote, setCancelNote] = useState<string>();
  const current = useRef<AbortController>(undefined);
  useEffect(() => () => current.current?.abort(), []);

  async function pick(file: File | undefined) {
    if (!file) return;
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    const { signal } = controller;
    setReading({ fileName: file.name, controller });
    setCancelNote(undefined);
    try {
      const rows = await readImportFile(file, signal);
      const preview = await settleWithin(call('keyInputs.preview', { scenarioId, rows }), {
        ms: READ_TIME_LIMIT_MS,
        signal,
        timeoutMessage: 'Plekkenplanner gaf geen antwoord op het voorbeeld van de import. Er is niets gewijzigd; probeer het opnieuw.',
      });
      if (!signal.aborted) setPending({ fileName: file.name, rows, preview });
    } catch (e) {
      if (!(e instanceof Cancelled)) onError(errorMessage(e));
      else if (current.current === controller) setCancelNote(`Lezen van "${file.name}" geannuleerd; er is niets gewijzigd.`);
    } finally {
      if (current.current === controller) current.current = undefined;
      setReading((r) => (r?.controller === controller ? undefined : r));
      if (input.current) input.current.value = '';
    }
  }

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
          onClose={() => setPending(undefined)}
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
