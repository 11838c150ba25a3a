/**
 * The map of the eight gemeenten coloured by how far their places are from the norm of a key. The norm is in whole
 * places (the chosen apportionment method, by default grootste overschot), so the numbers on the map add up to 0.
 */
import type { FacilityFairShare } from '../../../models/fairshare/facilities';
import { GEMEENTEN } from '../../../shared/domain';
import { formatNumber } from '../../../shared/numberFormat';
import { MapLegend, RegionMap, type MapClass } from './RegionMap';
import { DEFAULT_METHOD, wholeFacility, type Method } from './wholePlaces';

const CLASSES: MapClass[] = [
  { upTo: -0.5, color: '#b35806', label: 'veel te weinig (meer dan 50 % onder de norm)' },
  { upTo: -0.15, color: '#f1a340', label: 'te weinig (15–50 % onder)' },
  { upTo: 0.15, color: '#f7f7f7', label: 'ongeveer volgens de sleutel (binnen 15 %)' },
  { upTo: 0.5, color: '#998ec3', label: 'te veel (15–50 % boven)' },
  { upTo: Infinity, color: '#542788', label: 'veel te veel (meer dan 50 % boven)' },
];

/** The legend alone, for several maps side by side (each drawn with legend={false}). */
export function DeviationLegend() {
  return <MapLegend classes={CLASSES} />;
}

interface Props {
  facility: FacilityFairShare;
  keyLabel: string;
  method?: Method;
  legend?: boolean;
  /** "Mijn gemeente": outlined on the map. */
  highlight?: string | null;
  /** When given, clicking a gemeente chooses it as "Mijn gemeente". */
  onSelect?(code: string): void;
}

export function DeviationMap({ facility, keyLabel, method = DEFAULT_METHOD, legend = true, highlight, onSelect }: Props) {
  const f = wholeFacility(facility, method);
  return (
    <RegionMap
      title={`Afwijking van de sleutel "${keyLabel}" per gemeente`}
      values={Object.fromEntries(GEMEENTEN.map((g, i) => [g.code, f.rows[i].deviationPct]))}
      labels={Object.fromEntries(GEMEENTEN.map((g, i) => [g.code, `${f.rows[i].deviation > 0 ? '+' : ''}${formatNumber(f.rows[i].deviation)}`]))}
      classes={CLASSES}
      legend={legend}
      highlight={highlight}
      onSelect={onSelect}
    />
  );
}
