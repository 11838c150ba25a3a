/**
 * The range of one assumption for the uncertainty analysis: kind, low, high, source; or none. Shown on Aannames under
 * the source and on Onzekerheid beside the run. The ends read and are typed like the assumption: a share in %.
 */
import { useState } from 'react';
import type { AssumptionDef, AssumptionValue } from '../../../shared/assumptions';
import { formatAssumptionValue, unitLabel, valueKind } from '../../../shared/numberFormat';
import { describeRange, RANGE_KINDS, RANGE_KIND_LABELS, rangeEditText, readRangeBound, type AssumptionRange, type RangeKind } from '../../../shared/ranges';
import { call, errorMessage } from '../api/client';
import { useTrackChange } from '../undo/undo';

interface Props {
  scenarioId: number;
  value: AssumptionValue;
  def: AssumptionDef;
  range: AssumptionRange | undefined;
  readOnly: boolean;
  onSaved(message: string): Promise<void>;
}

export function RangeEditor({ scenarioId, value, def, range, readOnly, onSaved }: Props) {
  const label = def.label;
  const [kind, setKind] = useState<RangeKind>(range?.kind ?? 'driehoek');
  const [low, setLow] = useState(range ? rangeEditText(def, range.low) : '');
  const [high, setHigh] = useState(range ? rangeEditText(def, range.high) : '');
  const [source, setSource] = useState(range?.source ?? 'Aanname: ');
  const [error, setError] = useState('');
  const track = useTrackChange();
  const share = valueKind(def) === 'aandeel';

  async function save(remove: boolean) {
    setError('');
    try {
      let r: AssumptionRange | null = null;
      if (!remove) {
        const lo = readRangeBound(def, low, 'Laag');
        const hi = readRangeBound(def, high, 'Hoog');
        if (!lo.ok) throw new Error(lo.message);
        if (!hi.ok) throw new Error(hi.message);
        r = { kind, low: lo.value, high: hi.value, source };
      }
      const out = await call('ranges.set', { scenarioId, key: value.key, range: r });
      track(out.changeId, `Bereik: ${label}`);
      await onSaved(remove ? `Bereik van "${label}" verwijderd.` : `Bereik van "${label}" opgeslagen.`);
    } catch (e) {
      setError(`${errorMessage(e)} Er is niets opgeslagen.`);
    }
  }

  if (value.formula) {
    return <p className="help small">Onzekerheid: een formule krijgt geen bereik; geef de aannames waar de formule mee rekent een bereik.</p>;
  }
  return (
    <fieldset className="range-editor" data-testid="range-editor">
      <legend>Onzekerheid: bereik voor de Monte Carlo-analyse ({unitLabel(def)})</legend>
      <p className="help small">
        {range
          ? `Nu: ${describeRange(def, range)}; meest waarschijnlijk is de waarde zelf (${formatAssumptionValue(def, value.value)}).`
          : 'Nog geen bereik: in de onzekerheidsanalyse blijft deze aanname vast.'}
      </p>
      <div className="range-fields">
        <label className="field">
          Soort
          <select value={kind} disabled={readOnly} onChange={(e) => setKind(e.target.value as RangeKind)}>
            {RANGE_KINDS.map((k) => (
              <option key={k} value={k}>
                {RANGE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {kind === 'interval80' ? 'Laag (P10)' : 'Laag'}
          {share && <span className="unit"> (%)</span>}
          <input value={low} readOnly={readOnly} onChange={(e) => setLow(e.target.value)} inputMode="decimal" />
        </label>
        <label className="field">
          {kind === 'interval80' ? 'Hoog (P90)' : 'Hoog'}
          {share && <span className="unit"> (%)</span>}
          <input value={high} readOnly={readOnly} onChange={(e) => setHigh(e.target.value)} inputMode="decimal" />
        </label>
      </div>
      <label className="field">
        Waarom dit bereik (bron of aanname)
        <input value={source} readOnly={readOnly} maxLength={500} onChange={(e) => setSource(e.target.value)} />
      </label>
      {!readOnly && (
        <div className="buttons-row">
          <button onClick={() => save(false)}>Bereik opslaan</button>
          {range && <button onClick={() => save(true)}>Bereik verwijderen</button>}
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
