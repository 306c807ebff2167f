import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * A book import (`imp_…`): the file as sent (kept so a commit interrupted by a crash can resume), what
 * was asked (`dry_run` or `commit`, whether mismatching loans board too), its status, the
 * reconciliation counts and the commit's progress. One `import_results` row per data row holds the detail.
 *
 * @example
 * await db.select().from(imports).where(eq(imports.tenantId, tenantId));
 */
export const imports = pgTable(
  "imports",
  {
    tenantId: text().notNull(),
    id: text().notNull(),
    /** `jsonl` or `csv`. */
    format: text().notNull(),
    /** `dry_run` or `commit`. */
    mode: text().notNull(),
    boardMismatches: boolean().notNull(),
    /** The product rows without a `productId` board under, when given. */
    productId: text(),
    /** `boarding` (a commit in progress or interrupted), `completed`, or `failed` (see `failure`; never retried). */
    status: text().notNull(),
    data: text().notNull(),
    /** Data rows in the file. */
    total: integer().notNull(),
    matched: integer().notNull(),
    mismatched: integer().notNull(),
    unchecked: integer().notNull(),
    failed: integer().notNull(),
    refused: integer().notNull(),
    /** Loans to board (commit), and how many of them are done (boarded, already boarded, or refused). */
    toBoard: integer().notNull(),
    processed: integer().notNull(),
    boarded: integer().notNull(),
    alreadyBoarded: integer().notNull(),
    /** Loans boarding refused (`not_boarded` while boarding, e.g. `product_required`). */
    notBoarded: integer().notNull().default(0),
    /** A commit the worker boards (`background: true`): the request answers before boarding starts. */
    background: boolean().notNull().default(false),
    /** Who asked (the token subject): the actor of the loans the worker boards. */
    requestedBy: text(),
    /** When boarding began (the first batch); with `updatedAt` and `processed`, the rate and the estimate. */
    startedAt: timestamp({ withTimezone: true, mode: "date" }),
    /** The worker boarding it holds it until then (renewed each batch); another takes it over after. */
    claimedUntil: timestamp({ withTimezone: true, mode: "date" }),
    /** Workers' claims of a background import since a batch last boarded (bounded: then it is `failed`). */
    attempts: integer().notNull().default(0),
    /** `{ code, reason }`: why it `failed`, or, while boarding, what interrupted the last worker (retried). */
    failure: jsonb().$type<{ code: string; reason: string }>(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    finishedAt: timestamp({ withTimezone: true, mode: "date" }),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index().on(table.tenantId, table.createdAt),
    index("imports_boarding_index")
      .on(table.createdAt)
      .where(sql`${table.status} = 'boarding' and ${table.background}`),
  ],
);

/** @example const row: ImportRow = rows[0]!; */
export type ImportRecordRow = typeof imports.$inferSelect;

/**
 * One data row of an import: its reconciliation (`match`, `mismatch` with the first differing figure,
 * `unchecked`, `failed`, or `refused` with every parse error) and, on a commit, what boarding did
 * (`outcome`: `pending`, `boarded`, `already_boarded`, `not_boarded`, `refused`) and the loan.
 *
 * @example
 * await db.select().from(importResults).where(and(eq(importResults.tenantId, t), eq(importResults.importId, id)));
 */
export const importResults = pgTable(
  "import_results",
  {
    tenantId: text().notNull(),
    importId: text().notNull(),
    row: integer().notNull(),
    sourceId: text(),
    status: text().notNull(),
    difference: jsonb().$type<Record<string, string>>(),
    errors: jsonb().$type<Array<Record<string, unknown>>>().notNull(),
    outcome: text(),
    loanId: text(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.importId, table.row] }),
    index().on(table.tenantId, table.importId, table.outcome, table.row),
  ],
);

/** @example const row: ImportResultRow = rows[0]!; */
export type ImportResultRow = typeof importResults.$inferSelect;
