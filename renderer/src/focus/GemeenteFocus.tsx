/** The provider of "Mijn gemeente" and its control above the tabs: choose a gemeente, or clear the choice. */
import { useMemo, useState, type ReactNode } from 'react';
import { GEMEENTEN, type GemeenteCode } from '../../../shared/domain';
import { FocusContext, useGemeenteFocus } from './focusContext';
import './focus.css';

export function GemeenteFocusProvider({ children }: { children: ReactNode }) {
  const [code, setCode] = useState<GemeenteCode | null>(null);
  const value = useMemo(() => ({ code, setCode }), [code]);
  return <FocusContext.Provider value={value}>{children}</FocusContext.Provider>;
}

export function FocusPicker() {
  const { code, naam, setCode } = useGemeenteFocus();
  return (
    <div className="focus-picker" role="group" aria-label="Mijn gemeente" data-testid="focus-picker">
      <label>
        Mijn gemeente{' '}
        <select value={code ?? ''} onChange={(e) => setCode((e.target.value || null) as GemeenteCode | null)} aria-label="Mijn gemeente">
          <option value="">geen: alleen de regio</option>
          {GEMEENTEN.map((g) => (
            <option key={g.code} value={g.code}>
              {g.naam}
            </option>
          ))}
        </select>
      </label>
      {naam && (
        <button type="button" className="small" onClick={() => setCode(null)} aria-label={`Wis de keuze ${naam}`}>
          ✕ wissen
        </button>
      )}
      <span className="help small" aria-live="polite" data-testid="focus-status">
        {naam
          ? `Elk onderdeel toont de cijfers van ${naam} naast die van de regio.`
          : 'Kies een gemeente (of klik erop op de kaart bij Fair share) om haar cijfers naast die van de regio te zien.'}
      </span>
    </div>
  );
}
