import { index, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One identity verification (CIP) of a party through the identity adapter: the provider, its outcome
 * (`pass`, `fail`, `review`), the reason codes and the provider's reference. What was sent (name, date of
 * birth, address, tax id) is not stored here: it is the party's, sealed on the party.
 *
 * @example
 * await db.select().from(identityChecks).where(and(eq(identityChecks.tenantId, t), eq(identityChecks.partyId, "pty_…")));
 */
export const identityChecks = pgTable(
  "identity_checks",
  {
    tenantId: text().notNull(),
    /** `idc_…` */
    id: text().notNull(),
    partyId: text().notNull(),
    provider: text().notNull(),
    outcome: text().notNull(),
    reasonCodes: jsonb().$type<string[]>().notNull(),
    providerReference: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.id] }), index().on(table.tenantId, table.partyId, table.id)],
);

/** @example const row: IdentityCheckRow = rows[0]!; */
export type IdentityCheckRow = typeof identityChecks.$inferSelect;
