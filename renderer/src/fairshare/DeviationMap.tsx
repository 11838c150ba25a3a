/** The map of the eight gemeenten coloured by how far their places are from the norm of a key. */
import type { FacilityFairShare } from '../../../models/fairshare/facilities';
import { GEMEENTEN } from '../../../shared/domain';
import { formatNumber } from '../../../shared/numberFormat';
import { RegionMap, type MapClass } from './RegionMap';

const CLASSES: MapClass[] = [
  { upTo: -0.5, color: '#b35806', label: 'veel te weinig (meer dan 50 % onder de norm)' },
  { upTo: -0.15, color: '#f1a340', label: 'te weinig (15–50 % onder)' },
  { upTo: 0.15, color: '#f7f7f7', label: 'ongeveer volgens de sleutel (binnen 15 %)' },
  { upTo: 0.5, color: '#998ec3', label: 'te veel (15–50 % boven)' },
  { upTo: Infinity, color: '#542788', label: 'veel te veel (meer dan 50 % boven)' },
];

export function DeviationMap({ facility: f, keyLabel }: { facility: FacilityFairShare; keyLabel: string }) {
  return (
    <RegionMap
      title={`Afwijking van de sleutel "${keyLabel}" per gemeente`}
      values={Object.fromEntries(GEMEENTEN.map((g, i) => [g.code, f.rows[i].deviationPct]))}
      labels={Object.fromEntries(GEMEENTEN.map((g, i) => [g.code, `${Math.round(f.rows[i].deviation) > 0 ? '+' : ''}${formatNumber(Math.round(f.rows[i].deviation))}`]))}
      classes={CLASSES}
    />
  );
}
