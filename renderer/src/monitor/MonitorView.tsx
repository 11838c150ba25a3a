/**
 * "Monitor": the plan against what happened. Monitoring figures come in twice a year (import, history); the view
 * sets them beside the chosen scenario, estimates the model's rates from them, and backtests the model.
 */
import { useState } from 'react';
import type { ScenarioSummary } from '../../../shared/contract';
import { useQuery } from '../api/useQuery';
import { Feedback, type Message } from '../common/Feedback';
import { ImportHistory } from './ImportHistory';
import { ObservationImport } from './ObservationImport';

interface Props {
  scenarios: ScenarioSummary[];
  selected: ScenarioSummary;
  onScenarioCreated(id: number): Promise<void>;
}

export function MonitorView({ selected }: Props) {
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<Message | null>(null);
  const sets = useQuery('monitor.sets', {}, version);
  const changed = async (text: string) => {
    setMessage({ kind: 'ok', text });
    setVersion((v) => v + 1);
  };
  const failed = (text: string) => setMessage({ kind: 'error', text });
  return (
    <div className="monitor" data-scenario={selected.id}>
      <section aria-labelledby="monitor-figures">
        <h2 id="monitor-figures">Monitoringcijfers</h2>
        <p className="help">
          Elk halfjaar brengt de centrumgemeente de cijfers van Cimot BW en MO, het uitstroomproces en het Transferpunt in het regionale ambtelijk overleg
          (Uitvoeringsagenda §3.1a, §6.1). Importeer ze hier: per periode, per gemeente van herkomst of de regio, per vorm.
        </p>
        <ObservationImport onDone={changed} onError={failed} />
        <Feedback message={message} testId="monitor-message" />
        {sets.error && <Feedback message={{ kind: 'error', text: sets.error }} />}
        {sets.data && <ImportHistory sets={sets.data} onChanged={changed} onError={failed} />}
      </section>
    </div>
  );
}
