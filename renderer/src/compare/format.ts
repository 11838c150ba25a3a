/** Indicator values and their differences with the reference, in words ("12 meer dan Basis"). */
import type { CompareIndicator } from '../../../shared/contract';
import { formatNumber } from '../../../shared/numberFormat';

export function formatIndicator(unit: CompareIndicator['unit'], v: number | null): string {
  if (v === null) return 'onbepaald';
  switch (unit) {
    case 'maanden':
      return `${formatNumber(v, 1)} mnd`;
    case 'euro':
      return `€ ${formatNumber(v / 1e6, 1)} mln`;
    case 'procent':
      return `${formatNumber(v * 100, 1)} %`;
    default:
      return formatNumber(Math.round(v));
  }
}

export function deltaText(unit: CompareIndicator['unit'], v: number | null, ref: number | null, refName: string): string {
  if (v === null || ref === null) return v === ref ? `gelijk aan ${refName}` : 'niet te vergelijken';
  const d = v - ref;
  const size = (x: number) => {
    switch (unit) {
      case 'maanden':
        return `${formatNumber(x, 1)} maanden`;
      case 'euro':
        return `€ ${formatNumber(x / 1e6, 1)} mln`;
      case 'procent':
        return `${formatNumber(x * 100, 1)} procentpunt`;
      default:
        return formatNumber(Math.round(x));
    }
  };
  const rounded = unit === 'maanden' ? Math.round(d * 10) / 10 : unit === 'euro' ? Math.round(d / 1e5) / 10 : unit === 'procent' ? Math.round(d * 1000) / 1000 : Math.round(d);
  if (rounded === 0) return `gelijk aan ${refName}`;
  const more = unit === 'maanden' ? (d > 0 ? 'langer' : 'korter') : d > 0 ? 'meer' : 'minder';
  return `${size(Math.abs(d))} ${more} dan ${refName}`;
}
