import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One decision made by a published rule-set version, stored with its inputs for audit: the facts as
 * sent, the credit report they came from, the version and content hash that decided, and the full result (decision, reason codes,
 * outputs, trace, adverse-action reasons). Never updated.
 *
 * @example
 * await db.select().from(decisions).where(and(eq(decisions.tenantId, t), eq(decisions.id, "dec_…")));
 */
export const decisions = pgTable(
  "decisions",
  {
    tenantId: text().notNull(),
    /** `dec_…` */
    id: text().notNull(),
    ruleSetId: text().notNull(),
    ruleSetVersion: integer().notNull(),
    /** `sha256:…` of the published document that decided. */
    ruleSetHash: text().notNull(),
    /** `approve`, `refer` or `decline`. */
    decision: text().notNull(),
    facts: jsonb().$type<Record<string, unknown>>().notNull(),
    /**
     * The credit bureau report (`crp_…`) whose facts are among `facts`: what an adverse-action notice discloses
     * and an auditor traces; null when no report supplied a fact.
     */
    creditReportId: text(),
    result: jsonb().$type<Record<string, unknown>>().notNull(),
    requestId: text().notNull(),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index().on(table.tenantId, table.ruleSetId, table.id),
    index().on(table.tenantId, table.decision, table.id),
    index().on(table.tenantId, table.createdAt, table.id),
  ],
);

/** A decision row. @example const row: DecisionRow = rows[0]!; */
export type DecisionRow = typeof decisions.$inferSelect;
