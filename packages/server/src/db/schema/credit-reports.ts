import { date, index, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/** The consumer's consent a pull relied on: from the linked application's consents, or given with the pull. */
export interface StoredCreditConsent {
  readonly source: "application" | "request";
  readonly disclosureVersion: string;
  readonly acceptedAt: string;
  readonly ipAddress: string;
}

/**
 * One credit report pulled for a party through the credit bureau adapter: soft or hard, the FCRA § 604
 * permissible purpose, the consent it relied on, the bureau's reference and outcome (`completed`, or
 * `frozen`: a security freeze, no report). The normalised report and the bureau's raw document are sealed
 * (AES-256-GCM under the tenant's key, bound to the row and field): nothing of the report is in clear.
 *
 * @example
 * await db.select().from(creditReports).where(and(eq(creditReports.tenantId, t), eq(creditReports.partyId, "pty_…")));
 */
export const creditReports = pgTable(
  "credit_reports",
  {
    tenantId: text().notNull(),
    /** `crp_…` */
    id: text().notNull(),
    partyId: text().notNull(),
    applicationId: text(),
    /** `soft` or `hard`. */
    kind: text().notNull(),
    permissiblePurpose: text().notNull(),
    consent: jsonb().$type<StoredCreditConsent>().notNull(),
    provider: text().notNull(),
    providerReference: text().notNull(),
    /** `completed` or `frozen`. */
    status: text().notNull(),
    /** The business date the report is as of. */
    reportedOn: date({ mode: "string" }).notNull(),
    /** The normalised report's JSON, sealed; null when frozen. */
    reportCiphertext: text(),
    /** The bureau's document as received, sealed. */
    rawCiphertext: text().notNull(),
    requestedBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.id] }), index().on(table.tenantId, table.partyId, table.id)],
);

/** @example const row: CreditReportRow = rows[0]!; */
export type CreditReportRow = typeof creditReports.$inferSelect;
