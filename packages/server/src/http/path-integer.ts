import { z } from "@hono/zod-openapi";

/** The largest integer a path may carry: PostgreSQL's `integer` (2^31 - 1). @example MAX_PATH_INTEGER // 2147483647 */
export const MAX_PATH_INTEGER = 2_147_483_647;

/** Plain decimal: digits only, no leading zero (`0x1`, `1e3`, `01`, `+1`, `1.0` are not). */
const DECIMAL = /^(0|[1-9][0-9]*)$/;

/** Plain decimal digits to a number; past 15 digits any value is out of range, so it stays past the bound. */
function fromDecimal(text: string, maximum: number): number {
  return text.length > 15 ? maximum + 1 : Number(text);
}

/**
 * A positive integer path parameter (a version number), 1 to 2^31 - 1, written in plain decimal only:
 * `0x1`, `1e3`, `01`, `+1`, ` 1` and `1.0` are refused (422 `validation_failed`, pointer `/<name>`), never
 * read as 1, and a number past the bound is refused before it reaches SQL. The spec declares an integer
 * with `minimum` and `maximum`.
 *
 * @example
 * const versionPathSchema = z.object({ productId, version: pathInteger("version") });
 */
export function pathInteger(name: string, maximum: number = MAX_PATH_INTEGER) {
  return z
    .preprocess(
      (value) => (typeof value === "string" && DECIMAL.test(value) ? fromDecimal(value, maximum) : value),
      z
        .int("expected a positive integer in plain decimal (no sign, leading zero, exponent or hex)")
        .min(1)
        .max(maximum),
    )
    .openapi({
      type: "integer",
      minimum: 1,
      maximum,
      param: { name, in: "path" },
      example: 1,
    });
}
