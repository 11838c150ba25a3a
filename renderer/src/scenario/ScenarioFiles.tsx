/** Export the scenario as one JSON file; import such a file as a new scenario. */
import { useRef } from 'react';
import type { ScenarioSummary } from '../../../shared/contract';
import { call, errorMessage } from '../api/client';
import { download } from '../common/download';

interface Props {
  scenario: ScenarioSummary;
  onImported(id: number): Promise<void>;
  onMessage(m: { kind: 'ok' | 'error'; text: string }): void;
}

export function ScenarioFiles({ scenario, onImported, onMessage }: Props) {
  const input = useRef<HTMLInputElement>(null);

  async function exportJson() {
    try {
      const f = await call('scenario.export', { id: scenario.id });
      download(f.fileName, f.json, 'application/json');
      onMessage({ kind: 'ok', text: `Scenario geëxporteerd als ${f.fileName}.` });
    } catch (e) {
      onMessage({ kind: 'error', text: errorMessage(e) });
    }
  }

  async function importJson(file: File | undefined) {
    if (!file) return;
    try {
      if (file.size > 5_000_000) throw new Error('Het bestand is te groot voor een scenario (meer dan 5 MB).');
      const s = await call('scenario.import', { fileName: file.name, json: await file.text() });
      await onImported(s.id);
      onMessage({ kind: 'ok', text: `"${file.name}" is geïmporteerd als nieuw scenario "${s.name}".` });
    } catch (e) {
      onMessage({ kind: 'error', text: errorMessage(e) });
    } finally {
      if (input.current) input.current.value = '';
    }
  }

  return (
    <div className="files">
      <h2>Delen</h2>
      <p className="help">Een scenario is één bestand: met aannames, bronnen, locaties en eenmalige Wlz-overgangen. Importeren maakt altijd een nieuw scenario.</p>
      <div className="buttons-row">
        <button onClick={exportJson}>Exporteer scenario (JSON)</button>
        <label className="button-like">
          Importeer scenario…
          <input ref={input} type="file" accept=".json,application/json" className="visually-hidden" onChange={(e) => importJson(e.target.files?.[0])} aria-label="Importeer scenario" />
        </label>
      </div>
    </div>
  );
}
