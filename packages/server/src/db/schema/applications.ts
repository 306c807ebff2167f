import { sql } from "drizzle-orm";
import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/** One stay in a lifecycle state: who moved the application there and when. */
export interface StoredStateVisit {
  readonly state: string;
  readonly enteredAt: string;
  readonly by: string;
}

/** An underwriter's approval of a referred application (four-eyes). */
export interface StoredApproval {
  readonly sub: string;
  readonly at: string;
}

/**
 * A loan application: the form as the applicant filled it in (wire shape: integer minor units), its
 * lifecycle `state` with the history of every state it was in, the decision, approvals, offers (priced
 * by core, stored as rendered), and once funded the loan it became (unique: one loan per application).
 * `version` is bumped by every change; changes lock the row.
 *
 * @example
 * await db.select().from(applications).where(and(eq(applications.tenantId, t), eq(applications.id, "app_…"))).for("update");
 */
export const applications = pgTable(
  "applications",
  {
    tenantId: text().notNull(),
    /** `app_…` */
    id: text().notNull(),
    productId: text(),
    state: text().notNull(),
    form: jsonb().$type<Record<string, unknown>>().notNull(),
    /** The requested amount (minor units), copied from the form for reports. */
    amount: bigint({ mode: "bigint" }),
    currency: text(),
    assignee: text(),
    decisionId: text(),
    /** Who asked for the decision that referred the application (may not approve it). */
    referredBy: text(),
    approvals: jsonb().$type<StoredApproval[]>().notNull(),
    offers: jsonb().$type<Record<string, unknown>[]>().notNull(),
    acceptedOfferId: text(),
    /** The business date funding is planned for (set when closing starts). */
    fundingDate: text(),
    loanId: text(),
    stateHistory: jsonb().$type<StoredStateVisit[]>().notNull(),
    /** The business date it was declined on; its adverse-action notice is due 30 days later. */
    declinedOn: text(),
    /** The decline's reason codes, most important first (the decision's firing order or the underwriter's). */
    declineReasonCodes: jsonb().$type<string[]>(),
    /** When the adverse-action notice went out, and how. */
    adverseActionSentAt: timestamp({ withTimezone: true, mode: "date" }),
    adverseActionDelivery: text(),
    version: integer().notNull(),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index().on(table.tenantId, table.state, table.id),
    index().on(table.tenantId, table.productId, table.id),
    uniqueIndex().on(table.tenantId, table.loanId),
    index()
      .on(table.tenantId, table.declinedOn)
      .where(sql`${table.declinedOn} is not null and ${table.adverseActionSentAt} is null`),
  ],
);

/** @example const row: ApplicationRow = rows[0]!; */
export type ApplicationRow = typeof applications.$inferSelect;
