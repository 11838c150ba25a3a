/** Validates a grid edit (a Dutch number or a formula "=…"), sends it through the contract, keeps per-cell messages. */
import { useCallback, useState } from 'react';
import { assumptionDef, checkAssumptionValue } from '../../../shared/assumptions';
import { isFormulaText } from '../../../shared/formulaText';
import { parseDutchNumber } from '../../../shared/numberFormat';
import { call, errorMessage } from '../api/client';
import { T } from '../text';
import { useTrackChange } from '../undo/undo';

export interface EditFeedback {
  kind: 'ok' | 'error';
  text: string;
}

const NOTHING_SAVED = 'Er is niets opgeslagen.';

export function useAssumptionEdits(scenarioId: number, onSaved: () => Promise<void>) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [feedback, setFeedback] = useState<EditFeedback | null>(null);
  const track = useTrackChange();

  const report = useCallback((key: string, message: string | null, ok?: string) => {
    setErrors((prev) => {
      const next = { ...prev };
      if (message) next[key] = message;
      else delete next[key];
      return next;
    });
    setFeedback(message ? { kind: 'error', text: `${message.replace(` ${NOTHING_SAVED}`, '')} ${NOTHING_SAVED}` } : { kind: 'ok', text: ok ?? '' });
  }, []);

  const editValue = useCallback(
    async (key: string, typed: unknown) => {
      const def = assumptionDef(key);
      if (!def) return;
      let input: { value: number } | { formula: string };
      const choice = def.choices?.indexOf(String(typed)) ?? -1;
      if (choice >= 0) input = { value: choice };
      else if (isFormulaText(typed)) input = { formula: typed };
      else {
        const parsed = parseDutchNumber(typed);
        const problem = parsed.ok ? checkAssumptionValue(def, parsed.value) : `${def.label}: ${parsed.message}`;
        if (!parsed.ok || problem) return report(key, problem);
        input = { value: parsed.value };
      }
      try {
        const saved = await call('assumptions.setValue', { scenarioId, key, ...input });
        track(saved.changeId, def.label);
        await onSaved();
        report(key, null, T.valueSaved(def.label));
      } catch (e) {
        report(key, errorMessage(e));
      }
    },
    [scenarioId, onSaved, report, track],
  );

  return { errors, feedback, setFeedback, editValue };
}
