/** A modal dialog (native <dialog>) for a name or a confirmation, with its error shown inside. */
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { T } from '../text';

interface Props {
  title: string;
  help?: string;
  /** When set, the dialog asks for a name starting with this value. */
  initialName?: string;
  confirmLabel: string;
  danger?: boolean;
  /** Extra content between the help text and the buttons (a preview, a choice). */
  children?: ReactNode;
  confirmDisabled?: boolean;
  wide?: boolean;
  /**
   * After a confirmation, puts the focus somewhere else than on the opener (which may be about something now gone);
   * returns whether it did.
   */
  focusAfterConfirm?: () => boolean;
  onConfirm(name: string): Promise<void>;
  onClose(): void;
}

/**
 * After a dialog: back to the element that opened it; when that is gone (a deleted row, a scenario list that was
 * rebuilt), to the content, so the next Tab continues there and not at the top of the page.
 */
function returnFocus(opener: HTMLElement | null, afterConfirm: { current?: () => boolean }) {
  // After React has removed the dialog and drawn what the confirmation changed.
  requestAnimationFrame(() => {
    if (document.querySelector('dialog[open]')) return; // StrictMode's trial unmount, or another dialog opened
    if (afterConfirm.current?.()) return;
    if (opener?.isConnected && opener.offsetParent !== null) opener.focus();
    else document.getElementById('inhoud')?.focus();
  });
}

export function Dialog({ title, help, initialName, confirmLabel, danger, children, confirmDisabled, wide, focusAfterConfirm, onConfirm, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(initialName ?? '');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  // The element that opened the dialog, taken at the first render (before the dialog moves the focus), gets the focus
  // back when it closes: React removes the dialog without close(), so the browser would leave it on the page itself.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null));

  const afterConfirm = useRef<(() => boolean) | undefined>(undefined);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => returnFocus(opener, afterConfirm);
  }, [opener]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      await onConfirm(name);
      afterConfirm.current = focusAfterConfirm;
      onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={ref} className={wide ? 'dialog wide' : 'dialog'} aria-labelledby="dialog-title" onCancel={onClose}>
      <form onSubmit={submit} method="dialog">
        <h2 id="dialog-title">{title}</h2>
        {help && <p className="help">{help}</p>}
        {initialName !== undefined && (
          <label className="field">
            {T.name}
            <input autoFocus value={name} onChange={(e) => setName(e.target.value)} maxLength={80} aria-invalid={!!error} />
          </label>
        )}
        {children}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="buttons">
          <button type="button" onClick={onClose}>
            {T.cancel}
          </button>
          <button type="submit" className={danger ? 'danger' : 'primary'} disabled={busy || confirmDisabled}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
