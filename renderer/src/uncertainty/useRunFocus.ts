/**
 * Keyboard focus around a long run. Starting disables the start button, and the end removes the cancel button: either
 * would drop the focus to the top of the page. While it runs the focus goes to "Annuleren"; when it ends, to the
 * outcome's heading (a result) or back to the start button (cancelled, failed). Only when the focus was on the run's
 * own controls or lost: a user who went elsewhere meanwhile keeps the focus there.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useRunFocus(running: boolean, area: RefObject<HTMLElement | null>, targets: { whileRunning: string; afterRun: () => string }) {
  const was = useRef(running);
  const { whileRunning, afterRun } = targets;
  useEffect(() => {
    if (was.current === running) return;
    was.current = running;
    const active = document.activeElement;
    const lost = !active || active === document.body || !!area.current?.contains(active);
    if (lost) document.getElementById(running ? whileRunning : afterRun())?.focus();
  }, [running, area, whileRunning, afterRun]);
}
