/**
 * One problem found in a product definition: where it is, a stable snake_case code, and what is wrong.
 *
 * @example const issue: ProductIssue = { path: ["rateLimits", "minPercent"], code: "min_exceeds_max", message: "…" };
 */
export interface ProductIssue {
  readonly path: ReadonlyArray<string | number>;
  readonly code: string;
  readonly message: string;
}

/** Collects issues; the checks push into it. */
export type IssueSink = (path: ReadonlyArray<string | number>, code: string, message: string) => void;

/** Finds the indexes of repeated values, for `duplicate_value` issues. */
export function duplicateIndexes<T>(values: ReadonlyArray<T>): number[] {
  const seen = new Set<T>();
  const repeated: number[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) repeated.push(index);
    seen.add(value);
  });
  return repeated;
}
