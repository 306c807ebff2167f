import { index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/**
 * A party's name that scored at or above the threshold against a list entry: the entry (its id, listed
 * name, type and programs), the name of the entry that matched (an alias's id when an alias did), the
 * party's name it matched and the score. `open` until a reviewer `clear`s it (a false positive) or
 * `confirm`s it (a true match). One hit per party and entry: a later screening finding the same entry
 * again does not raise it twice.
 *
 * @example
 * await db.select().from(screeningHits).where(and(eq(screeningHits.tenantId, t), eq(screeningHits.status, "open")));
 */
export const screeningHits = pgTable(
  "screening_hits",
  {
    tenantId: text().notNull(),
    /** `sch_…` */
    id: text().notNull(),
    screeningId: text().notNull(),
    partyId: text().notNull(),
    listId: text().notNull(),
    /** The list's id of the entry (OFAC's ent_num). */
    entryId: text().notNull(),
    entryName: text().notNull(),
    entryType: text().notNull(),
    programs: jsonb().$type<string[]>().notNull(),
    matchedName: text().notNull(),
    aliasId: text(),
    screenedName: text().notNull(),
    /** Decimal string with four places, e.g. "0.9312". */
    score: text().notNull(),
    /** `open`, `cleared` or `confirmed`. */
    status: text().notNull(),
    /** The "review sanctions hit" task. */
    taskId: text(),
    reviewedBy: text(),
    reviewedAt: timestamp({ withTimezone: true, mode: "date" }),
    reviewNote: text(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex().on(table.tenantId, table.partyId, table.entryId),
    index().on(table.tenantId, table.status, table.id),
  ],
);

/** @example const row: ScreeningHitRow = rows[0]!; */
export type ScreeningHitRow = typeof screeningHits.$inferSelect;
