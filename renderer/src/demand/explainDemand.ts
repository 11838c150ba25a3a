/** The "waarom" under the demand chart: a Dutch paragraph generated from the projection's own numbers. */
import { VARIANTS } from '../../../shared/domain';
import { formatFlexible, formatNumber } from '../../../shared/numberFormat';
import type { DemandProjection } from '../../../models/demand/projectDemand';

export function explainDemand(p: DemandProjection): string {
  const last = p.years[p.years.length - 1];
  const growth = VARIANTS.map((v) => p.growthPerYear[v.id]);
  const totalGrowth = growth.reduce((a, b) => a + b, 0);
  const growthText = VARIANTS.filter((v) => p.growthPerYear[v.id] !== 0)
    .map((v) => `${signed(p.growthPerYear[v.id])} ${v.label.toLowerCase()}`)
    .join(', ');
  const direction = totalGrowth > 0 ? 'groeit' : totalGrowth < 0 ? 'daalt' : 'blijft gelijk';
  const parts = [
    `De vraag naar beschermd wonen (cliënten in zorg plus wachtenden) ${direction} van ${formatNumber(p.start.demand)} eind ${p.baseYear} naar ${formatNumber(last.demand)} eind ${last.year}` +
      (totalGrowth !== 0 ? `, omdat er per jaar ${signed(totalGrowth)} cliënten bij komen (${growthText}).` : '.'),
    `Het aantal plekken blijft in deze eenvoudige projectie gelijk aan de ${formatNumber(p.start.inCare)} cliënten die in december ${p.baseYear} in zorg waren.`,
  ];
  if (last.waitingIfNoNewPlaces > p.start.waiting) {
    parts.push(
      `Komen er geen plekken bij, dan groeit de wachtlijst van ${formatNumber(p.start.waiting)} naar ${formatNumber(last.waitingIfNoNewPlaces)} in ${last.year}.`,
    );
  } else {
    parts.push(`Zonder nieuwe plekken is de wachtlijst in ${last.year} ${formatNumber(last.waitingIfNoNewPlaces)} (nu ${formatNumber(p.start.waiting)}).`);
  }
  return parts.join(' ');
}

function signed(n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : ''}${formatFlexible(Math.abs(n), 1)}`;
}
