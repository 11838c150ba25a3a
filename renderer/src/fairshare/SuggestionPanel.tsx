/** "Waar moeten N nieuwe plekken komen?": limits per gemeente, the suggested whole places with why, and one step to planned locations. */
import { useState, type FormEvent } from 'react';
import type { KeyId } from '../../../shared/assumptions';
import type { SuggestionView } from '../../../shared/contract';
import { GEMEENTEN, VARIANTS, type VariantId } from '../../../shared/domain';
import { formatNumber, parseDutchNumber } from '../../../shared/numberFormat';
import { call, errorMessage } from '../api/client';
import { Feedback } from '../common/Feedback';
import { GemeenteTable } from '../common/GemeenteTable';
import { useGemeenteFocus } from '../focus/focusContext';
import { wholePlaces, type Method } from './wholePlaces';

interface Props {
  scenarioId: number;
  keyId: KeyId;
  keyLabel: string;
  year: number;
  /** How the norm after the expansion becomes whole places (the method chosen on the tab). */
  method: Method;
  readOnly: boolean;
  defaultVariant: VariantId;
  onApplied(): Promise<void>;
}

function wholeNumber(text: string, label: string): number {
  const p = parseDutchNumber(text);
  if (!p.ok || !Number.isInteger(p.value) || p.value < 0) throw new Error(`${label}: vul een heel getal van 0 of meer in.`);
  return p.value;
}

export function SuggestionPanel({ scenarioId, keyId, keyLabel, year, method, readOnly, defaultVariant, onApplied }: Props) {
  const [places, setPlaces] = useState('24');
  const focus = useGemeenteFocus();
  const [variant, setVariant] = useState<VariantId>(defaultVariant);
  const [minSize, setMinSize] = useState('12');
  const [excluded, setExcluded] = useState<boolean[]>(GEMEENTEN.map(() => false));
  const [max, setMax] = useState<string[]>(GEMEENTEN.map(() => ''));
  const [opening, setOpening] = useState(`${year}-01`);
  const [result, setResult] = useState<SuggestionView>();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  // The norm after the expansion in whole places that add up to the places after it (current + new).
  const wholeNorm = result?.ok ? wholePlaces(sum(result.current) + sum(result.places), result.norm, method) : null;

  async function suggest(e: FormEvent) {
    e.preventDefault();
    setMessage(undefined);
    try {
      const input = {
        scenarioId,
        key: keyId,
        variant,
        year,
        places: wholeNumber(places, 'Aantal nieuwe plekken'),
        minPerLocation: wholeNumber(minSize, 'Minimale omvang'),
        max: GEMEENTEN.map((g, i) => (excluded[i] ? 0 : max[i].trim() === '' ? null : wholeNumber(max[i], `Maximum ${g.naam}`))),
      };
      const r = await call('fairShare.suggest', input);
      setResult(r);
      if (!r.ok) setMessage({ kind: 'error', text: r.message ?? 'Geen voorstel mogelijk.' });
    } catch (err) {
      setResult(undefined);
      setMessage({ kind: 'error', text: errorMessage(err) });
    }
  }

  async function apply() {
    if (!result?.ok) return;
    try {
      const created = await call('fairShare.applySuggestion', { scenarioId, key: keyId, variant, opening, places: result.places });
      await onApplied();
      setMessage({ kind: 'ok', text: `${created.length} geplande locaties toegevoegd (open vanaf ${opening}). U vindt ze onder Aannames → Locaties.` });
      setResult(undefined);
    } catch (err) {
      setMessage({ kind: 'error', text: `${errorMessage(err)} Er is niets opgeslagen.` });
    }
  }

  return (
    <section className="suggestion" aria-labelledby="suggest-title">
      <h2 id="suggest-title">Waar moeten nieuwe plekken komen?</h2>
      <p className="help">
        Plekkenplanner zoekt de verdeling in hele plekken die de spreiding het dichtst bij de sleutel "{keyLabel}" brengt. Een nieuwe locatie heeft een
        minimale omvang; sluit gemeenten uit of geef een maximum.
      </p>
      <form onSubmit={suggest} className="suggest-form">
        <div className="fields">
          <label className="field">
            Aantal nieuwe plekken
            <input value={places} onChange={(e) => setPlaces(e.target.value)} inputMode="numeric" />
          </label>
          <label className="field">
            Vorm van de nieuwe plekken
            <select value={variant} onChange={(e) => setVariant(e.target.value as VariantId)}>
              {VARIANTS.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.label}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            Minimale omvang per locatie
            <input value={minSize} onChange={(e) => setMinSize(e.target.value)} inputMode="numeric" />
          </label>
        </div>
        <GemeenteTable
          className="limits"
          highlight={focus.code}
          totalLabel={result?.ok ? 'Totaal' : undefined}
          columns={[
            {
              key: 'uitsluiten',
              header: 'Uitsluiten',
              cell: (i) => (
                <input
                  type="checkbox"
                  aria-label={`${GEMEENTEN[i].naam} uitsluiten`}
                  checked={excluded[i]}
                  onChange={(e) => setExcluded(excluded.map((x, j) => (j === i ? e.target.checked : x)))}
                />
              ),
            },
            {
              key: 'maximum',
              header: 'Maximum (leeg = geen)',
              cell: (i) => (
                <input
                  aria-label={`Maximum ${GEMEENTEN[i].naam}`}
                  className="small-input"
                  value={max[i]}
                  disabled={excluded[i]}
                  onChange={(e) => setMax(max.map((x, j) => (j === i ? e.target.value : x)))}
                  inputMode="numeric"
                />
              ),
            },
            ...(result?.ok
              ? [
                  { key: 'nu', header: 'Nu', cell: (i: number) => formatNumber(result.current[i]), total: formatNumber(sum(result.current)) },
                  {
                    key: 'norm',
                    header: 'Norm na uitbreiding',
                    cell: (i: number) => formatNumber(wholeNorm ? wholeNorm[i] : Math.round(result.norm[i])),
                    total: formatNumber(wholeNorm ? sum(wholeNorm) : Math.round(sum(result.norm))),
                  },
                  {
                    key: 'voorstel',
                    header: 'Voorstel',
                    cell: (i: number) => <strong data-testid={`voorstel-${GEMEENTEN[i].code}`}>{formatNumber(result.places[i])}</strong>,
                    total: <strong data-testid="voorstel-totaal">{formatNumber(sum(result.places))}</strong>,
                  },
                ]
              : []),
          ]}
        />
        <button type="submit" className="primary">
          Stel verdeling voor
        </button>
      </form>
      {result?.ok && (
        <div className="suggestion-result" data-testid="suggestion-why">
          <p>
            <strong>Waarom.</strong> {result.explanation.join(' ')}
          </p>
          {!readOnly && (
            <div className="apply">
              <label className="field">
                Open vanaf
                <input type="month" value={opening} onChange={(e) => setOpening(e.target.value)} aria-label="Open vanaf" />
              </label>
              <button className="primary" onClick={apply}>
                Maak geplande locaties
              </button>
            </div>
          )}
        </div>
      )}
      <Feedback message={message} testId="suggestion-message" />
    </section>
  );
}
