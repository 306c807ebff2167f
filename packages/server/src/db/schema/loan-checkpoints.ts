import { foreignKey, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { loans } from "./loans.js";

/**
 * The latest checkpoint of a loan's replayed state (core's `Checkpoint`, as `encodeCheckpoint` text), covering its
 * events up to `eventsVersion`, so a change dated on or after it continues from it and the events stored after it
 * (fewer than `CHECKPOINT_MAX_TAIL`) instead of replaying every event. It is a cache: valid only while its last
 * sequence number and those events run up to the loan's `version` and `format` is the running release's;
 * anything else is ignored and the loan replayed in full (and a new checkpoint written).
 *
 * @example
 * await tx.select().from(loanCheckpoints).where(and(eq(loanCheckpoints.tenantId, t), eq(loanCheckpoints.loanId, id)));
 */
export const loanCheckpoints = pgTable(
  "loan_checkpoints",
  {
    tenantId: text().notNull(),
    loanId: text().notNull(),
    /** The loan's `version` (its event count) the checkpoint covers. */
    eventsVersion: integer().notNull(),
    /** Core's checkpoint format and the server release that wrote it. */
    format: text().notNull(),
    state: text().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.loanId] }),
    foreignKey({ columns: [table.tenantId, table.loanId], foreignColumns: [loans.tenantId, loans.id] }).onDelete(
      "cascade",
    ),
  ],
);

/** A loan checkpoint row. @example const row: LoanCheckpointRow = rows[0]!; */
export type LoanCheckpointRow = typeof loanCheckpoints.$inferSelect;
