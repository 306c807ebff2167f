import { index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/**
 * Borrowers, co-borrowers, guarantors and business owners. Tax ids and dates of birth are stored only
 * encrypted (AES-256-GCM under the tenant's data key, bound to the row) with a keyed hash (HMAC-SHA256
 * under the tenant's hash key) to find them by; `profile` holds the rest of the party as given.
 *
 * @example
 * await db.select().from(parties).where(and(eq(parties.tenantId, tenantId), eq(parties.taxIdHash, hash)));
 */
export const parties = pgTable(
  "parties",
  {
    tenantId: text().notNull(),
    /** `pty_…`. */
    id: text().notNull(),
    /** `individual` or `business`. */
    type: text().notNull(),
    /** `ssn`, `itin` or `ein`. */
    taxIdType: text().notNull(),
    /** The nine digits, encrypted. */
    taxIdCiphertext: text().notNull(),
    /** HMAC-SHA256 of the tax id's namespace and digits: unique per tenant, the only way to search by it. */
    taxIdHash: text().notNull(),
    /** What a masked tax id shows. */
    taxIdLastFour: text().notNull(),
    /** The date of birth, encrypted (individuals only). */
    dateOfBirthCiphertext: text(),
    /** HMAC-SHA256 of the folded name and the date of birth: possible duplicates share it (individuals only). */
    nameBirthHash: text(),
    /** The display name: `first last` or the legal name. */
    displayName: text().notNull(),
    /** Everything else as given (names, addresses, phones, emails, employment, owners…). */
    profile: jsonb().$type<Record<string, unknown>>().notNull(),
    /** Why the party is on hold (`sanctions_review`: an open sanctions hit), or null. */
    holdReason: text(),
    heldAt: timestamp({ withTimezone: true, mode: "date" }),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex().on(table.tenantId, table.taxIdHash),
    index().on(table.tenantId, table.nameBirthHash),
    index().on(table.tenantId, table.type, table.id),
  ],
);

/** @example const row: PartyRow = rows[0]!; */
export type PartyRow = typeof parties.$inferSelect;
