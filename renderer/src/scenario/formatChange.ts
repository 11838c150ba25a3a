/** How a history entry's old and new values read for a person. */
import type { ChangeEntry } from '../../../shared/contract';
import { gemeenteNaam, variantLabel } from '../../../shared/domain';
import type { Location, WlzEvent } from '../../../shared/locations';
import { assumptionDef } from '../../../shared/assumptions';
import { assumptionValueText } from '../../../shared/assumptionText';
import { formatFlexible } from '../../../shared/numberFormat';
import { describeRange, type AssumptionRange } from '../../../shared/ranges';

/** `target`: the assumption key of a value or range change, so the value reads in words ("hybride", "ja", "2035", "80 %"). */
export function formatChangeValue(kind: ChangeEntry['kind'], v: unknown, target = ''): string {
  if (v === null || v === undefined) return '—';
  switch (kind) {
    case 'waarde': {
      const x = v as { value: number; formula: string | null };
      const def = target ? assumptionDef(target) : undefined;
      const shown = def ? assumptionValueText(def, x.value) : formatFlexible(x.value, x.formula ? 2 : 3);
      return x.formula ? `${x.formula} (${shown})` : shown;
    }
    case 'bereik': {
      const r = v as AssumptionRange;
      const def = assumptionDef(target);
      return def ? `${describeRange(def, r)}; ${r.source}` : Object.values(r).join(' · ');
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
