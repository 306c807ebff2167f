import type { LocalDate } from "@lendstack/core/calendar";
import { decodeCheckpoint, type LoanState, resumeFromCheckpoint } from "@lendstack/core/servicing";
import { and, eq } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import {
  type LoanCheckpointRow,
  type LoanEventRow,
  type LoanRow,
  loanCheckpoints,
  loanEvents,
  loans,
} from "../db/schema/index.js";
import { decodeLoan } from "./codec.js";

/** A checkpoint to store with a change. @example { eventsVersion: 8, format: "core-1", state: "{…}" } */
export type CheckpointColumns = Omit<LoanCheckpointRow, "tenantId" | "loanId">;

/**
 * The loan row with the text of its checkpoint when one of `format` covers the row's current version, in one
 * statement; `forUpdate` locks the loan row (changes to one loan serialize on it).
 *
 * @example const found = await findWithCheckpoint(tx, "demo", "loan_…", CHECKPOINT_KEY, { forUpdate: true });
 */
export async function findWithCheckpoint(
  executor: Executor,
  tenantId: string,
  loanId: string,
  format: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ row: LoanRow; checkpoint: string | null } | undefined> {
  const query = executor
    .select({ row: loans, checkpoint: loanCheckpoints.state })
    .from(loans)
    .leftJoin(
      loanCheckpoints,
      and(
        eq(loanCheckpoints.tenantId, loans.tenantId),
        eq(loanCheckpoints.loanId, loans.id),
        eq(loanCheckpoints.eventsVersion, loans.version),
        eq(loanCheckpoints.format, format),
      ),
    )
    .where(and(eq(loans.tenantId, tenantId), eq(loans.id, loanId)));
  const [found] = options.forUpdate === true ? await query.for("update", { of: loans }) : await query;
  return found;
}

/**
 * Appends an event, stores the loan's new checkpoint (when there is one) and updates the loan row, in one
 * statement (the insert and the upsert as CTEs).
 *
 * @example await appendWithCheckpoint(tx, "demo", eventRow, { version: 8, status, updatedAt }, checkpoint);
 */
export async function appendWithCheckpoint(
  executor: Executor,
  tenantId: string,
  row: Omit<LoanEventRow, "tenantId">,
  changes: Partial<Omit<LoanRow, "tenantId" | "id">>,
  checkpoint: CheckpointColumns | undefined,
): Promise<void> {
  const appended = executor.$with("appended").as(
    executor
      .insert(loanEvents)
      .values({ ...row, tenantId })
      .returning({ sequence: loanEvents.sequence }),
  );
  const byId = and(eq(loans.tenantId, tenantId), eq(loans.id, row.loanId));
  if (checkpoint === undefined) {
    await executor.with(appended).update(loans).set(changes).where(byId);
    return;
  }
  const saved = executor.$with("saved").as(
    executor
      .insert(loanCheckpoints)
      .values({ ...checkpoint, tenantId, loanId: row.loanId })
      .onConflictDoUpdate({ target: [loanCheckpoints.tenantId, loanCheckpoints.loanId], set: checkpoint })
      .returning({ version: loanCheckpoints.eventsVersion }),
  );
  await executor.with(appended, saved).update(loans).set(changes).where(byId);
}

/**
 * The loan as of `date`, continued from its checkpoint's text with no new event; `undefined` when the text does
 * not decode or the date is before the checkpoint (replay in full then). A corrupt loan row throws, as
 * `decodeLoan` does.
 *
 * @example const state = stateFromCheckpoint(row, found.checkpoint, date("2026-06-30"));
 */
export function stateFromCheckpoint(row: LoanRow, text: string, date: LocalDate): LoanState | undefined {
  const loan = decodeLoan(row);
  const checkpoint = decodeCheckpoint(text, loan);
  const resumed = checkpoint === undefined ? undefined : resumeFromCheckpoint(loan, checkpoint, [], date);
  return resumed?.ok ? resumed.value.state : undefined;
}
