/** Column sets for the per-gemeente grids: the December 2024 start, and the inputs of the distribution keys. */
import { ethosKey, inwoners18Key, inwonersKey, inZorgKey, socialeHuurKey, urgentMaxAandeelKey, verhuringenKey, wachtendKey } from '../../../shared/assumptions';
import { VARIANTS } from '../../../shared/domain';
import { T } from '../text';
import type { GemeenteColumn } from './PerGemeenteGrid';

export const START_COLUMNS: GemeenteColumn[] = [
  { colId: 'inwoners', header: T.inwoners, width: 104, keyOf: inwonersKey },
  ...VARIANTS.map((v) => ({ colId: `inZorg.${v.id}`, header: v.short, group: T.inZorg, tooltip: v.label, width: 84, keyOf: (g: Parameters<typeof inZorgKey>[0]) => inZorgKey(g, v.id) })),
  ...VARIANTS.map((v) => ({ colId: `wachtend.${v.id}`, header: v.short, group: T.wachtlijst, tooltip: v.label, width: 84, keyOf: (g: Parameters<typeof wachtendKey>[0]) => wachtendKey(g, v.id) })),
];

export const KEY_COLUMNS: GemeenteColumn[] = [
  { colId: 'inwoners', header: 'Inwoners', width: 110, keyOf: inwonersKey },
  { colId: 'inwoners18', header: 'Inwoners 18+', width: 110, keyOf: inwoners18Key },
  { colId: 'socialeHuur', header: 'Sociale huurwoningen', width: 120, keyOf: socialeHuurKey },
  { colId: 'verhuringen', header: 'Verhuringen per jaar', width: 110, keyOf: verhuringenKey },
  { colId: 'ethos', header: 'ETHOS-telling nov. 2024', width: 110, keyOf: ethosKey },
];

export const URGENT_CAPACITY_COLUMNS: GemeenteColumn[] = [
  { colId: 'verhuringen', header: 'Verhuringen per jaar', width: 130, keyOf: verhuringenKey },
  { colId: 'maxAandeel', header: 'Maximaal aandeel voor urgenten (%)', width: 160, keyOf: urgentMaxAandeelKey },
];
