/**
 * What differs between the compared scenarios, in words — one source for the Vergelijken tab and the report:
 * warnings when the figures do not mean the same (another need driver, another waiting-time norm), and the
 * sentence that says where the differences are (or that there are none at all).
 */
import { AANDRIJVING, assumptionDef, DRIVER_CHOICES, URGENT_NORM, WACHTTIJD_NORM } from '../../../shared/assumptions';
import type { CompareView } from '../../../shared/contract';
import { formatAssumptionText } from '../../../shared/numberFormat';

type Diff = CompareView['assumptionDiff'][number];

/** "Basis: 3 maanden; Snel: 6 maanden" — each scenario with its value as the grid shows it. */
function perScenario(view: CompareView, d: Diff, unit = ''): string {
  const def = assumptionDef(d.key);
  return view.scenarios.map((s, i) => `${s.name}: ${formatAssumptionText(def, d.values[i])}${unit}`).join('; ');
}

/** Settings of the model (group "model"): shown apart from the other assumptions. */
export function isSetting(key: string): boolean {
  return assumptionDef(key)?.group === 'model';
}

/**
 * Warnings for differences that change what the figures mean, so they cannot be read side by side as if they
 * measured the same thing. Empty when the scenarios agree on these.
 */
export function comparabilityWarnings(view: CompareView): string[] {
  const out: string[] = [];
  const diff = (key: string) => view.assumptionDiff.find((d) => d.key === key);
  const driver = diff(AANDRIJVING);
  if (driver) {
    out.push(
      `De scenario’s rekenen met een andere aandrijving (${perScenario(view, driver)}). Bij “${DRIVER_CHOICES[0]}” is de behoefte gegeven en is de instroom een uitkomst; ` +
        `bij “${DRIVER_CHOICES[1]}” is het omgekeerd. Wachtlijst, wachttijd en extra plekken nodig komen dan uit een andere rekenwijze: lees de verschillen niet als het effect van beleid.`,
    );
  }
  const norm = diff(WACHTTIJD_NORM);
  if (norm) {
    out.push(
      `De norm voor de wachttijd verschilt (${perScenario(view, norm, ' maanden')}). “Extra plekken nodig” en “binnen de norm” zijn daardoor tegen een andere maat gemeten en niet één op één te vergelijken.`,
    );
  }
  const urgentNorm = diff(URGENT_NORM);
  if (urgentNorm) {
    out.push(`De norm voor urgente huisvesting verschilt (${perScenario(view, urgentNorm, ' maanden')}). Of een gemeente de norm haalt, is daardoor tegen een andere maat gemeten.`);
  }
  return out;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Where the scenarios differ, in one sentence: settings, assumptions, ranges, locations, one-off Wlz events.
 * Only when none of these differ does it say the scenarios are the same.
 */
export function differenceSummary(view: CompareView): string {
  const settings = view.assumptionDiff.filter((d) => isSetting(d.key)).length;
  const others = view.assumptionDiff.length - settings;
  const parts = [
    settings && count(settings, 'instelling van het model', 'instellingen van het model'),
    others && count(others, 'aanname', 'aannames'),
    view.rangeDiff.length && count(view.rangeDiff.length, 'bereik voor de onzekerheidsanalyse', 'bereiken voor de onzekerheidsanalyse'),
    view.locationDiff.length && count(view.locationDiff.length, 'locatie', 'locaties'),
    view.wlzEventDiff.length && count(view.wlzEventDiff.length, 'eenmalige Wlz-overgang', 'eenmalige Wlz-overgangen'),
  ].filter((p): p is string => !!p);
  if (parts.length === 0) {
    return 'De gekozen scenario’s zijn gelijk: dezelfde aannames, instellingen, bereiken, locaties en eenmalige Wlz-overgangen. Verschillen in de cijfers zijn er dus niet.';
  }
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
  return `De scenario’s verschillen in ${list}; hieronder staat wat er anders is.`;
}
