/**
 * Tabs after the ARIA tabs pattern: the tab list is one stop for Tab; the arrow keys, Home and End move to another
 * tab and open it; the panel is labelled by the open tab.
 */
import { useRef, type KeyboardEvent } from 'react';

interface Props<T extends string> {
  /** Prefix for the ids that tie each tab to the panel. */
  idPrefix: string;
  label: string;
  tabs: readonly { id: T; label: string }[];
  active: T;
  onSelect(id: T): void;
  className: string;
  tabClassName: string;
}

export const tabId = (idPrefix: string, id: string) => `${idPrefix}-tab-${id}`;
export const panelId = (idPrefix: string) => `${idPrefix}-panel`;

/** The attributes of the panel that shows the open tab. */
export function tabPanelProps(idPrefix: string, active: string) {
  return { role: 'tabpanel', id: panelId(idPrefix), 'aria-labelledby': tabId(idPrefix, active) } as const;
}

/** Where a key moves to from tab `i` of `n`, or undefined for a key that does not move. */
export function nextTabIndex(key: string, i: number, n: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (i + 1) % n;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (i - 1 + n) % n;
    case 'Home':
      return 0;
    case 'End':
      return n - 1;
    default:
      return undefined;
  }
}

export function TabList<T extends string>({ idPrefix, label, tabs, active, onSelect, className, tabClassName }: Props<T>) {
  const list = useRef<HTMLDivElement>(null);
  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>, i: number) {
    const next = nextTabIndex(e.key, i, tabs.length);
    if (next === undefined) return;
    e.preventDefault();
    onSelect(tabs[next].id);
    list.current?.querySelector<HTMLButtonElement>(`#${CSS.escape(tabId(idPrefix, tabs[next].id))}`)?.focus();
  }
  return (
    <div className={className} role="tablist" aria-label={label} ref={list}>
      {tabs.map((t, i) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={tabId(idPrefix, t.id)}
          aria-selected={active === t.id}
          aria-controls={panelId(idPrefix)}
          tabIndex={active === t.id ? 0 : -1}
          className={active === t.id ? `${tabClassName} active` : tabClassName}
          onClick={() => onSelect(t.id)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
