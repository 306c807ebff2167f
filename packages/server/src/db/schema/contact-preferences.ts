import { boolean, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/** One channel's preferences: consent, do-not-contact, and the local hours the borrower asked to be reached in. */
export interface StoredChannelPreference {
  readonly consent: boolean;
  readonly doNotContact: boolean;
  /** Local `HH:MM` windows (borrower's time zone); empty means any lawful hour. */
  readonly preferredTimes: ReadonlyArray<{ readonly from: string; readonly to: string }>;
}

/**
 * A loan's contact preferences: the borrower's stated time zone, cease-communication (12 CFR 1006.6(c)) and,
 * per channel, consent, do-not-contact and preferred times. At most one row per loan; replaced whole.
 *
 * @example
 * await db.select().from(contactPreferences).where(and(eq(contactPreferences.tenantId, t), eq(contactPreferences.loanId, l)));
 */
export const contactPreferences = pgTable(
  "contact_preferences",
  {
    tenantId: text().notNull(),
    loanId: text().notNull(),
    /** IANA zone the borrower stated; null: the tenant's zone. */
    timeZone: text(),
    ceaseCommunication: boolean().notNull(),
    /** By channel (`phone`, `sms`, `email`, `letter`, `in_person`); a channel absent has the defaults. */
    channels: jsonb().$type<Record<string, StoredChannelPreference>>().notNull(),
    updatedBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.loanId] })],
);

/** @example const row: ContactPreferencesRow = rows[0]!; */
export type ContactPreferencesRow = typeof contactPreferences.$inferSelect;
