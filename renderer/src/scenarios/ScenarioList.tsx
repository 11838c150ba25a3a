/** The scenario list: choose, create from the baseline, duplicate, rename, delete (with confirmation). */
import { useState } from 'react';
import type { ScenarioSummary } from '../../../shared/contract';
import { call } from '../api/client';
import { Dialog } from '../common/Dialog';
import { T } from '../text';

type Action = 'new' | 'duplicate' | 'rename' | 'delete';

interface Props {
  scenarios: ScenarioSummary[];
  selectedId: number | undefined;
  onSelect(id: number): void;
  /** Reloads the list and selects the given scenario (or the first one). */
  onChanged(selectId?: number): Promise<void>;
}

export function ScenarioList({ scenarios, selectedId, onSelect, onChanged }: Props) {
  const [action, setAction] = useState<Action | null>(null);
  const selected = scenarios.find((s) => s.id === selectedId);
  const close = () => setAction(null);

  return (
    <nav className="scenario-list" aria-label={T.scenarios}>
      <h2>{T.scenarios}</h2>
      <ul>
        {scenarios.map((s) => (
          <li key={s.id}>
            <button
              className={s.id === selectedId ? 'scenario selected' : 'scenario'}
              aria-current={s.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(s.id)}
            >
              <span className="scenario-name">{s.name}</span>
              <span className={`status status-${s.status}`}>{T.status[s.status]}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="scenario-actions">
        <button className="primary" onClick={() => setAction('new')}>
          {T.newScenario}
        </button>
        <button disabled={!selected} onClick={() => setAction('duplicate')}>
          {T.duplicate}
        </button>
        <button disabled={!selected} onClick={() => setAction('rename')}>
          {T.rename}
        </button>
        <button disabled={!selected} className="danger-outline" onClick={() => setAction('delete')}>
          {T.delete}
        </button>
      </div>

      {action === 'new' && (
        <Dialog
          title={T.newScenario}
          help={T.newScenarioHelp}
          initialName=""
          confirmLabel={T.save}
          onClose={close}
          onConfirm={async (name) => onChanged((await call('scenario.create', { name })).id)}
        />
      )}
      {action === 'duplicate' && selected && (
        <Dialog
          title={`${T.duplicate}: ${selected.name}`}
          help={T.duplicateHelp}
          initialName={T.copyOf(selected.name)}
          confirmLabel={T.duplicate}
          onClose={close}
          onConfirm={async (name) => onChanged((await call('scenario.duplicate', { id: selected.id, name })).id)}
        />
      )}
      {action === 'rename' && selected && (
        <Dialog
          title={`${T.rename}: ${selected.name}`}
          initialName={selected.name}
          confirmLabel={T.save}
          onClose={close}
          onConfirm={async (name) => onChanged((await call('scenario.rename', { id: selected.id, name })).id)}
        />
      )}
      {action === 'delete' && selected && (
        <Dialog
          title={`${T.delete}: ${selected.name}`}
          help={T.confirmDelete(selected.name)}
          confirmLabel={T.delete}
          danger
          focusAfterConfirm={() => {
            // The scenario now chosen, not "Verwijderen" again.
            const chosen = document.querySelector<HTMLElement>('.scenario-list .scenario.selected');
            chosen?.focus();
            return !!chosen;
          }}
          onClose={close}
          onConfirm={async () => {
            await call('scenario.delete', { id: selected.id });
            await onChanged();
          }}
        />
      )}
    </nav>
  );
}
