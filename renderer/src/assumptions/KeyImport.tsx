/** "Importeer sleutelcijfers…": a CSV or Excel file per gemeente, shown as a preview with per-row errors before anything is stored. */
import { useRef, useState } from 'react';
import { readSheet } from 'read-excel-file/universal';
import type { KeyImportPreview } from '../../../shared/contract';
import { IMPORT_COLUMNS, parseCsv, type RawCell } from '../../../shared/keyImport';
import { formatFlexible } from '../../../shared/numberFormat';
import { call, errorMessage } from '../api/client';
import { Dialog } from '../common/Dialog';

const MAX_BYTES = 5_000_000;

async function readRows(file: File): Promise<RawCell[][]> {
  if (file.size > MAX_BYTES) throw new Error('Het bestand is groter dan 5 MB; een tabel met acht gemeenten is veel kleiner.');
  if (/\.xlsx$/i.test(file.name)) {
    try {
      return (await readSheet(file)).map((r) => r.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : (c as RawCell))));
    } catch {
      throw new Error(`"${file.name}" is geen leesbaar Excel-bestand (.xlsx). Sla het in Excel op als .xlsx of als CSV en probeer het opnieuw.`);
    }
  }
  if (/\.(csv|txt)$/i.test(file.name)) return parseCsv(await file.text());
  throw new Error('Kies een CSV-bestand (.csv) of een Excel-bestand (.xlsx). Het oude .xls-formaat wordt niet gelezen.');
}

interface Props {
  scenarioId: number;
  readOnly: boolean;
  onDone(message: string): Promise<void>;
  onError(message: string): void;
}

export function KeyImport({ scenarioId, readOnly, onDone, onError }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ fileName: string; rows: RawCell[][]; preview: KeyImportPreview }>();

  async function pick(file: File | undefined) {
    if (!file) return;
    try {
      const rows = await readRows(file);
      setPending({ fileName: file.name, rows, preview: await call('keyInputs.preview', { scenarioId, rows }) });
    } catch (e) {
      onError(errorMessage(e));
    } finally {
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
      <span className="help">Een kolom "Gemeente" (naam of CBS-code) en kolommen als Inwoners, Inwoners 18+, Sociale huurwoningen, Verhuringen, ETHOS.</span>
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
