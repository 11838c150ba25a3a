/**
 * Undo/redo in the editing session. Every edit tells which history entry it made; undo puts back the state from
 * before that entry (history.restore, itself a change with its own entry), redo undoes the undo. The stacks hold
 * only this session's edits of the active scenario; the full history stays in "Scenario en geschiedenis".
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { call, errorMessage } from '../api/client';

interface Step {
  entryId: number;
  label: string;
}

const TrackContext = createContext<(changeId: number | null, label: string) => void>(() => undefined);
export const UndoTracker = TrackContext.Provider;

/** For an edit: `track(result.changeId, "Groei vraag all-inclusive")`. */
export function useTrackChange() {
  return useContext(TrackContext);
}

export function useUndoStack(scenarioId: number | undefined, onChanged: () => Promise<void>) {
  const [stacks, setStacks] = useState<{ scenarioId: number | undefined; undo: Step[]; redo: Step[] }>({ scenarioId, undo: [], redo: [] });
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);
  // A new scenario starts a new session: its stacks are empty.
  const current = useMemo(() => (stacks.scenarioId === scenarioId ? stacks : { scenarioId, undo: [], redo: [] }), [stacks, scenarioId]);

  const track = useCallback(
    (changeId: number | null, label: string) => {
      if (changeId === null) return;
      setStacks((s) => ({ scenarioId, undo: [...(s.scenarioId === scenarioId ? s.undo : []), { entryId: changeId, label }].slice(-100), redo: [] }));
    },
    [scenarioId],
  );

  const step = useCallback(
    async (from: 'undo' | 'redo') => {
      const top = current[from][current[from].length - 1];
      if (!top || scenarioId === undefined || busy) return;
      setBusy(true);
      try {
        const r = await call('history.restore', { scenarioId, entryId: top.entryId, reason: from === 'undo' ? 'Ongedaan gemaakt' : 'Opnieuw gedaan' });
        const other = from === 'undo' ? 'redo' : 'undo';
        setStacks({
          scenarioId,
          [from]: current[from].slice(0, -1),
          [other]: r.entryId === null ? current[other] : [...current[other], { entryId: r.entryId, label: top.label }],
        } as typeof stacks);
        await onChanged();
        setMessage({ kind: 'ok', text: `${from === 'undo' ? 'Ongedaan gemaakt' : 'Opnieuw gedaan'}: ${top.label}.` });
      } catch (e) {
        setMessage({ kind: 'error', text: `${errorMessage(e)} Er is niets gewijzigd.` });
      } finally {
        setBusy(false);
      }
    },
    [current, scenarioId, busy, onChanged],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const el = document.activeElement as HTMLElement | null;
      if (el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))) return; // text fields keep their own undo
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) void step('undo');
      else if (k === 'y' || (k === 'z' && e.shiftKey)) void step('redo');
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);

  return { track, undo: () => step('undo'), redo: () => step('redo'), next: { undo: current.undo.at(-1), redo: current.redo.at(-1) }, busy, message };
}

export function UndoButtons({ stack }: { stack: ReturnType<typeof useUndoStack> }) {
  const { undo, redo, next, busy, message } = stack;
  return (
    <div className="undo-bar">
      <button className="small" onClick={undo} disabled={!next.undo || busy} title={next.undo ? `Ongedaan maken: ${next.undo.label} (Ctrl+Z)` : 'Niets ongedaan te maken'}>
        ↶ Ongedaan maken
      </button>
      <button className="small" onClick={redo} disabled={!next.redo || busy} title={next.redo ? `Opnieuw: ${next.redo.label} (Ctrl+Y)` : 'Niets opnieuw te doen'}>
        ↷ Opnieuw
      </button>
      {message && (
        <span className={message.kind === 'ok' ? 'undo-message' : 'undo-message error'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="undo-message">
          {message.text}
        </span>
      )}
    </div>
  );
}
