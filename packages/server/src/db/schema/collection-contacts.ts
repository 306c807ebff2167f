import { boolean, index, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * A loan's contact log: each call, text, email, letter or visit with the borrower (or someone else), made
 * or received. Append-only. Outbound phone attempts are what Regulation F's call limits count.
 *
 * @example
 * await db.select().from(collectionContacts).where(and(eq(collectionContacts.tenantId, t), eq(collectionContacts.loanId, l)));
 */
export const collectionContacts = pgTable(
  "collection_contacts",
  {
    tenantId: text().notNull(),
    /** `cnt_…`. */
    id: text().notNull(),
    loanId: text().notNull(),
    /** The party spoken to or written to, when known. */
    partyId: text(),
    /** `phone`, `sms`, `email`, `letter` or `in_person`. */
    channel: text().notNull(),
    /** `inbound` or `outbound`. */
    direction: text().notNull(),
    /** `conversation`, `promise_to_pay`, `refused_to_pay`, `dispute`, `left_message`, `no_answer`, `busy`, … */
    outcome: text().notNull(),
    /** The person reached is the borrower (or their representative). */
    rightPartyContact: boolean().notNull(),
    occurredAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    notes: text(),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index().on(table.tenantId, table.loanId, table.id),
    index().on(table.tenantId, table.loanId, table.channel, table.occurredAt),
  ],
);

/** @example const row: CollectionContactRow = rows[0]!; */
export type CollectionContactRow = typeof collectionContacts.$inferSelect;
