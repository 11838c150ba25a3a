/** "Importeer sleutelcijfers…": a CSV or Excel file per gemeente, shown as a preview with per-row errors before anything is stored. */
import { IMPORT_COLUMNS } from '../../../shared/keyImport';
import { formatFlexible } from '../../../shared/numberFormat';
import { call } from '../api/client';
import { Dialog } from '../common/Dialog';
import { ImportPreviewTable, ReadingStatus } from '../common/ImportPreview';
import { useImportFile } from '../common/useImportFile';

interface Props {
  scenarioId: number;
  readOnly: boolean;
  onDone(message: string): Promise<void>;
  onError(message: string): void;
}

export function KeyImport({ scenarioId, readOnly, onDone, onError }: Props) {
  const file = useImportFile((rows) => call('keyInputs.preview', { scenarioId, rows }), onError);
  const { input, pick, pending, clear } = file;

  if (readOnly) return null;
  const p = pending?.preview;
  const columns = p ? IMPORT_COLUMNS.filter((c) => p.import.columns.includes(c.id)) : [];
  return (
    <div className="buttons-row">
      <label className="button-like">
        Importeer cijfers uit CSV of Excel…
        <input ref={input} type="file" accept=".csv,.txt,.xlsx" className="visually-hidden" aria-label="Importeer sleutelcijfers" onChange={(e) => pick(e.target.files?.[0])} />
      </label>
      <ReadingStatus file={file} hint='Een kolom "Gemeente" (naam of CBS-code) en kolommen als Inwoners, Inwoners 18+, Sociale huurwoningen, Verhuringen, ETHOS.' />
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
          <ImportPreviewTable
            testId="import-preview"
            whatHeader="Gemeente"
            headers={columns.map((c) => c.label)}
            fileErrors={p.import.errors}
            rows={p.import.rows.map((r) => ({ line: r.line, what: r.gemeenteText, errors: r.errors, cells: columns.map((c) => (r.values[c.id] === undefined ? '' : formatFlexible(r.values[c.id]!))) }))}
          />
          {p.import.missing.length > 0 && <p className="help">Niet in het bestand (blijven ongewijzigd): {p.import.missing.join(', ')}.</p>}
        </Dialog>
      )}
    </div>
  );
}
