/**
 * The name of a chart. Recharts' accessibility layer makes each chart one keyboard stop (role "application"; the
 * arrow keys step through the points and show their values): without a name a screen reader announces only
 * "application". The question the chart answers names it.
 */
export function chartName(title: string) {
  return { 'aria-label': `Grafiek: ${title} Met de pijltjes ziet u de waarden per punt.` };
}
