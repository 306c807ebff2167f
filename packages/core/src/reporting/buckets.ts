import type { DelinquencyBucket } from "../servicing/index.js";

/** The name used for days past due that no configured bucket covers. */
export const UNBUCKETED = "unbucketed";

/**
 * The index of the first bucket whose inclusive range holds `daysPastDue`, or `buckets.length` when
 * none does (reported as `"unbucketed"`). Same rule as servicing's `delinquencyBucketFor`.
 *
 * @example bucketIndexFor(standardDelinquencyBuckets, 45) === 2 // "31-60"
 */
export function bucketIndexFor(buckets: ReadonlyArray<DelinquencyBucket>, daysPastDue: number): number {
  for (let i = 0; i < buckets.length; i++) {
    const bucket = buckets[i] as DelinquencyBucket;
    if (
      daysPastDue >= bucket.minDaysPastDue &&
      (bucket.maxDaysPastDue === undefined || daysPastDue <= bucket.maxDaysPastDue)
    )
      return i;
  }
  return buckets.length;
}

/**
 * The bucket names in report order: the configured buckets, then `"unbucketed"`.
 *
 * @example bucketNames(standardDelinquencyBuckets).at(-1) === "unbucketed"
 */
export function bucketNames(buckets: ReadonlyArray<DelinquencyBucket>): ReadonlyArray<string> {
  return [...buckets.map((bucket) => bucket.name), UNBUCKETED];
}
