import { z } from "@hono/zod-openapi";
import type { Range } from "../db/filters.js";

/** The two bounds of a range filter: from (inclusive) and before (exclusive), as Stripe's `created[gte]`/`[lt]`. */
type RangeKeys<Name extends string> = `${Name}[gte]` | `${Name}[lt]`;

function range<Name extends string, S extends z.ZodType>(name: Name, bound: (description: string) => S) {
  return {
    [`${name}[gte]`]: bound(`Only items whose \`${name}\` is at or after this (inclusive)`).optional(),
    [`${name}[lt]`]: bound(`Only items whose \`${name}\` is before this (exclusive)`).optional(),
  } as Record<RangeKeys<Name>, z.ZodOptional<S>>;
}

/**
 * Query filters `<name>[gte]` and `<name>[lt]` on an instant (UTC ISO 8601, an offset allowed).
 *
 * @example
 * filters: { ...instantRange("createdAt") } // ?createdAt[gte]=2026-01-01T00:00:00Z&createdAt[lt]=2026-02-01T00:00:00Z
 */
export function instantRange<Name extends string>(name: Name) {
  return range(name, (description) =>
    z.iso
      .datetime({ offset: true })
      .max(40)
      .openapi({ description: `${description}; an ISO 8601 instant`, example: "2026-01-01T00:00:00Z" }),
  );
}

/**
 * Query filters `<name>[gte]` and `<name>[lt]` on a business date (`YYYY-MM-DD`, a real calendar day).
 *
 * @example
 * filters: { ...dateRange("disbursementDate") } // ?disbursementDate[gte]=2026-01-01
 */
export function dateRange<Name extends string>(name: Name) {
  return range(name, (description) =>
    z.iso
      .date()
      .max(10)
      .openapi({ description: `${description}; a business date YYYY-MM-DD`, example: "2026-01-01" }),
  );
}

/**
 * An exact-match filter on a caller-chosen reference (1 to 200 characters).
 *
 * @example
 * filters: { externalReference: referenceFilter("The lender's own id for the loan") }
 */
export function referenceFilter(description: string) {
  return z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: `Only items with exactly this value: ${description}` });
}

/**
 * The bounds of one declared range from the validated query.
 *
 * @example
 * instantRangeOf(filters, "createdAt"); // { gte: Date, lt: undefined }
 */
export function instantRangeOf(filters: Readonly<Record<string, unknown>>, name: string): Range<Date> {
  const bound = (key: string) => {
    const value = filters[`${name}[${key}]`];
    return typeof value === "string" ? new Date(value) : undefined;
  };
  return { gte: bound("gte"), lt: bound("lt") };
}

/**
 * The bounds of one declared business-date range from the validated query.
 *
 * @example
 * dateRangeOf(filters, "disbursementDate"); // { gte: "2026-01-01", lt: undefined }
 */
export function dateRangeOf(filters: Readonly<Record<string, unknown>>, name: string): Range<string> {
  const bound = (key: string) => {
    const value = filters[`${name}[${key}]`];
    return typeof value === "string" ? value : undefined;
  };
  return { gte: bound("gte"), lt: bound("lt") };
}
