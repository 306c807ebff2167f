import { index, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * An underwriting condition on an application (core's `UnderwritingCondition`): raised from the product's
 * workflow (its templates, when the application enters a stage) or by an underwriter, then cleared or
 * waived with who, when and why; one naming a document type is cleared when such a document is accepted. Open prior-to-approval conditions block approvals; open prior-to-closing
 * ones block funding.
 *
 * @example
 * await db.select().from(applicationConditions).where(and(eq(applicationConditions.tenantId, t), eq(applicationConditions.applicationId, "app_…")));
 */
export const applicationConditions = pgTable(
  "application_conditions",
  {
    tenantId: text().notNull(),
    /** `cnd_…` */
    id: text().notNull(),
    applicationId: text().notNull(),
    /** The workflow whose template raised it; null when raised by hand. */
    workflowId: text(),
    templateId: text(),
    /** `prior_to_approval` or `prior_to_closing`. */
    kind: text().notNull(),
    description: text().notNull(),
    /** `open`, `cleared` or `waived`. */
    status: text().notNull(),
    raisedBy: text().notNull(),
    raisedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    resolvedBy: text(),
    resolvedAt: timestamp({ withTimezone: true, mode: "date" }),
    waiverReason: text(),
    /** A document of this type, accepted by a reviewer, meets it; null when it is cleared by hand. */
    documentType: text(),
    /** The accepted document that met it. */
    clearedByDocumentId: text(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index().on(table.tenantId, table.applicationId, table.id),
  ],
);

/** @example const row: ApplicationConditionRow = rows[0]!; */
export type ApplicationConditionRow = typeof applicationConditions.$inferSelect;
