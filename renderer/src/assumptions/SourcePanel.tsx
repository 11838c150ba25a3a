/** Shows and edits the source (bron) of the selected assumption, and whether it is an aanname. */
import { useState } from 'react';
import { ASSUMPTION_DEFS, DERIVED_SUMS, assumptionDef, type AssumptionValue } from '../../../shared/assumptions';
import { formatAssumptionValue, formatFlexible, valueKind } from '../../../shared/numberFormat';
import { call, errorMessage } from '../api/client';
import { T } from '../text';
import { refusal } from './useAssumptionEdits';
import { RangeEditor } from '../uncertainty/RangeEditor';
import type { AssumptionRange } from '../../../shared/ranges';

interface Props {
  scenarioId: number;
  value: AssumptionValue | undefined;
  range: AssumptionRange | undefined;
  readOnly: boolean;
  /** Called after a successful save; the parent reloads and reports it (this panel then remounts). */
  onSaved(): Promise<void>;
  /** After a range was saved or removed. */
  onRangeSaved(message: string): Promise<void>;
}

export function SourcePanel({ scenarioId, value, range, readOnly, onSaved, onRangeSaved }: Props) {
  // The parent remounts this panel (key) when another value is chosen, so the draft starts from the stored source.
  const [source, setSource] = useState(value?.source ?? '');
  const [isAanname, setIsAanname] = useState(value?.isAanname ?? true);
  const [error, setError] = useState('');

  if (!value) {
    return (
      <section className="source-panel" aria-label={T.sourceTitle}>
        <h3>{T.sourceTitle}</h3>
        <p className="help">{T.sourceHint}</p>
      </section>
    );
  }
  const def = assumptionDef(value.key);
  const shown = (decimals: number) => (def ? formatAssumptionValue(def, value!.value, decimals) : formatFlexible(value!.value, decimals));
  // The unit after the value, unless the value says it already (a choice, ja/nee, a percentage, a year).
  const unit = def && valueKind(def) === 'getal' ? ` ${def.unit}` : '';

  async function save() {
    setError('');
    try {
      await call('assumptions.setSource', { scenarioId, key: value!.key, source, isAanname });
      await onSaved();
    } catch (e) {
      setError(refusal(errorMessage(e)));
    }
  }

  return (
    <section className="source-panel" aria-label={T.sourceTitle}>
      <h3>
        {T.sourceTitle}: {def?.label}{' '}
        <span className={value.isAanname ? 'badge badge-aanname' : 'badge badge-bron'}>{value.isAanname ? T.badgeAanname : T.badgeBron}</span>
      </h3>
      <p className="value-line">
        {value.formula ? (
          <>
            Formule: <code data-testid="formula">{value.formula}</code> → <strong>{shown(2)}</strong>
            {unit} in het eerste jaar
          </>
        ) : (
          <>
            {T.waarde}: <strong>{shown(3)}</strong>
            {unit}
          </>
        )}
      </p>
      <p className="help small">
        Naam in formules: <code>{def?.name}</code>. Een formule begint met =, bijvoorbeeld <code>=15 * 1,02 ^ (jaar - 2025)</code>. Decimalen met een komma,
        argumenten scheiden met ; (<code>max(1,5; t)</code>).
        {def && valueKind(def) === 'aandeel' && ' In een formule is een aandeel een fractie: 3 % schrijft u als 0,03.'}
        {def && valueKind(def) === 'janee' && ' In een formule is ja 1 en nee 0.'}
      </p>
      <label className="field">
        {T.sourceLabel}
        <textarea rows={3} value={source} readOnly={readOnly} onChange={(e) => setSource(e.target.value)} maxLength={500} />
      </label>
      <label className="check">
        <input type="checkbox" checked={isAanname} disabled={readOnly} onChange={(e) => setIsAanname(e.target.checked)} />
        {T.isAanname}
      </label>
      <details className="names">
        <summary>Namen die u in formules kunt gebruiken</summary>
        <p>
          <code>jaar</code> (of <code>year</code>), <code>t</code> (jaren sinds 2025), {DERIVED_SUMS.map((d) => d.name).join(', ')}
        </p>
        <p>{ASSUMPTION_DEFS.map((d) => d.name).join(', ')}</p>
        <p>Functies: min, max, round, floor, ceil, abs, sqrt, exp, log, pow; en voorwaarde ? dan : anders.</p>
      </details>
      {!readOnly && (
        <button className="primary" onClick={save}>
          {T.saveSource}
        </button>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {def && <RangeEditor scenarioId={scenarioId} value={value} def={def} range={range} readOnly={readOnly} onSaved={onRangeSaved} />}
    </section>
  );
}
