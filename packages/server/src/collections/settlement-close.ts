import { date } from "@lendstack/core/calendar";
import { type SettlementProgress, type SettlementReceipt, settlementProgress } from "@lendstack/core/collections";
import { ok } from "@lendstack/core/errors";
import { type LoanEvent, paymentsNetOfReversals } from "@lendstack/core/servicing";
import { and, asc, eq } from "drizzle-orm";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { type SettlementRow, settlements } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import { recordEvent } from "../events/record.js";
import { appendLoanEvent } from "../loans/append-event.js";
import { rowToEvent } from "../loans/codec.js";
import { loansStore } from "../loans/store.js";
import { followUpBrokenSettlement } from "./follow-up.js";
import { activeSettlement, settlementTerm } from "./settlements.js";
import { toSettlementBody } from "./view.js";

/**
 * The money that counts toward a settlement: payments not returned and recoveries appended after it was agreed
 * (a receipt posted earlier, even the same day, is already in the balance it was measured against).
 */
function receiptsOf(events: ReadonlyArray<LoanEvent>, afterSequence: number): SettlementReceipt[] {
  const net = paymentsNetOfReversals(events);
  return events.flatMap((event) => {
    if ((event.postedAt ?? 0) <= afterSequence) return [];
    const amountMinor =
      event.type === "payment" ? (net.get(event.id) ?? 0n) : event.type === "recovery" ? event.amountMinor : 0n;
    return amountMinor > 0n ? [{ amountMinor, receivedOn: event.effectiveDate }] : [];
  });
}

function progressOf(row: SettlementRow, events: ReadonlyArray<LoanEvent>, asOf: string): SettlementProgress {
  const watch = {
    amountMinor: row.amountMinor,
    schedule: row.schedule.map((item) => ({
      number: item.number,
      dueDate: date(item.dueDate),
      amountMinor: BigInt(item.amountMinor),
    })),
    startsOn: date(row.createdOn),
    graceDays: row.graceDays,
    expiresOn: date(row.expiresOn),
  };
  return settlementProgress(watch, receiptsOf(events, row.loanSequence), date(asOf));
}

/** Appends the loan's forgiveness event dated `asOf`; its id, or null when nothing was left to forgive. */
async function forgive(tx: Db, context: ChangeContext, row: SettlementRow, asOf: string): Promise<string | null> {
  const draft = (_loaded: unknown, id: string, postedAt: number) =>
    ok({ id, type: "settlement-forgiveness" as const, effectiveDate: date(asOf), postedAt, settlementId: row.id });
  const change = await appendLoanEvent(tx, context, row.loanId, draft, {
    prefix: "sfg",
    action: "loan.settlement_forgiven",
  });
  if (change.ok) return change.value.event.id;
  // Paid in full meanwhile (the receipts covered the whole balance): nothing to forgive, the loan closed as paid.
  if (change.error.code === "nothing_to_forgive" || change.error.code === "loan_closed") return null;
  throw new Error(`settlement ${row.id}: forgiveness refused: ${change.error.code}: ${change.error.message}`);
}

/**
 * Appends the loan's `settlement` end event dated `asOf` for a broken settlement: the prepayment fee applies again.
 * A settlement agreed before start events were recorded has none to end (its loan never stopped charging the fee).
 */
async function endTerm(tx: Db, context: ChangeContext, row: SettlementRow, asOf: string) {
  const events = (await loansStore(tx, context.tenantId).events(row.loanId)).map(rowToEvent);
  const started = events.some((e) => e.type === "settlement" && e.phase === "start" && e.settlementId === row.id);
  if (!started) return;
  const kind = { prefix: "sts", action: "loan.settlement_ended" };
  const ended = await appendLoanEvent(tx, context, row.loanId, settlementTerm("end", row.id, date(asOf)), kind);
  if (!ended.ok) throw new Error(`settlement ${row.id}: end refused: ${ended.error.code}: ${ended.error.message}`);
}

/** Decides one loan's active settlement under its row lock; whether it was decided (completed or broken). */
async function closeLoanSettlement(db: Db, context: ChangeContext, loanId: string, asOf: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const store = loansStore(tx, context.tenantId);
    if ((await store.find(loanId, { forUpdate: true })) === undefined) return false;
    const row = await activeSettlement(tx, context.tenantId, loanId);
    if (row === undefined) return false;
    const progress = progressOf(row, (await store.events(loanId)).map(rowToEvent), asOf);
    const where = and(eq(settlements.tenantId, context.tenantId), eq(settlements.id, row.id));
    if (progress.status === "active") {
      if (progress.paidMinor !== row.paidMinor) {
        await tx.update(settlements).set({ paidMinor: progress.paidMinor, updatedAt: context.now }).where(where);
      }
      return false;
    }
    const forgivenessEventId = progress.status === "completed" ? await forgive(tx, context, row, asOf) : null;
    if (progress.status === "broken") await endTerm(tx, context, row, asOf);
    const [updated] = await tx
      .update(settlements)
      .set({
        status: progress.status,
        paidMinor: progress.paidMinor,
        completedOn: progress.completedOn,
        forgivenessEventId,
        brokenOn: progress.brokenOn,
        missedInstallment: progress.missedInstallment,
        updatedAt: context.now,
      })
      .where(where)
      .returning();
    if (updated === undefined) throw new Error(`settlement ${row.id} vanished under its loan's lock`);
    const type = progress.status === "completed" ? "settlement.completed" : "settlement.broken";
    await writeAudit(tx, context, {
      action: type,
      resourceType: "settlement",
      resourceId: row.id,
      details: { loanId, paidMinor: progress.paidMinor.toString(), forgivenessEventId },
    });
    const data = toSettlementBody(updated);
    await recordEvent(tx, context, { type, resourceType: "settlement", resourceId: row.id, data });
    if (progress.status === "broken") await followUpBrokenSettlement(tx, context, loanId, row.id, asOf);
    return true;
  });
}

/**
 * The close's settlements step for one tenant: every loan with an active settlement has it checked by core's
 * `settlementProgress` against its payments not returned and its recoveries as of `asOf`, each loan in its own
 * transaction under its row lock. Completed (the amount received, every plan payment by its due date plus grace):
 * the loan's `settlement-forgiveness` event is appended, dated `asOf`, forgiving what is still owed, so the loan is
 * `settled`; the settlement is stored `completed` and records `settlement.completed`. Broken (a plan payment
 * missed past its grace, or not paid by `expiresOn`): stored `broken`, records `settlement.broken`, and the loan's
 * collections account, held while it ran, is followed up first (`followUpBrokenSettlement`); the loan goes on under
 * its own terms. Runs before the day's snapshots, so they show the settled loan. Returns how many it decided.
 *
 * @example
 * const decided = await closeSettlements(db, context, "2026-12-11");
 */
export async function closeSettlements(db: Db, context: ChangeContext, asOf: string): Promise<number> {
  const loans = await db
    .selectDistinct({ loanId: settlements.loanId })
    .from(settlements)
    .where(and(eq(settlements.tenantId, context.tenantId), eq(settlements.status, "active")))
    .orderBy(asc(settlements.loanId));
  let decided = 0;
  for (const { loanId } of loans) if (await closeLoanSettlement(db, context, loanId, asOf)) decided += 1;
  return decided;
}
