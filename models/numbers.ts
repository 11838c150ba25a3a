/** Arrays of numbers on the hot paths (the projection, the Monte Carlo). */

/**
 * Many small arrays of numbers as views on one buffer, handed out in order. A small typed array of its own costs
 * about a microsecond to make (its numbers live outside the JavaScript heap), a view a fraction of that: the
 * Monte Carlo makes hundreds of them in every run.
 */
export function numberSlices(buffer: Float64Array | number, what: string): (n: number) => Float64Array {
  const numbers = typeof buffer === 'number' ? new Float64Array(buffer) : buffer;
  let used = 0;
  return (n) => {
    if (used + n > numbers.length) throw new RangeError(`${what}: more numbers taken than counted`);
    return numbers.subarray(used, (used += n));
  };
}

/**
 * `xs[i]`, or 0 without xs. (Not `xs?.[i] ?? 0`: optimised code then boxes every number it reads as an object,
 * about 25 kB per projection for the collector to clear.)
 */
export function valueOr0(xs: Float64Array | undefined, i: number): number {
  return xs ? xs[i] : 0;
}
