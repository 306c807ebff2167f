import { foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { ruleSets } from "./rule-sets.js";

/**
 * One version of a rule set: the rule-set document core's `ruleSetSchema` validates, and an optional
 * map from reason codes to Regulation B adverse-action statements. A `draft` may be replaced; a
 * `published` row is never updated again and carries `hashRuleSet(document)`.
 *
 * @example
 * await db.select().from(ruleSetVersions).where(and(eq(ruleSetVersions.tenantId, t), eq(ruleSetVersions.ruleSetId, id)));
 */
export const ruleSetVersions = pgTable(
  "rule_set_versions",
  {
    tenantId: text().notNull(),
    ruleSetId: text().notNull(),
    version: integer().notNull(),
    /** `draft` or `published`. */
    status: text().notNull(),
    document: jsonb().$type<Record<string, unknown>>().notNull(),
    /** Reason code -> `{ statementId, otherText? }` (core compliance `ReasonStatementMapping`). */
    reasonStatements: jsonb().$type<Record<string, { statementId: string; otherText?: string }>>(),
    /** `sha256:…` content hash of `document`; set when published. */
    hash: text(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    createdBy: text().notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    publishedAt: timestamp({ withTimezone: true, mode: "date" }),
    publishedBy: text(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.ruleSetId, table.version] }),
    foreignKey({ columns: [table.tenantId, table.ruleSetId], foreignColumns: [ruleSets.tenantId, ruleSets.id] }),
  ],
);

/** A rule-set version row. @example const row: RuleSetVersionRow = rows[0]!; */
export type RuleSetVersionRow = typeof ruleSetVersions.$inferSelect;
