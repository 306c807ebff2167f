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
 * The integer a plain-decimal string stands for, bounded; anything else (a number already, `0x1`, `1e3`,
 * `01`, ` 1`) is left as it is for the schema to refuse.
 *
 * @example
 * z.preprocess(decimalOrAsIs(100), z.int().min(1).max(100));
 */
export function decimalOrAsIs(maximum: number) {
  return (value: unknown): unknown =>
    typeof value === "string" && DECIMAL.test(value) ? fromDecimal(value, maximum) : value;
}

/**
 * A bounded integer query parameter in plain decimal only (`limit=0x10`, `limit=1e2`, `limit=%201` are
 * 422, not 16, 100 and 1). The spec declares an integer with `minimum` and `maximum`.
 *
 * @example
 * const limit = queryInteger(1, 100, "Page size, 1 to 100").default(20);
 */
export function queryInteger(minimum: number, maximum: number, description: string) {
  return z
    .preprocess(decimalOrAsIs(maximum), z.int("expected an integer in plain decimal").min(minimum).max(maximum))
    .openapi({ type: "integer", minimum, maximum, description });
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
      decimalOrAsIs(maximum),
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
