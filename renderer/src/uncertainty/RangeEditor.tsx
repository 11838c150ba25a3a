/** The range of the selected assumption for the uncertainty analysis: kind, low, high, source; or none. */
import { useState } from 'react';
import type { AssumptionValue } from '../../../shared/assumptions';
import { formatFlexible, parseDutchNumber } from '../../../shared/numberFormat';
import { RANGE_KINDS, RANGE_KIND_LABELS, type AssumptionRange, type RangeKind } from '../../../shared/ranges';
import { call, errorMessage } from '../api/client';
import { useTrackChange } from '../undo/undo';

interface Props {
  scenarioId: number;
  value: AssumptionValue;
  label: string;
  range: AssumptionRange | undefined;
  readOnly: boolean;
  onSaved(message: string): Promise<void>;
}

export function RangeEditor({ scenarioId, value, label, range, readOnly, onSaved }: Props) {
  const [kind, setKind] = useState<RangeKind>(range?.kind ?? 'driehoek');
  const [low, setLow] = useState(range ? formatFlexible(range.low, 4) : '');
  const [high, setHigh] = useState(range ? formatFlexible(range.high, 4) : '');
  const [source, setSource] = useState(range?.source ?? 'Aanname: ');
  const [error, setError] = useState('');
  const track = useTrackChange();

  async function save(remove: boolean) {
    setError('');
    try {
      let r: AssumptionRange | null = null;
      if (!remove) {
        const lo = parseDutchNumber(low);
        const hi = parseDutchNumber(high);
        if (!lo.ok) throw new Error(`Laag: ${lo.message}`);
        if (!hi.ok) throw new Error(`Hoog: ${hi.message}`);
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
      <legend>Onzekerheid: bereik voor de Monte Carlo-analyse</legend>
      <p className="help small">
        {range
          ? `Nu: ${RANGE_KIND_LABELS[range.kind].split(' (')[0]} van ${formatFlexible(range.low)} tot ${formatFlexible(range.high)}; meest waarschijnlijk is de waarde zelf (${formatFlexible(value.value)}).`
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
          <input value={low} readOnly={readOnly} onChange={(e) => setLow(e.target.value)} inputMode="decimal" />
        </label>
        <label className="field">
          {kind === 'interval80' ? 'Hoog (P90)' : 'Hoog'}
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
