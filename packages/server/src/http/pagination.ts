import { z } from "@hono/zod-openapi";
import type { Result } from "@lendstack/core/errors";
import { fail, ok } from "@lendstack/core/errors";
import { queryInteger } from "./path-integer.js";

/** Page size when `limit` is absent. @example DEFAULT_PAGE_LIMIT // 20 */
export const DEFAULT_PAGE_LIMIT = 20;
/** Largest accepted `limit`. @example MAX_PAGE_LIMIT // 100 */
export const MAX_PAGE_LIMIT = 100;

/**
 * Query parameters shared by list endpoints: `limit` (1–100, default 20) and the opaque `cursor`
 * from the previous page's `nextCursor`.
 *
 * @example
 * request: { query: pageQuerySchema.extend({ status: z.enum(["active", "archived"]).optional() }) }
 */
export const pageQuerySchema = z.object({
  limit: queryInteger(1, MAX_PAGE_LIMIT, `Page size, 1 to ${MAX_PAGE_LIMIT}`)
    .default(DEFAULT_PAGE_LIMIT)
    .openapi({
      description: `Page size, 1 to ${MAX_PAGE_LIMIT}`,
      default: DEFAULT_PAGE_LIMIT,
      example: DEFAULT_PAGE_LIMIT,
    }),
  cursor: z
    .string()
    .max(512)
    .optional()
    .openapi({ description: "Opaque cursor: the `nextCursor` of the previous page" }),
});

/**
 * The `{ data, nextCursor }` envelope of a list response, registered under `name`.
 *
 * @example
 * const productPageSchema = pageSchema(productSchema, "ProductPage");
 */
export function pageSchema<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      data: z.array(item),
      nextCursor: z
        .string()
        .nullable()
        .openapi({ description: "Pass as `cursor` to get the next page; null on the last page" }),
    })
    .openapi(name);
}

/** Position after which the next page starts: the sort key of the last item sent. @example encodeCursor({ afterId: product.id }) */
export interface CursorPosition {
  /** The last item's sortable id (ids sort by creation time). */
  readonly afterId: string;
}

const CURSOR_VERSION = "v1";

/**
 * Encodes a position as an opaque base64url cursor.
 *
 * @example
 * encodeCursor({ afterId: "prd_01JGFJJZ000000000000000000" }); // "djE6cHJkXzAx…"
 */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(`${CURSOR_VERSION}:${position.afterId}`, "utf8").toString("base64url");
}

/**
 * Decodes a cursor, failing with `invalid_cursor` (400) for anything this server did not make, or a
 * cursor for another resource (its id must match `isValidId`).
 *
 * @example
 * decodeCursor(cursor, (id) => id.startsWith("prd_"));
 */
export function decodeCursor(cursor: string, isValidId: (id: string) => boolean): Result<CursorPosition> {
  const invalid = fail("invalid_cursor", "The cursor is not one this API returned; start again without it.", [
    "cursor",
  ]);
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return invalid;
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const separator = text.indexOf(":");
  if (separator < 0 || text.slice(0, separator) !== CURSOR_VERSION) return invalid;
  const afterId = text.slice(separator + 1);
  return isValidId(afterId) ? ok({ afterId }) : invalid;
}

/**
 * Splits `limit + 1` fetched rows into the page and its `nextCursor` (null when nothing follows).
 *
 * @example
 * const rows = await query.limit(limit + 1);
 * return toPage(rows.map(toProduct), limit, (product) => product.id);
 */
export function toPage<T>(
  items: ReadonlyArray<T>,
  limit: number,
  idOf: (item: T) => string,
): { data: T[]; nextCursor: string | null } {
  const data = items.slice(0, limit);
  const last = data[data.length - 1];
  const hasMore = items.length > limit && last !== undefined;
  return { data, nextCursor: hasMore ? encodeCursor({ afterId: idOf(last) }) : null };
}
