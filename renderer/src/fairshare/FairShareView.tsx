/** "Fair share": actual places against the norm of a key, the map, the index over time, key comparison and placement suggestion. */
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { KEYS, type KeyId } from '../../../shared/assumptions';
import type { FairShareView as View } from '../../../shared/contract';
import { GEMEENTEN, VARIANTS, type VariantId } from '../../../shared/domain';
import { formatNumber } from '../../../shared/numberFormat';
import { useQuery } from '../api/useQuery';
import { explainDeviation, explainIndex, explainKeys } from './explain';
import { DeviationMap } from './DeviationMap';
import { GemeenteTable } from '../common/GemeenteTable';
import { SuggestionPanel } from './SuggestionPanel';
import { ErrorText } from '../common/Feedback';
import { focusBand } from '../focus/focusBand';
import { useGemeenteFocus } from '../focus/focusContext';
import { FocusFigures } from '../focus/FocusFigures';
import { fairShareFocusSentence } from './explain';
import { DEFAULT_METHOD, METHOD_HELP, METHOD_LABELS, METHODS, methodInSentence, wholeFacility, wholePlaces, type Method } from './wholePlaces';
import { chartName } from '../common/chartName';
import { TableScroll } from '../common/TableScroll';

const AXIS = { fill: '#1d2733', fontSize: 12 };
const wholeText = (v: unknown) => formatNumber(Math.round(Number(v)));
const pct = (x: number) => `${formatNumber(x * 100, 1)} %`;

export interface FairShareChoice {
  key: KeyId;
  variant: VariantId | 'alle';
  /** Unset: the scenario's reporting year (until the user picks a year). */
  year?: number;
  /** How norms become whole places (default: grootste overschot). */
  method?: Method;
}

interface Props {
  /** The chosen key, variant and year: kept by the parent so they survive switching tabs. */
  choice: FairShareChoice;
  onChoice(choice: FairShareChoice): void;
  scenarioId: number;
  startYear: number;
  endYear: number;
  /** The year the tab opens on: the scenario's reporting year. */
  reportingYear: number;
  readOnly: boolean;
  /** Called after planned locations were created from a suggestion. */
  onChanged(): Promise<void>;
  /** Changes whenever the scenario's data changed, so the view reloads. */
  version: unknown;
}

