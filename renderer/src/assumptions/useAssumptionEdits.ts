/**
 * Validates a grid edit (a Dutch number, a percentage, ja/nee, a choice, or a formula "=…"), sends it through the
 * contract, and keeps the message of the last refused edit. Typed text is read by the one shared reader
 * (readAssumptionInput); messages name the assumption as users know it, never an internal field name.
 */
import { useCallback, useState } from 'react';
import { assumptionDef } from '../../../shared/assumptions';
import { isFormulaText } from '../../../shared/formulaText';
import { readAssumptionInput } from '../../../shared/numberFormat';
import { call, errorMessage } from '../api/client';
import { T } from '../text';
import { useTrackChange } from '../undo/undo';

export interface EditFeedback {
  kind: 'ok' | 'error';
  text: string;
}

const NOTHING_SAVED = 'Er is niets opgeslagen.';

/** A refusal as one sentence ending in "Er is niets opgeslagen.", said once. */
export function refusal(message: string): string {
  const text = message.replace(/\s*Er is niets opgeslagen\.?/g, '').trim();
  return `${/[.!?]$/.test(text) ? text : `${text}.`} ${NOTHING_SAVED}`;
}

export function useAssumptionEdits(scenarioId: number, onSaved: () => Promise<void>) {
  // At most one cell is marked: the last refused edit. A successful edit clears it, wherever it was made, because the
  // stored values are all valid again and the refused text was not kept.
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [feedback, setFeedback] = useState<EditFeedback | null>(null);
  const track = useTrackChange();

  const refuse = useCallback((key: string, message: string) => {
    setErrors({ [key]: message });
    setFeedback({ kind: 'error', text: refusal(message) });
  }, []);
  const clearErrors = useCallback(() => setErrors((prev) => (Object.keys(prev).length ? {} : prev)), []);

  const editValue = useCallback(
    async (key: string, typed: unknown) => {
      const def = assumptionDef(key);
      if (!def) return;
      let input: { value: number } | { formula: string };
      let note: string | undefined;
      if (isFormulaText(typed)) input = { formula: typed };
      else {
        const parsed = readAssumptionInput(def, typed);
        if (!parsed.ok) return refuse(key, parsed.message);
        input = { value: parsed.value };
        note = parsed.note;
      }
      try {
        const saved = await call('assumptions.setValue', { scenarioId, key, ...input });
        track(saved.changeId, def.label);
        await onSaved();
        clearErrors();
        setFeedback({ kind: 'ok', text: note ? `${T.valueSaved(def.label)} ${note}` : T.valueSaved(def.label) });
      } catch (e) {
        refuse(key, errorMessage(e));
      }
    },
    [scenarioId, onSaved, refuse, clearErrors, track],
  );

  /** Forgets the last message and the marked cell (another group of assumptions was opened). */
  const reset = useCallback(() => {
    clearErrors();
    setFeedback(null);
  }, [clearErrors]);

  return { errors, feedback, setFeedback, editValue, reset };
}
