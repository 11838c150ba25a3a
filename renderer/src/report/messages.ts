/**
 * The sentences of the report and the slides, in plain Dutch from the side of the scenario that changes something:
 * "Met 24 extra plekken in Haaksbergen wachten eind 2030 43 mensen minder". The reference is named on the line
 * under the headline (valuesLine), not in it, so a headline stays short.
 */
import type { CompareIndicator, CompareView } from '../../../shared/contract';
import { formatNumber } from '../../../shared/numberFormat';
import { formatIndicator } from '../compare/format';

export interface Headline {
  indicator: string;
  text: string;
  /** The scenario the sentence speaks for (index in view.scenarios). */
  scenario: number;
}

const refIndex = (view: CompareView) => Math.max(0, view.scenarios.findIndex((s) => s.id === view.referenceId));
const indicator = (view: CompareView, id: string) => view.indicators.find((i) => i.id === id);

/** The difference as it is shown (rounded the way the value is shown), so "0" never reads as "1 minder". */
function shownDifference(unit: CompareIndicator['unit'], d: number): number {
  switch (unit) {
    case 'maanden':
      return Math.round(d * 10) / 10;
    case 'euro':
      return Math.round(d / 1e5) / 10;
    case 'procent':
      return Math.round(d * 1000) / 10;
    default:
      return Math.round(d);
  }
}

/** The scenario a headline speaks for: the one (not the reference) that differs most; the reference when alone. */
export function chosenScenario(view: CompareView, indicatorId: string): number {
  const ref = refIndex(view);
  const ind = indicator(view, indicatorId);
  let best = ref;
  let bestSize = -1;
  view.scenarios.forEach((_, i) => {
    if (i === ref) return;
    const v = ind?.values[i];
    const r = ind?.values[ref];
    const size = v === null || v === undefined || r === null || r === undefined ? 0 : Math.abs(v - r);
    if (size > bestSize) [best, bestSize] = [i, size];
  });
  return best;
}

const count = (n: number, one: string, more: string) => `${formatNumber(n)} ${n === 1 ? one : more}`;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A sentence about the reference alone (one scenario). */
function single(id: string, unit: CompareIndicator['unit'], v: number, year: number): string | null {
  const shown = formatIndicator(unit, v);
  switch (id) {
    case 'wachtlijst':
      return `Eind ${year} ${v === 1 ? 'wacht 1 persoon' : `wachten ${shown} mensen`} op een plek`;
    case 'wachttijd':
      return `Wie in ${year} een plek krijgt, heeft gemiddeld ${formatNumber(v, 1)} maanden gewacht`;
    case 'wachttijd-aanmelding':
      return `Wie eind ${year} op de wachtlijst komt, wacht naar verwachting ${formatNumber(v, 1)} maanden`;
    case 'plekken-nodig':
      return v === 0 ? `In ${year} zijn geen extra plekken nodig om binnen de wachttijdnorm te blijven` : `In ${year} zijn ${count(Math.round(v), 'extra plek', 'extra plekken')} nodig om binnen de wachttijdnorm te blijven`;
    case 'kosten':
      return `Beschermd wonen kost in ${year} ${shown}`;
    case 'fairshare':
      return `Eind ${year} zou ${shown} van de plekken moeten verhuizen om eerlijk naar inwoners verdeeld te zijn`;
    case 'urgentie-tekort':
      return v === 0 ? `Eind ${year} is er voor iedere urgente woningzoekende een woning` : `Eind ${year} ${v === 1 ? 'wacht 1 urgente woningzoekende' : `wachten ${shown} urgente woningzoekenden`} te lang op een woning`;
    case 'wlz-verlies':
      return `Tot en met ${year} gaan per saldo ${count(Math.round(v), 'Wmo-plek', 'Wmo-plekken')} over naar de Wlz`;
    default:
      return null;
  }
}

