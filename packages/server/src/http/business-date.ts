import { z } from "@hono/zod-openapi";

/**
 * The business dates the API accepts: 1900-01-01 to 2199-12-31. A loan replayed to a date recomputes
 * every day up to it, so an unbounded date is unbounded work (a replay to 9999-12-31 held a request for
 * minutes); two centuries either side of today cover every real loan.
 *
 * @example
 * isWithinBusinessDates("2026-02-01"); // true
 */
export const BUSINESS_DATES = { first: "1900-01-01", last: "2199-12-31" } as const;

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a `YYYY-MM-DD` string lies within `BUSINESS_DATES` (string order is date order in this shape).
 * Anything not in that shape is left to the date parser, which answers with its own code.
 *
 * @example
 * isWithinBusinessDates("9999-12-31"); // false
 */
export function isWithinBusinessDates(text: string): boolean {
  return !SHAPE.test(text) || (text >= BUSINESS_DATES.first && text <= BUSINESS_DATES.last);
}

/**
 * A business-date request field (`YYYY-MM-DD`): at most 32 characters, and within `BUSINESS_DATES` (a
 * date outside is 422 `validation_failed` with the field's pointer). The calendar checks stay with core,
 * so a malformed date keeps core's specific code.
 *
 * @example
 * const effectiveDate = businessDate("Business date the event takes effect", "2026-02-01");
 */
export function businessDate(description: string, example: string) {
  return z
    .string()
    .max(32)
    .refine(isWithinBusinessDates, {
      message: `must be between ${BUSINESS_DATES.first} and ${BUSINESS_DATES.last}`,
    })
    .openapi({
      description: `${description} (YYYY-MM-DD, ${BUSINESS_DATES.first} to ${BUSINESS_DATES.last})`,
      example,
    });
}
