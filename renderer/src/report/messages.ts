/** The sentences of the report summary and the slides: one per headline indicator, differences in words. */
import type { CompareView } from '../../../shared/contract';
import { deltaText, formatIndicator } from '../compare/format';

export interface Message {
  indicator: string;
  text: string;
}

/** "Wachtlijst eind 2030: Basis 123; Twee locaties 45 (78 minder dan Basis)." (the year in the label is the reporting year). */
export function indicatorMessage(view: CompareView, indicatorId: string): Message | null {
  const ind = view.indicators.find((i) => i.id === indicatorId);
  if (!ind) return null;
  const ref = view.scenarios.findIndex((s) => s.id === view.referenceId);
  const refName = view.scenarios[ref].name;
  const shown = ind.values.map((v) => formatIndicator(ind.unit, v));
  if (view.scenarios.length > 1 && shown.every((x) => x === shown[0])) {
    return { indicator: ind.id, text: `${ind.label}: ${shown[0]} in ${view.scenarios.length === 2 ? 'beide' : 'alle'} scenario’s.` };
  }
  const parts = view.scenarios.map((s, i) => {
    const value = formatIndicator(ind.unit, ind.values[i]);
    if (view.scenarios.length === 1) return value;
    return i === ref ? `${s.name} ${value}` : `${s.name} ${value} (${deltaText(ind.unit, ind.values[i], ind.values[ref], refName)})`;
  });
  return { indicator: ind.id, text: `${ind.label}: ${parts.join('; ')}.` };
}

/** The summary: every headline indicator as one sentence, reference first. */
export function summaryMessages(view: CompareView): Message[] {
  return view.indicators.map((i) => indicatorMessage(view, i.id)).filter((m): m is Message => m !== null);
}
