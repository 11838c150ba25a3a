/** How a history entry's old and new values read for a person. */
import type { ChangeEntry } from '../../../shared/contract';
import { gemeenteNaam, variantLabel } from '../../../shared/domain';
import type { Location, WlzEvent } from '../../../shared/locations';
import { formatFlexible } from '../../../shared/numberFormat';

export function formatChangeValue(kind: ChangeEntry['kind'], v: unknown): string {
  if (v === null || v === undefined) return '—';
  switch (kind) {
    case 'waarde': {
      const x = v as { value: number; formula: string | null };
      return x.formula ? `${x.formula} (${formatFlexible(x.value, 2)})` : formatFlexible(x.value);
    }
    case 'bron': {
      const x = v as { source: string; isAanname: boolean };
      return `${x.isAanname ? 'aanname' : 'bron'}: ${x.source}`;
    }
    case 'locatie': {
      const l = v as Location;
      return `${formatFlexible(l.places)} plekken ${variantLabel(l.variant).toLowerCase()} in ${gemeenteNaam(l.gemeente)}, open ${l.opening}${l.closing ? ` tot ${l.closing}` : ''} (${l.financing})`;
    }
    case 'wlz': {
      const e = v as WlzEvent;
      return `${formatFlexible(e.clients)} cliënten in ${e.year}${e.variant ? `, ${variantLabel(e.variant).toLowerCase()}` : ''}`;
    }
    default:
      if (Array.isArray(v)) return v.join(', ') || '—';
      if (typeof v === 'object') return Object.values(v as Record<string, unknown>).join(' · ');
      return String(v) || '—';
  }
}
