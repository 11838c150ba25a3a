/**
 * Text widths measured with the page's own font, for columns that must be wide enough for their longest header word:
 * a header may wrap between words, never inside one ("Gecluster/d").
 */
let context: CanvasRenderingContext2D | null | undefined;

/** Width in CSS pixels of `text` in `font` (a CSS font shorthand); an estimate where there is no canvas (tests). */
export function textWidth(text: string, font: string): number {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 0.62 * (Number(/(\d+)px/.exec(font)?.[1]) || 14);
  context.font = font;
  return context.measureText(text).width;
}

/** The grid header font (AG Grid theme: 13px, weight 600, the page's font family). */
export function gridHeaderFont(): string {
  const family = typeof document === 'undefined' ? 'sans-serif' : getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
  return `600 13px ${family}`;
}

/** The narrowest column in which `header` wraps only between words: its longest word plus the cell padding. */
export function headerMinWidth(header: string, padding = 26): number {
  const longest = Math.max(0, ...header.split(/\s+/).map((w) => textWidth(w, gridHeaderFont())));
  return Math.ceil(longest + padding);
}
