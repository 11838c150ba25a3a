/** A cell text is a formula when it starts with "=" (as in a spreadsheet). */
export function isFormulaText(text: unknown): text is string {
  return typeof text === 'string' && text.trim().startsWith('=');
}
