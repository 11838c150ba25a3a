/** Choosing up to four scenarios and the reference among them (comparison and report). */
import { useState } from 'react';
import type { ScenarioSummary } from '../../../shared/contract';

export function useScenarioChoice(scenarios: ScenarioSummary[], selectedId: number) {
  const [chosen, setChosen] = useState<number[]>(() => [...new Set([scenarios[0]?.id, selectedId].filter((x): x is number => x !== undefined))].slice(0, 4));
  const [referenceId, setReferenceId] = useState<number>(scenarios[0]?.id ?? selectedId);
  const ids = chosen.filter((id) => scenarios.some((s) => s.id === id));
  const ref = ids.includes(referenceId) ? referenceId : ids[0];
  return { ids, ref, setChosen, setReferenceId };
}

interface Props {
  scenarios: ScenarioSummary[];
  chosen: number[];
  referenceId: number | undefined;
  onChosen(ids: number[]): void;
  onReference(id: number): void;
  legend: string;
}

export function ScenarioChooser({ scenarios, chosen, referenceId, onChosen, onReference, legend }: Props) {
  const toggle = (id: number, on: boolean) => onChosen(on ? [...chosen, id].slice(-4) : chosen.filter((x) => x !== id));
  return (
    <fieldset className="choose">
      <legend>{legend}</legend>
      {scenarios.map((s) => (
        <div key={s.id} className="choice">
          <label>
            <input type="checkbox" checked={chosen.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} disabled={!chosen.includes(s.id) && chosen.length >= 4} /> {s.name}
          </label>
          <label className="ref">
            <input type="radio" name="referentie" checked={referenceId === s.id} disabled={!chosen.includes(s.id)} onChange={() => onReference(s.id)} /> referentie
          </label>
        </div>
      ))}
    </fieldset>
  );
}
