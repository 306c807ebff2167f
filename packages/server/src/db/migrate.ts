import type { Database } from "./database.js";

/**
 * Applies the committed migrations (`packages/server/drizzle`) to a database; already-applied ones are
 * skipped, so it runs on every start.
 *
 * @example
 * await migrate(await createDatabase({ url: process.env.DATABASE_URL }));
 */
export async function migrate(database: Database): Promise<void> {
  await database.migrate();
}
