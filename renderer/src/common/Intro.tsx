/** The first-start introduction: what the app does and where to begin, in three steps; closed for good in the database. */
import { useState } from 'react';
import type { AppInfo } from '../../../shared/contract';
import { call, errorMessage } from '../api/client';

export function Intro({ info, onGoTo }: { info: AppInfo | undefined; onGoTo(tab: 'capacity' | 'assumptions' | 'compare'): void }) {
  const [closed, setClosed] = useState(false);
  const [error, setError] = useState<string>();
  if (!info || info.introDismissed || closed) return null;
  // The close buttons disappear with the intro: the focus goes on to the content below it, not to the top of the page.
  const close = () => {
    setClosed(true);
    requestAnimationFrame(() => document.getElementById('inhoud')?.focus());
  };
  async function closeForGood() {
    try {
      await call('app.dismissIntro', {});
      close();
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <section className="intro" aria-labelledby="intro-title" data-testid="intro">
      <h2 id="intro-title">Welkom bij Plekkenplanner</h2>
      <p>Plekkenplanner rekent uit hoeveel plekken beschermd wonen de acht gemeenten nodig hebben, en wat er gebeurt als u iets verandert. Elk getal heeft een bron of staat er als aanname.</p>
      <ol>
        <li>
          <strong>Kijk naar de basis.</strong> Onder <button className="link" onClick={() => onGoTo('capacity')}>Capaciteit</button> ziet u de wachtlijst, de wachttijd en de plekken die nodig zijn bij ongewijzigd beleid.
        </li>
        <li>
          <strong>Maak een scenario.</strong> Kies links <em>Nieuw scenario</em> en verander onder <button className="link" onClick={() => onGoTo('assumptions')}>Aannames</button> bijvoorbeeld een locatie of de groei.
        </li>
        <li>
          <strong>Vergelijk en deel.</strong> Zet scenario's naast elkaar onder <button className="link" onClick={() => onGoTo('compare')}>Vergelijken</button> en maak een rapport voor het College.
        </li>
      </ol>
      <div className="buttons-row">
        <button onClick={close}>Nu sluiten</button>
        <button onClick={closeForGood}>Niet meer tonen</button>
      </div>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
