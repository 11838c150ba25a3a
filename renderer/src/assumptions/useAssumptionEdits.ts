/** Validates a grid edit, sends it through the contract, and keeps per-cell Dutch error messages. */
import { useCallback, useState } from 'react';
import { assumptionDef, checkAssumptionValue } from '../../../shared/assumptions';
import { parseDutchNumber } from '../../../shared/numberFormat';
import { call, errorMessage } from '../api/client';
import { T } from '../text';

export interface EditFeedback {
  kind: 'ok' | 'error';
  text: string;
}

export function useAssumptionEdits(scenarioId: number, onSaved: () => Promise<void>) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [feedback, setFeedback] = useState<EditFeedback | null>(null);

  const setError = useCallback((key: string, text: string | null) => {
    setErrors((prev) => {
      const next = { ...prev };
      if (text) next[key] = text;
      else delete next[key];
      return next;
    });
  }, []);

  const editValue = useCallback(
    async (key: string, typed: unknown) => {
      const def = assumptionDef(key);
      if (!def) return;
      const parsed = parseDutchNumber(typed);
      const problem = parsed.ok ? checkAssumptionValue(def, parsed.value) : `${def.label}: ${parsed.message}`;
      if (problem || !parsed.ok) {
        setError(key, problem);
        setFeedback({ kind: 'error', text: `${problem} Er is niets opgeslagen.` });
        return;
      }
      try {
        await call('assumptions.setValue', { scenarioId, key, value: parsed.value });
        setError(key, null);
        setFeedback({ kind: 'ok', text: T.valueSaved(def.label) });
        await onSaved();
      } catch (e) {
        setError(key, errorMessage(e));
        setFeedback({ kind: 'error', text: `${errorMessage(e)} Er is niets opgeslagen.` });
      }
    },
    [scenarioId, onSaved, setError],
  );

  return { errors, feedback, setFeedback, editValue };
}