/** The rest of the sentence after "Met 24 extra plekken in Haaksbergen": the difference with the reference. */
function compared(id: string, d: number, year: number): string | null {
  const n = Math.abs(d);
  const more = d > 0;
  if (d === 0) {
    const same: Record<string, string> = {
      wachtlijst: `wachten eind ${year} evenveel mensen`,
      wachttijd: `wacht wie in ${year} een plek krijgt even lang`,
      'wachttijd-aanmelding': `wacht wie eind ${year} op de lijst komt even lang`,
      'plekken-nodig': `zijn in ${year} evenveel extra plekken nodig`,
      kosten: `kost beschermd wonen in ${year} evenveel`,
      fairshare: `is de verdeling eind ${year} even eerlijk`,
      'urgentie-tekort': `is het tekort aan woningen voor urgenten eind ${year} even groot`,
      'wlz-verlies': `gaan tot en met ${year} evenveel Wmo-plekken naar de Wlz`,
    };
    return same[id] ?? null;
  }
  const mm = `${formatNumber(n, 1)} ${n === 1 ? 'maand' : 'maanden'} ${more ? 'langer' : 'korter'}`;
  switch (id) {
    case 'wachtlijst':
      return n === 1 ? `wacht eind ${year} 1 persoon ${more ? 'meer' : 'minder'}` : `wachten eind ${year} ${formatNumber(n)} mensen ${more ? 'meer' : 'minder'}`;
    case 'wachttijd':
      return `wacht wie in ${year} een plek krijgt ${mm}`;
    case 'wachttijd-aanmelding':
      return `wacht wie eind ${year} op de lijst komt ${mm}`;
    case 'plekken-nodig':
      return `${n === 1 ? 'is' : 'zijn'} in ${year} ${count(n, 'extra plek', 'extra plekken')} ${more ? 'meer' : 'minder'} nodig voor de wachttijdnorm`;
    case 'kosten':
      return `kost beschermd wonen in ${year} € ${formatNumber(n, 1)} mln ${more ? 'meer' : 'minder'}`;
    case 'fairshare':
      return `is de verdeling eind ${year} ${formatNumber(n, 1)} procentpunt ${more ? 'minder eerlijk' : 'eerlijker'}`;
    case 'urgentie-tekort':
      return `${n === 1 ? 'wacht' : 'wachten'} eind ${year} ${count(n, 'urgente woningzoekende', 'urgente woningzoekenden')} ${more ? 'meer' : 'minder'} te lang op een woning`;
    case 'wlz-verlies':
      return `${n === 1 ? 'gaat' : 'gaan'} tot en met ${year} ${count(n, 'Wmo-plek', 'Wmo-plekken')} ${more ? 'meer' : 'minder'} naar de Wlz`;
    default:
      return null;
  }
}

/**
 * One sentence for an indicator, from the side of the scenario that differs most from the reference.
 * `changes[i]` is how scenario i differs ("Met 24 extra plekken in Haaksbergen", see changePhrase), null when that
 * cannot be said briefly: then the scenario is named ("In Twee locaties wachten …"). `scenario` speaks for that one instead.
 */
export function headline(view: CompareView, indicatorId: string, changes: readonly (string | null)[], scenario?: number): Headline | null {
  const ind = indicator(view, indicatorId);
  if (!ind) return null;
  const year = view.reportingYear;
  const ref = refIndex(view);
  const i = scenario ?? chosenScenario(view, indicatorId);
  const v = ind.values[i];
  const r = ind.values[ref];
  if (i === ref) {
    const text = v === null ? `${ind.label}: onbepaald` : single(ind.id, ind.unit, v, year);
    return text ? { indicator: ind.id, text, scenario: i } : null;
  }
  const who = changes[i] ?? `In ${view.scenarios[i].name}`;
  const rest = v === null || r === null ? null : compared(ind.id, shownDifference(ind.unit, v - r), year);
  const text = rest ? `${who} ${rest}` : `${ind.label}: ${view.scenarios.map((s, j) => `${s.name} ${formatIndicator(ind.unit, ind.values[j])}`).join('; ')}`;
  return { indicator: ind.id, text: capital(text), scenario: i };
}

/** The figures under a headline: "Wachtlijst eind 2030 · Twee locaties 269 · Basis — ongewijzigd beleid 312". */
export function valuesLine(view: CompareView, indicatorId: string): string {
  const ind = indicator(view, indicatorId);
  if (!ind) return '';
  const ref = refIndex(view);
  const order = [...view.scenarios.keys()].filter((i) => i !== ref).concat(ref);
  return [ind.label, ...order.map((i) => `${view.scenarios[i].name}${i === ref && view.scenarios.length > 1 ? ' (referentie)' : ''}: ${formatIndicator(ind.unit, ind.values[i])}`)].join(' · ');
}

/** The report's title: "Scenario Basis" for one, "Twee locaties tegenover Basis" for more. */
export function reportTitle(names: readonly string[], referenceIndex: number): string {
  if (names.length === 1) return `Scenario ${names[0]}`;
  const others = names.filter((_, i) => i !== referenceIndex);
  const joined = others.length < 2 ? others[0] : `${others.slice(0, -1).join(', ')} en ${others[others.length - 1]}`;
  return `${joined} tegenover ${names[referenceIndex]}`;
}

/** The headline indicators of the report's summary and the slides, in this order (others are in the table). */
export const HEADLINE_INDICATORS = ['wachtlijst', 'wachttijd', 'wachttijd-aanmelding', 'plekken-nodig', 'kosten', 'fairshare', 'urgentie-tekort', 'wlz-verlies'] as const;