export function FairShareView({ choice, onChoice, scenarioId, startYear, endYear, reportingYear, readOnly, onChanged, version }: Props) {
  const { key, variant } = choice;
  const year = Math.min(Math.max(choice.year ?? reportingYear, startYear), endYear);
  const setKey = (k: KeyId) => onChoice({ ...choice, key: k });
  const setVariant = (v: VariantId | 'alle') => onChoice({ ...choice, variant: v });
  const setYear = (y: number) => onChoice({ ...choice, year: y });
  const method = choice.method ?? DEFAULT_METHOD;
  const setMethod = (m: Method) => onChoice({ ...choice, method: m });
  const { data: view, error } = useQuery('fairShare.view', { scenarioId, key, variant, year }, version);

  const keyLabel = KEYS.find((k) => k.id === key)!.label;
  const chosen = view?.keys.find((k) => k.id === key);
  const f = view?.facility;
  // The norm in whole places, by the chosen method: the map, the bars and the texts use these, so they add up.
  const whole = useMemo(() => (f ? wholeFacility(f, method) : null), [f, method]);
  const years = Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i);
  const focus = useGemeenteFocus();
  const variantText = variant === 'alle' ? 'alle vormen' : VARIANTS.find((v) => v.id === variant)!.label.toLowerCase();

  return (
    <div className="fairshare">
      <div className="controls" role="group" aria-label="Keuzes voor fair share">
        <label>
          Verdeelsleutel{' '}
          <select value={key} onChange={(e) => setKey(e.target.value as KeyId)} aria-label="Verdeelsleutel">
            {KEYS.map((k) => (
              <option key={k.id} value={k.id}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Vorm{' '}
          <select value={variant} onChange={(e) => setVariant(e.target.value as VariantId | 'alle')} aria-label="Vorm van de plekken">
            <option value="alle">Alle vormen</option>
            {VARIANTS.map((v) => (
              <option key={v.id} value={v.id}>
                {v.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Hele plekken met{' '}
          <select value={method} onChange={(e) => setMethod(e.target.value as Method)} aria-label="Afrondingsmethode" data-testid="method">
            {METHODS.map((m) => (
              <option key={m} value={m}>
                {METHOD_LABELS[m]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Plekken eind{' '}
          <select value={year} onChange={(e) => setYear(Number(e.target.value))} aria-label="Jaar">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="method-help" data-testid="method-help">
        Een sleutel geeft elke gemeente een deel van de plekken; in hele plekken telt dat alleen precies op met een verdeelmethode.{' '}
        {METHOD_LABELS[method]}: {METHOD_HELP[method]}
      </p>
      <ErrorText text={error} />
      {chosen?.message && (
        <p className="feedback error" role="alert" data-testid="key-message">
          {chosen.message}
        </p>
      )}
      {view && f && whole && (
        <>
          <div className="cards">
            <div className="card">
              <div className="card-label">Fair-share-index eind {year}</div>
              <div className="card-value" data-testid="fairshare-index">
                {pct(f.index)}
              </div>
              <div className="card-note">deel van de plekken dat zou moeten verhuizen</div>
            </div>
            <div className="card">
              <div className="card-label">Plekken ({variant === 'alle' ? 'alle vormen' : VARIANTS.find((v) => v.id === variant)!.label.toLowerCase()})</div>
              <div className="card-value">{formatNumber(f.total)}</div>
              <div className="card-note">Wmo-plekken open eind {year}, ook geplande</div>
            </div>
          </div>
          {focus.code && focus.index >= 0 && (
            <FocusFigures
              title={`${focus.naam} naast de regio (eind ${year})`}
              testId="focus-fairshare"
              sentence={fairShareFocusSentence(focus.naam!, whole.rows[focus.index], keyLabel, year, variantText)}
              figures={[
                { id: 'werkelijk', label: `Wmo-plekken (${variantText})`, gemeente: whole.rows[focus.index].actual, region: f.total, unit: 'plekken', share: true, note: 'plekken in de gemeente' },
                { id: 'norm', label: `Norm volgens de sleutel "${keyLabel}"`, gemeente: whole.rows[focus.index].norm, region: f.total, unit: 'plekken', share: true, note: `in hele plekken met ${methodInSentence(method)}` },
              ]}
            />
          )}
          <div className="two-charts">
            <figure className="chart" aria-labelledby="map-title" aria-describedby="map-why">
              <h2 id="map-title">Waar zijn er meer of minder plekken dan de sleutel zegt?</h2>
              <DeviationMap facility={f} keyLabel={keyLabel} method={method} highlight={focus.code} onSelect={(code) => focus.setCode(code as typeof focus.code)} />
              <figcaption id="map-why" className="why" data-testid="why-map">
                <strong>Waarom.</strong> {explainDeviation(whole, keyLabel, methodInSentence(method))} Het getal op de kaart is het verschil met de norm in hele plekken; samen is dat 0. Klik op een gemeente om haar als mijn gemeente te kiezen.
              </figcaption>
            </figure>
            <figure className="chart" aria-labelledby="bars-title">
              <h2 id="bars-title">Plekken per gemeente: werkelijk en volgens de sleutel</h2>
              <ResponsiveContainer width="100%" height={360}>
                <BarChart data={GEMEENTEN.map((g, i) => ({ gemeente: g.naam, actual: whole.rows[i].actual, norm: whole.rows[i].norm }))} margin={{ top: 8, right: 8, left: 0, bottom: 30 }} {...chartName('Plekken per gemeente: werkelijk en volgens de sleutel.')}>
                  <CartesianGrid stroke="#d9dee5" vertical={false} />
                  <XAxis dataKey="gemeente" tick={AXIS} interval={0} angle={-30} textAnchor="end" />
                  <YAxis tickFormatter={wholeText} tick={AXIS} width={44} />
                  <Tooltip formatter={wholeText} />
                  <Legend verticalAlign="top" />
                  {focusBand(focus.naam ?? undefined)}
                  <Bar dataKey="actual" name="Werkelijk" fill="#154273" isAnimationActive={false} />
                  <Bar dataKey="norm" name={`Norm (${keyLabel})`} fill="#a9c1de" stroke="#154273" strokeDasharray="4 2" isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </figure>
          </div>
          <figure className="chart" aria-labelledby="trend-title" aria-describedby="trend-why">
            <h2 id="trend-title">Wordt de spreiding eerlijker als geplande locaties opengaan?</h2>
            <ResponsiveContainer width="100%" height={240}>
              <LineChart data={view.trend.map((t) => ({ year: String(t.year), index: t.index * 100 }))} margin={{ top: 8, right: 16, left: 0, bottom: 0 }} {...chartName('Wordt de spreiding eerlijker als geplande locaties opengaan?')}>
                <CartesianGrid stroke="#d9dee5" vertical={false} />
                <XAxis dataKey="year" tick={AXIS} />
                <YAxis tickFormatter={(v: number) => `${formatNumber(v)} %`} tick={AXIS} width={52} domain={[0, 'auto']} />
                <Tooltip formatter={(v) => `${formatNumber(Number(v), 1)} %`} />
                <Line dataKey="index" name="Fair-share-index" stroke="#542788" strokeWidth={3} dot={{ r: 3 }} isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
            <figcaption id="trend-why" className="why" data-testid="why-trend">
              <strong>Waarom.</strong> {explainIndex(view, whole)}
            </figcaption>
          </figure>
          <KeyComparison view={view} method={method} highlight={focus.code} />
        </>
      )}
      {view && (
        <SuggestionPanel
          scenarioId={scenarioId}
          keyId={key}
          keyLabel={keyLabel}
          year={year}
          method={method}
          readOnly={readOnly}
          defaultVariant={variant === 'alle' ? 'allInclusive' : variant}
          onApplied={onChanged}
        />
      )}
    </div>
  );
}

function KeyComparison({ view, method, highlight }: { view: View; method: Method; highlight: string | null }) {
  const total = view.facility?.total ?? 0;
  const actual = view.facility?.rows.map((r) => r.actual) ?? [];
  // Whole places per key that add up exactly to the total (each cell rounded on its own did not: 374 or 376 of 375).
  const whole = view.keys.map((k) => (k.shares ? wholePlaces(total, k.shares, method) : null));
  const usable = view.keys.map((k, j) => ({ ...k, places: whole[j] })).filter((k): k is typeof k & { places: number[] } => !!k.places);
  const max = Math.max(1, ...usable.flatMap((k) => k.places));
  return (
    <section className="key-comparison" aria-labelledby="keys-title">
      <h2 id="keys-title">Dezelfde {formatNumber(total)} plekken, verdeeld met elke sleutel</h2>
      <p className="help small">In hele plekken met {methodInSentence(method)}; elke kolom telt op tot {formatNumber(total)}.</p>
      <TableScroll label="Plekken per gemeente met elke sleutel">
        <GemeenteTable
          testId="key-table"
          highlight={highlight}
          totalLabel="Totaal"
          columns={[
            { key: 'werkelijk', header: 'Werkelijk', cell: (i) => formatNumber(actual[i] ?? 0), total: formatNumber(actual.reduce((a, b) => a + b, 0)) },
            ...view.keys.map((k, j) => {
              const places = whole[j];
              return {
                key: k.id,
                header: k.label,
                cell: (i: number) => (places ? formatNumber(places[i]) : '—'),
                total: places ? formatNumber(places.reduce((a, b) => a + b, 0)) : '—',
              };
            }),
          ]}
        />
      </TableScroll>
      <div className="small-multiples">
        {usable.map((k) => (
          <figure key={k.id} className="small-multiple">
            <figcaption>{k.label}</figcaption>
            <svg viewBox="0 0 160 90" role="img" aria-label={`Verdeling met ${k.label}: ${GEMEENTEN.map((g, i) => `${g.naam} ${k.places[i]}`).join(', ')}`}>
              {GEMEENTEN.map((g, i) => {
                const h = (k.places[i] * 70) / max;
                return (
                  <g key={g.code}>
                    <rect x={4 + i * 19.5} y={78 - h} width={15} height={h} fill="#154273">
                      <title>{`${g.naam}: ${formatNumber(k.places[i])}`}</title>
                    </rect>
                    <text x={11.5 + i * 19.5} y={88} textAnchor="middle" fontSize={7}>
                      {g.naam.slice(0, 3)}
                    </text>
                  </g>
                );
              })}
            </svg>
          </figure>
        ))}
      </div>
      <p className="why" data-testid="why-keys">
        <strong>Waarom.</strong> {explainKeys(view, whole)}
      </p>
    </section>
  );
}
