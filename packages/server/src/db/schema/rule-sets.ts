import { integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/**
 * A decision-engine rule set: its identity and where its versions stand. The documents live in
 * `rule_set_versions`; at most one version (always the newest) is a draft, every other one is
 * published and immutable.
 *
 * @example
 * await db.select().from(ruleSets).where(eq(ruleSets.tenantId, "demo"));
 */
export const ruleSets = pgTable(
  "rule_sets",
  {
    tenantId: text().notNull(),
    /** `rls_…` */
    id: text().notNull(),
    /** The document's own `id` slug (e.g. `demo-underwriting`), unique in the tenant. */
    key: text().notNull(),
    name: text(),
    /** Number of the newest version (draft or published), from 1. */
    latestVersion: integer().notNull(),
    /** Number of the newest published version; null while only a draft exists. */
    publishedVersion: integer(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.id] }), uniqueIndex().on(table.tenantId, table.key)],
);

/** A rule-set row. @example const row: RuleSetRow = rows[0]!; */
export type RuleSetRow = typeof ruleSets.$inferSelect;
