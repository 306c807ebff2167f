/**
 * A delinquency bucket by days past due, inclusive at both ends (`maxDaysPastDue` omitted = open).
 * Products configure them (`delinquency.buckets`), servicing names a loan's bucket with them and
 * reporting groups a portfolio by them.
 *
 * @example const bucket: DelinquencyBucket = { name: "31-60", minDaysPastDue: 31, maxDaysPastDue: 60 };
 */
export interface DelinquencyBucket {
  readonly name: string;
  readonly minDaysPastDue: number;
  readonly maxDaysPastDue?: number;
}

/**
 * The default days-past-due buckets: current, 1-30, 31-60, 61-90, 91-120 and 120+ (121 days on).
 * 91-120 is kept apart because US closed-end retail loans are charged off at 120 days past due
 * (FFIEC Uniform Retail Credit Classification Policy); PAR30/60/90 come from days past due directly.
 *
 * @example defaultDelinquencyBuckets[1] // { name: "1-30", minDaysPastDue: 1, maxDaysPastDue: 30 }
 */
export const defaultDelinquencyBuckets: ReadonlyArray<DelinquencyBucket> = [
  { name: "current", minDaysPastDue: 0, maxDaysPastDue: 0 },
  { name: "1-30", minDaysPastDue: 1, maxDaysPastDue: 30 },
  { name: "31-60", minDaysPastDue: 31, maxDaysPastDue: 60 },
  { name: "61-90", minDaysPastDue: 61, maxDaysPastDue: 90 },
  { name: "91-120", minDaysPastDue: 91, maxDaysPastDue: 120 },
  { name: "120+", minDaysPastDue: 121 },
];

/** The name used for days past due that no configured bucket covers. @example UNBUCKETED === "unbucketed" */
export const UNBUCKETED = "unbucketed";

/**
 * The index of the first bucket whose inclusive range holds `daysPastDue`, or `buckets.length` when
 * none does (reported as `"unbucketed"`).
 *
 * @example delinquencyBucketIndex(defaultDelinquencyBuckets, 45) === 2 // "31-60"
 */
export function delinquencyBucketIndex(buckets: ReadonlyArray<DelinquencyBucket>, daysPastDue: number): number {
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
 * The name of the bucket for a number of days past due, or `"unbucketed"`.
 *
 * @example delinquencyBucketFor(defaultDelinquencyBuckets, 45) === "31-60"
 */
export function delinquencyBucketFor(buckets: ReadonlyArray<DelinquencyBucket>, daysPastDue: number): string {
  return buckets[delinquencyBucketIndex(buckets, daysPastDue)]?.name ?? UNBUCKETED;
}

/**
 * The bucket names in report order: the configured buckets, then `"unbucketed"`.
 *
 * @example delinquencyBucketNames(defaultDelinquencyBuckets).at(-1) === "unbucketed"
 */
export function delinquencyBucketNames(buckets: ReadonlyArray<DelinquencyBucket>): ReadonlyArray<string> {
  return [...buckets.map((bucket) => bucket.name), UNBUCKETED];
}
