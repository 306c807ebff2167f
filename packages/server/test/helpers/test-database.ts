export { createTestDatabase, type TestDatabase } from "../../src/testing/test-database.js";

/**
 * The rows of a raw `execute`, whichever driver answered (an array, or an object with `rows`).
 *
 * @example const rows = rowsOf<{ n: number }>(await db.execute(sql`select 1 as n`));
 */
export function rowsOf<Row>(result: unknown): Row[] {
  return (Array.isArray(result) ? result : ((result as { rows?: Row[] }).rows ?? [])) as Row[];
}
