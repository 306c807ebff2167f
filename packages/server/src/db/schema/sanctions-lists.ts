import { index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Sanctions lists as loaded by `lendstack sanctions load <dir>`: the whole list (OFAC's SDN files read
 * into entries with aliases and addresses) as one document per load. Lists are public data shared by
 * every tenant, so the table has no tenant and no row-level security; screenings and their hits, which
 * name a tenant's parties, are per tenant. The newest load of a source is the list in force.
 *
 * @example
 * await db.select().from(sanctionsLists).orderBy(desc(sanctionsLists.loadedAt)).limit(1);
 */
export const sanctionsLists = pgTable(
  "sanctions_lists",
  {
    /** `sls_…` */
    id: text().primaryKey(),
    /** `ofac-sdn`. */
    source: text().notNull(),
    entryCount: integer().notNull(),
    aliasCount: integer().notNull(),
    /** SHA-256 of the files as read (sdn.csv, alt.csv, add.csv, in that order), hex. */
    filesSha256: text().notNull(),
    /** `SanctionsEntry[]` (core's shape). */
    entries: jsonb().notNull(),
    loadedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [index().on(table.source, table.loadedAt)],
);

/** @example const row: SanctionsListRow = rows[0]!; */
export type SanctionsListRow = typeof sanctionsLists.$inferSelect;
