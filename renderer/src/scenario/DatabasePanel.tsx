/** Where the data lives, "Bewaar kopie als…" and "Open database…". */
import type { AppInfo } from '../../../shared/contract';
import { call, errorMessage } from '../api/client';
import { base64ToBytes, download } from '../common/download';

export function DatabasePanel({ info, onMessage }: { info: AppInfo; onMessage(m: { kind: 'ok' | 'error'; text: string }): void }) {
  async function saveCopy() {
    try {
      const c = await call('database.copy', {});
      download(c.fileName, base64ToBytes(c.base64), 'application/vnd.sqlite3');
      onMessage({ kind: 'ok', text: `Kopie van de database opgeslagen als ${c.fileName}.` });
    } catch (e) {
      onMessage({ kind: 'error', text: errorMessage(e) });
    }
  }
  async function check() {
    try {
      const r = await call('database.check', {});
      onMessage({ kind: r.ok ? 'ok' : 'error', text: r.ok ? r.message : `${r.message} ${r.problems.slice(0, 3).join('; ')}` });
    } catch (e) {
      onMessage({ kind: 'error', text: errorMessage(e) });
    }
  }
  const openDatabase = window.api?.openDatabase;
  return (
    <section className="files" aria-labelledby="db-title">
      <h2 id="db-title">Database</h2>
      <p className="help">
        Alle scenario’s staan in <code>{info.dataFile}</code>. Voor elke update van het databaseschema maakt Plekkenplanner automatisch een kopie naast
        dit bestand.
      </p>
      {info.uncleanShutdown && (
        <p className="help" role="status" data-testid="unclean-shutdown">
          {info.uncleanShutdown.message}
        </p>
      )}
      <div className="buttons-row">
        <button onClick={saveCopy}>Bewaar kopie als…</button>
        <button onClick={check} title="Leest de hele database en controleert elke pagina en index (integrity_check).">
          Controleer database
        </button>
        {openDatabase ? (
          <button onClick={() => openDatabase().catch((e) => onMessage({ kind: 'error', text: errorMessage(e) }))}>Open database…</button>
        ) : (
          <span className="help small">
            Een andere database openen: start Plekkenplanner met <code>npm start -- --db &lt;bestand&gt;</code>.
          </span>
        )}
      </div>
    </section>
  );
}
