import {
  bigint,
  char,
  date,
  foreignKey,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { loans } from "./loans.js";

/** The unique index on (tenant, loan, statement date): one statement per loan and cycle end. */
export const LOAN_STATEMENT_DATE_INDEX = "loan_statements_tenant_id_loan_id_statement_date_unique";

/**
 * Periodic statements, one per loan and cycle end (an installment due date), issued by the daily close
 * of that date and never changed: `document` is the statement as the API renders it (integer minor
 * units), the closing balances are columns too so the next statement opens on them without reading it.
 *
 * @example
 * await db.select().from(loanStatements).where(and(eq(loanStatements.tenantId, t), eq(loanStatements.loanId, id)));
 */
export const loanStatements = pgTable(
  "loan_statements",
  {
    tenantId: text().notNull(),
    /** `stm_…`. */
    id: text().notNull(),
    loanId: text().notNull(),
    statementDate: date({ mode: "string" }).notNull(),
    periodStart: date({ mode: "string" }).notNull(),
    currency: char({ length: 3 }).notNull(),
    /** `standard` or `mortgage` (Regulation Z § 1026.41 contents). */
    format: text().notNull(),
    /** The loan's version (events count) the statement was built from. */
    eventsVersion: integer().notNull(),
    closingPrincipalMinor: bigint({ mode: "bigint" }).notNull(),
    closingInterestMinor: bigint({ mode: "bigint" }).notNull(),
    closingFeesMinor: bigint({ mode: "bigint" }).notNull(),
    closingUnappliedMinor: bigint({ mode: "bigint" }).notNull(),
    document: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex(LOAN_STATEMENT_DATE_INDEX).on(table.tenantId, table.loanId, table.statementDate),
    foreignKey({ columns: [table.tenantId, table.loanId], foreignColumns: [loans.tenantId, loans.id] }),
  ],
);

/** @example const row: LoanStatementRow = rows[0]!; */
export type LoanStatementRow = typeof loanStatements.$inferSelect;
