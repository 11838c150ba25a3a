/** Two ways from the monitor to a new concept scenario: the estimates taken over, or a start from the latest measurement. */
import { useState } from 'react';
import type { MonitorView, ScenarioSummary } from '../../../shared/contract';
import { call } from '../api/client';
import { Dialog } from '../common/Dialog';

interface Props {
  view: MonitorView;
  reference: ScenarioSummary;
  onCreated(id: number, message: string): Promise<void>;
}

export function NewScenarioButtons({ view, reference, onCreated }: Props) {
  const [open, setOpen] = useState<'adopt' | 'start'>();
  const canAdopt = view.estimates.estimates.some((e) => e.keys.length > 0);
  return (
    <div className="buttons-row">
      <button type="button" className="primary" disabled={!canAdopt} onClick={() => setOpen('adopt')}>
        Neem de schattingen over in een nieuw scenario…
      </button>
      <button type="button" disabled={!view.startFrom.ok} onClick={() => setOpen('start')}>
        Nieuw scenario vanaf de laatste meting…
      </button>
      {!view.startFrom.ok && <span className="help">{view.startFrom.reason}</span>}
      {open === 'adopt' && (
        <Dialog
          title="Schattingen overnemen"
          help={`Een nieuw conceptscenario: een kopie van "${reference.name}" met de schattingen als waarden, hun 80 %-intervallen als bereik voor Onzekerheid en de monitor als bron. "${reference.name}" blijft zoals het is.`}
          initialName={`${reference.name} — geschat uit de monitor`}
          confirmLabel="Maak het scenario"
          onClose={() => setOpen(undefined)}
          onConfirm={async (name) => {
            const r = await call('monitor.adopt', { scenarioId: reference.id, name });
            await onCreated(r.scenario.id, `"${r.scenario.name}" gemaakt: ${r.changed} waarden en ${r.ranges} bereiken uit de monitor.${r.notes.length ? ' ' + r.notes.join(' ') : ''}`);
          }}
        />
      )}
      {open === 'start' && view.startFrom.ok && (
        <Dialog
          title="Nieuw scenario vanaf de laatste meting"
          help={`Een kopie van "${reference.name}" met de stand in zorg en wachtend van de laatste meting als beginstand; de projectie begint in ${view.startFrom.startLabel}. ${view.startFrom.notes.join(' ')}`}
          initialName={`${reference.name} — vanaf ${view.startFrom.startLabel}`}
          confirmLabel="Maak het scenario"
          onClose={() => setOpen(undefined)}
          onConfirm={async (name) => {
            const r = await call('monitor.startFrom', { scenarioId: reference.id, name });
            await onCreated(r.scenario.id, `"${r.scenario.name}" gemaakt: ${r.changed} beginwaarden uit de monitor.`);
          }}
        />
      )}
    </div>
  );
}
