/**
 * A wide table that scrolls sideways inside its own box on a narrow screen (the page itself does not). The box is a
 * keyboard stop with a name, so it can be scrolled with the arrow keys too (WCAG 2.1.1; axe: scrollable-region-focusable).
 */
import type { ReactNode } from 'react';

export function TableScroll({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div className={className ? `table-scroll ${className}` : 'table-scroll'} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
