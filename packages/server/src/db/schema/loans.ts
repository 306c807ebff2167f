import { sql } from "drizzle-orm";
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
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { decisions } from "./decisions.js";
import { productVersions } from "./product-versions.js";

/** The unique index on (tenant, external reference); a violation of it is a duplicate reference. */
export const LOAN_EXTERNAL_REFERENCE_INDEX = "loans_tenant_id_external_reference_unique";

/** The unique index on (tenant, application): one loan per funded application. */
export const LOAN_APPLICATION_INDEX = "loans_tenant_id_application_id_unique";

/**
 * A boarded loan: the product version it was made under, its validated terms and servicing policy
 * (jsonb documents: minor units and rates as strings), its lifecycle status as of the last change, and
 * `version`, bumped by every change (optimistic-concurrency token; changes also lock the row). The
 * loan's history is the append-only `loan_events`; its state is always recomputed by core's `replay`.
 *
 * @example
 * await db.select().from(loans).where(and(eq(loans.tenantId, tenantId), eq(loans.id, loanId))).for("update");
 */
export const loans = pgTable(
  "loans",
  {
    tenantId: text().notNull(),
    id: text().notNull(),
    productId: text().notNull(),
    productVersion: integer().notNull(),
    /** ISO 4217 code of every amount of the loan. */
    currency: char({ length: 3 }).notNull(),
    /** Principal scheduled (the request plus a financed fee), minor units. */
    principalMinor: bigint({ mode: "bigint" }).notNull(),
    /** Lifecycle status (core's `LifecycleStatus`) as of the business date of the last change. */
    status: text().notNull(),
    /** Starts at 1; +1 per appended event. */
    version: integer().notNull(),
    /** The loan's `ScheduleTerms`, serialized (see loans/codec.ts). */
    terms: jsonb().$type<Record<string, unknown>>().notNull(),
    /** The product's `ServicingPolicy` at boarding, serialized. */
    policy: jsonb().$type<Record<string, unknown>>().notNull(),
    /** What was asked for and boarding facts not in the terms (requested amount, origination fee). */
    boarding: jsonb().$type<Record<string, unknown>>().notNull(),
    /** The terms' disbursement date (a business date), a column so lists can filter on it. */
    disbursementDate: date({ mode: "string" }).notNull(),
    /** The lender's own id for the loan, unique in the tenant when given. */
    externalReference: text(),
    borrowerReference: text(),
    /** The credit decision (`dec_…`) the loan was boarded on, when the lender gave one. */
    decisionId: text(),
    /** The application (`app_…`) funded into this loan, and the offer it accepted; unique per tenant. */
    applicationId: text(),
    offerId: text(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    foreignKey({
      columns: [table.tenantId, table.productId, table.productVersion],
      foreignColumns: [productVersions.tenantId, productVersions.productId, productVersions.version],
    }),
    foreignKey({ columns: [table.tenantId, table.decisionId], foreignColumns: [decisions.tenantId, decisions.id] }),
    // Unique per tenant so two concurrent boardings with one reference cannot both commit.
    uniqueIndex(LOAN_EXTERNAL_REFERENCE_INDEX)
      .on(table.tenantId, table.externalReference)
      .where(sql`${table.externalReference} is not null`),
    index().on(table.tenantId, table.status, table.id),
    index().on(table.tenantId, table.productId, table.id),
    index().on(table.tenantId, table.borrowerReference, table.id),
    index().on(table.tenantId, table.decisionId),
    uniqueIndex(LOAN_APPLICATION_INDEX)
      .on(table.tenantId, table.applicationId)
      .where(sql`${table.applicationId} is not null`),
    index().on(table.tenantId, table.createdAt, table.id),
    index().on(table.tenantId, table.disbursementDate, table.id),
  ],
);

/** A loan row. @example const row: LoanRow = rows[0]!; */
export type LoanRow = typeof loans.$inferSelect;
