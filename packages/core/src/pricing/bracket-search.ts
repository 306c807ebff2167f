/**
 * The smallest integer `u` in [0, limit] for which `holds(u)` is true, where `holds` is false then true as `u` grows
 * (e.g. "the root is proven below the upper half-point of u"). Gallops outward from a float-seeded `guess`, then
 * bisects on integers, so a good guess costs about two calls. Returns `undefined` when `holds(limit)` is false.
 *
 * @example smallestHolding(41n, 1000n, (u) => u * u >= 1700n) // 42n
 */
export function smallestHolding(guess: bigint, limit: bigint, holds: (units: bigint) => boolean): bigint | undefined {
  let low = -1n; // invariant: holds(low) is false (or low = −1)
  let high = limit; // invariant: holds(high) is true, once checked
  const start = guess < 0n ? 0n : guess > limit ? limit : guess;
  let step = 1n;
  if (holds(start)) {
    high = start;
    while (high - step > low && holds(high - step)) {
      high -= step;
      step *= 2n;
    }
    low = high - step > low ? high - step : low;
  } else {
    low = start;
    while (low + step < high && !holds(low + step)) {
      low += step;
      step *= 2n;
    }
    if (low + step < high) high = low + step;
    else if (!holds(high)) return undefined;
  }
  while (high - low > 1n) {
    const middle = (low + high) / 2n;
    if (holds(middle)) high = middle;
    else low = middle;
  }
  return high;
}
