/** Distribution keys: each gives every gemeente a share, the shares summing to 1. */
import { BASE_KEYS, KEYS, type KeyId } from '../../shared/assumptions';
import { GEMEENTE_CODES } from '../../shared/domain';

type BaseKeyId = Exclude<KeyId, 'mix'>;

export interface KeyInputs {
  /** Per base key: one value per gemeente (in GEMEENTE_CODES order). */
  values: Record<BaseKeyId, number[]>;
  /** Weights of the base keys in the weighted mix, in percent. */
  weightsPct: Record<BaseKeyId, number>;
}

export type KeyShares = { ok: true; shares: number[] } | { ok: false; message: string };

export function keyLabel(key: KeyId): string {
  return KEYS.find((k) => k.id === key)?.label ?? key;
}

function normalise(values: number[], label: string): KeyShares {
  const sum = values.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return { ok: false, message: `De sleutel "${label}" heeft geen waarden boven 0; vul de cijfers per gemeente in.` };
  return { ok: true, shares: values.map((v) => v / sum) };
}

/** Checks the mix weights: non-negative and summing to 100 %. Returns a Dutch message or null. */
export function checkWeights(weightsPct: Record<BaseKeyId, number>): string | null {
  const entries = BASE_KEYS.map((k) => weightsPct[k.id as BaseKeyId] ?? 0);
  if (entries.some((w) => !(w >= 0))) return 'De gewichten van de gewogen mix mogen niet negatief zijn.';
  const total = entries.reduce((a, b) => a + b, 0);
  if (Math.abs(total - 100) > 0.01) {
    return `De gewichten van de gewogen mix tellen op tot ${total.toLocaleString('nl-NL', { maximumFractionDigits: 2 })} %; maak er samen 100 % van.`;
  }
  return null;
}

export function keyShares(inputs: KeyInputs, key: KeyId): KeyShares {
  if (key !== 'mix') return normalise(inputs.values[key], keyLabel(key));
  const problem = checkWeights(inputs.weightsPct);
  if (problem) return { ok: false, message: problem };
  const mix = GEMEENTE_CODES.map(() => 0);
  for (const k of BASE_KEYS) {
    const w = inputs.weightsPct[k.id as BaseKeyId] / 100;
    if (w === 0) continue;
    const part = normalise(inputs.values[k.id as BaseKeyId], k.label);
    if (!part.ok) return part;
    part.shares.forEach((s, i) => (mix[i] += w * s));
  }
  return { ok: true, shares: mix };
}
