import { foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { loans } from "./loans.js";

/**
 * A hardship plan granted to a borrower in collections: a `payment_plan` (a reschedule event) or a
 * `deferral` (a payment-holiday event), with why and who approved it. The loan event is in `loan_events`
 * (`eventId`); `terms` keeps what was asked for, as sent.
 *
 * @example
 * await db.select().from(hardshipPlans).where(and(eq(hardshipPlans.tenantId, t), eq(hardshipPlans.loanId, id)));
 */
export const hardshipPlans = pgTable(
  "hardship_plans",
  {
    tenantId: text().notNull(),
    /** `hsp_…`. */
    id: text().notNull(),
    loanId: text().notNull(),
    /** `payment_plan` or `deferral`. */
    type: text().notNull(),
    /** The reschedule or payment-holiday event it recorded. */
    eventId: text().notNull(),
    reason: text().notNull(),
    approvedBy: text().notNull(),
    terms: jsonb().$type<Record<string, unknown>>().notNull(),
    /** The collector task it completed, if the account was in a queue with one. */
    taskId: text(),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    foreignKey({ columns: [table.tenantId, table.loanId], foreignColumns: [loans.tenantId, loans.id] }),
    index().on(table.tenantId, table.loanId, table.id),
  ],
);

/** @example const row: HardshipPlanRow = rows[0]!; */
export type HardshipPlanRow = typeof hardshipPlans.$inferSelect;
