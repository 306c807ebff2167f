import {
  bigint,
  char,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { loans } from "./loans.js";

/**
 * One payment of a settlement's plan, as stored: its number, due date and amount (minor units as a decimal
 * string, like the loans' jsonb documents).
 */
export interface StoredSettlementInstallment {
  readonly number: number;
  readonly dueDate: string;
  readonly amountMinor: string;
}

/**
 * Settlements agreed on a loan: the borrower pays `amountMinor` (less than the balance on `createdOn`) by the
 * plan, and the rest is forgiven. `active` until the daily close finds it `completed` (it then appends the
 * loan's `settlement-forgiveness` event, `forgivenessEventId`, and the loan is `settled`) or `broken` (a plan
 * payment missed past `graceDays`, or not paid by `expiresOn`; the loan goes on under its own terms).
 *
 * @example
 * await db.select().from(settlements).where(and(eq(settlements.tenantId, t), eq(settlements.status, "active")));
 */
export const settlements = pgTable(
  "settlements",
  {
    tenantId: text().notNull(),
    /** `stl_…`. */
    id: text().notNull(),
    loanId: text().notNull(),
    /** `active`, `completed` or `broken`. */
    status: text().notNull(),
    /** Minor units of `currency`: what the borrower agreed to pay. */
    amountMinor: bigint({ mode: "bigint" }).notNull(),
    currency: char({ length: 3 }).notNull(),
    /** The loan's balance on `createdOn` (minor units) and what the settlement would forgive of it. */
    balanceMinor: bigint({ mode: "bigint" }).notNull(),
    forgivenMinor: bigint({ mode: "bigint" }).notNull(),
    /** The loan's status when it was agreed: `active` or `charged-off`. */
    loanStatus: text().notNull(),
    /** `lump_sum` or `installments`. */
    planType: text().notNull(),
    schedule: jsonb().$type<StoredSettlementInstallment[]>().notNull(),
    graceDays: integer().notNull(),
    expiresOn: date({ mode: "string" }).notNull(),
    /** The business date it was agreed. */
    createdOn: date({ mode: "string" }).notNull(),
    /** The loan's last event sequence when it was agreed: receipts appended after it, dated from `createdOn`, count. */
    loanSequence: integer().notNull(),
    reason: text().notNull(),
    approvedBy: text().notNull(),
    /** Minor units received toward it when the close last decided it. */
    paidMinor: bigint({ mode: "bigint" }).notNull(),
    completedOn: date({ mode: "string" }),
    /** The loan's `settlement-forgiveness` event, once completed. */
    forgivenessEventId: text(),
    brokenOn: date({ mode: "string" }),
    /** The plan payment missed (1-based), or null when it broke by expiring. */
    missedInstallment: integer(),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    foreignKey({ columns: [table.tenantId, table.loanId], foreignColumns: [loans.tenantId, loans.id] }),
    index().on(table.tenantId, table.loanId, table.id),
    index().on(table.tenantId, table.status, table.loanId),
  ],
);

/** @example const row: SettlementRow = rows[0]!; */
export type SettlementRow = typeof settlements.$inferSelect;
