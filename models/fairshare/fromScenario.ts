/** Key inputs from a scenario's resolved assumptions: population, 18+, social rental stock, lettings, ETHOS, origin. */
import {
  BASE_KEYS,
  ethosKey,
  inwoners18Key,
  inwonersKey,
  inZorgKey,
  sleutelGewichtKey,
  socialeHuurKey,
  verhuringenKey,
  wachtendKey,
} from '../../shared/assumptions';
import { GEMEENTE_CODES, VARIANT_IDS } from '../../shared/domain';
import type { Resolved } from '../assumptions/resolve';
import type { KeyInputs } from './keys';

/** Values for year index y (keys that change over time, such as lettings, may be formulas of the year). */
export function keyInputsFrom(r: Resolved, y = 0): KeyInputs {
  const per = (keyOf: (g: (typeof GEMEENTE_CODES)[number]) => string) => GEMEENTE_CODES.map((g) => r.series(keyOf(g))[y]);
  return {
    values: {
      inwoners: per(inwonersKey),
      inwoners18: per(inwoners18Key),
      socialeHuur: per(socialeHuurKey),
      verhuringen: per(verhuringenKey),
      // Origin of BW clients: in care + waiting per gemeente in December 2024 (the Beginstand tab).
      herkomst: GEMEENTE_CODES.map((g) => VARIANT_IDS.reduce((s, v) => s + r.series(inZorgKey(g, v))[0] + r.series(wachtendKey(g, v))[0], 0)),
      ethos: per(ethosKey),
    },
    weightsPct: Object.fromEntries(BASE_KEYS.map((k) => [k.id, r.series(sleutelGewichtKey(k.id))[y]])) as KeyInputs['weightsPct'],
  };
}

