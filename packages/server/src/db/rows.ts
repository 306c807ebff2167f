/**
 * The rows of a raw `execute`, whichever driver answered: PGlite gives an array, node-postgres an object
 * with `rows`. The row type is the caller's statement of what its SQL selects.
 *
 * @example const rows = rowsOf<{ n: number }>(await db.execute(sql`select 1 as n`));
 */
export function rowsOf<Row>(result: unknown): Row[] {
  return (Array.isArray(result) ? result : ((result as { rows?: Row[] }).rows ?? [])) as Row[];
}
