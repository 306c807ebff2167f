import { index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One screening of a party's names (names and aliases; a business's legal and DBA names) against the
 * sanctions list in force: how many names, at which threshold, how many hits. `clear` or
 * `potential_match`; `trigger` says what ran it (`api`, `list_load`, `application`).
 *
 * @example
 * await db.select().from(screenings).where(and(eq(screenings.tenantId, t), eq(screenings.partyId, "pty_…")));
 */
export const screenings = pgTable(
  "screenings",
  {
    tenantId: text().notNull(),
    /** `scr_…` */
    id: text().notNull(),
    partyId: text().notNull(),
    listId: text().notNull(),
    /** Decimal string, e.g. "0.85". */
    threshold: text().notNull(),
    namesScreened: integer().notNull(),
    hitCount: integer().notNull(),
    /** `clear` or `potential_match`. */
    outcome: text().notNull(),
    trigger: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.id] }), index().on(table.tenantId, table.partyId, table.id)],
);

/** @example const row: ScreeningRow = rows[0]!; */
export type ScreeningRow = typeof screenings.$inferSelect;
