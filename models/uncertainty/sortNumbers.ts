/**
 * Sorting many doubles for the percentile bands: a radix sort on the numbers' bits, in the order of
 * Float64Array.prototype.sort (ascending, −0 before +0, ±Infinity at the ends), several times faster than it for
 * the thousands of runs a band has. NaN must be left out first (summary.ts does).
 */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Sorts `values` (no NaN) in place and returns it. */
export function sortNumbers(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < 512 || !LITTLE_ENDIAN) return values.sort();
  // Each number as two 32-bit halves (low, high); the bits turned into a key that sorts as unsigned integers:
  // negative numbers all bits flipped, others the sign bit set.
  let src = new Uint32Array(2 * n);
  src.set(new Uint32Array(values.buffer, values.byteOffset, 2 * n));
  for (let i = 0; i < n; i++) {
    const hi = src[2 * i + 1];
    if (hi & 0x80000000) {
      src[2 * i] = ~src[2 * i];
      src[2 * i + 1] = ~hi;
    } else src[2 * i + 1] = hi | 0x80000000;
  }
  let dst = new Uint32Array(2 * n);
  const count = new Uint32Array(256);
  for (let pass = 0; pass < 8; pass++) {
    const word = pass < 4 ? 0 : 1;
    const shift = (pass % 4) * 8;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(src[2 * i + word] >>> shift) & 255]++;
    if (count[(src[word] >>> shift) & 255] === n) continue; // every key has this digit: nothing to do
    let at = 0;
    for (let d = 0; d < 256; d++) {
      const c = count[d];
      count[d] = at;
      at += c;
    }
    for (let i = 0; i < n; i++) {
      const lo = src[2 * i];
      const hi = src[2 * i + 1];
      const j = count[((word ? hi : lo) >>> shift) & 255]++;
      dst[2 * j] = lo;
      dst[2 * j + 1] = hi;
    }
    [src, dst] = [dst, src];
  }
  // Back from keys to numbers.
  const out = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  for (let i = 0; i < n; i++) {
    const hi = src[2 * i + 1];
    if (hi & 0x80000000) {
      out[2 * i] = src[2 * i];
      out[2 * i + 1] = hi & 0x7fffffff;
    } else {
      out[2 * i] = ~src[2 * i];
      out[2 * i + 1] = ~hi;
    }
  }
  return values;
}
