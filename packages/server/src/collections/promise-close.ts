import { date } from "@lendstack/core/calendar";
import { evaluatePromises, type PromisePayment } from "@lendstack/core/collections";
import { type LoanEvent, paymentsNetOfReversals } from "@lendstack/core/servicing";
import { and, asc, eq } from "drizzle-orm";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { type PromiseToPayRow, promisesToPay } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import { recordEvent } from "../events/record.js";
import { rowToEvent } from "../loans/codec.js";
import { loansStore } from "../loans/store.js";
import { followUpBrokenPromise } from "./follow-up.js";
import { toPromiseBody } from "./view.js";

/** Payments still standing (less what reversals returned, none reversed in full), for promises. */
function standingPayments(events: ReadonlyArray<LoanEvent>): PromisePayment[] {
  const net = paymentsNetOfReversals(events);
  return events.flatMap((event) => {
    const amountMinor = event.type === "payment" ? (net.get(event.id) ?? 0n) : 0n;
    return amountMinor > 0n ? [{ amountMinor, receivedOn: event.effectiveDate }] : [];
  });
}

/** Decides one loan's pending promises under its row lock; returns how many it resolved. */
async function closeLoanPromises(db: Db, context: ChangeContext, loanId: string, asOf: string): Promise<number> {
  return db.transaction(async (tx) => {
    const store = loansStore(tx, context.tenantId);
    if ((await store.find(loanId, { forUpdate: true })) === undefined) return 0;
    const promises = await tx
      .select()
      .from(promisesToPay)
      .where(and(eq(promisesToPay.tenantId, context.tenantId), eq(promisesToPay.loanId, loanId)))
      .orderBy(asc(promisesToPay.id));
    const payments = standingPayments((await store.events(loanId)).map(rowToEvent));
    const outcomes = evaluatePromises(
      promises.map((row) => ({
        id: row.id,
        amountMinor: row.amountMinor,
        dueDate: date(row.dueDate),
        promisedOn: date(row.promisedOn),
      })),
      payments,
      date(asOf),
    );
    let resolved = 0;
    for (const [index, outcome] of outcomes.entries()) {
      const row = promises[index];
      if (row === undefined || row.status !== "pending" || outcome.status === "pending") continue;
      const decided = { status: outcome.status, paidMinor: outcome.paidMinor, keptOn: outcome.keptOn };
      await resolvePromise(tx, context, row, decided, asOf);
      resolved += 1;
    }
    return resolved;
  });
}

async function resolvePromise(
  tx: Db,
  context: ChangeContext,
  row: PromiseToPayRow,
  outcome: { readonly status: "kept" | "broken"; readonly paidMinor: bigint; readonly keptOn: string | null },
  asOf: string,
): Promise<void> {
  const [updated] = await tx
    .update(promisesToPay)
    .set({
      status: outcome.status,
      paidMinor: outcome.paidMinor,
      keptOn: outcome.keptOn,
      resolvedOn: asOf,
      updatedAt: context.now,
    })
    .where(and(eq(promisesToPay.tenantId, context.tenantId), eq(promisesToPay.id, row.id)))
    .returning();
  if (updated === undefined) throw new Error(`promise ${row.id} vanished under its loan's lock`);
  const type = outcome.status === "kept" ? "promise.kept" : "promise.broken";
  await writeAudit(tx, context, {
    action: type,
    resourceType: "promise",
    resourceId: row.id,
    details: { loanId: row.loanId, paidMinor: outcome.paidMinor.toString() },
  });
  await recordEvent(tx, context, { type, resourceType: "promise", resourceId: row.id, data: toPromiseBody(updated) });
  if (outcome.status === "broken") await followUpBrokenPromise(tx, context, updated, asOf);
}

/**
 * The close's promises step for one tenant: every loan with a pending promise has its promises evaluated by
 * core's `evaluatePromises` against its standing payments as of `asOf` (grace: none), each loan in its own
 * transaction under its row lock; a promise decided `kept` or `broken` is stored so and records
 * `promise.kept` / `promise.broken`; a broken one moves its account to the front of its queue
 * (`followUpBrokenPromise`). A decided promise is never decided again. Returns how many it decided.
 *
 * @example
 * const decided = await closePromises(db, context, "2026-12-11");
 */
export async function closePromises(db: Db, context: ChangeContext, asOf: string): Promise<number> {
  const loans = await db
    .selectDistinct({ loanId: promisesToPay.loanId })
    .from(promisesToPay)
    .where(and(eq(promisesToPay.tenantId, context.tenantId), eq(promisesToPay.status, "pending")))
    .orderBy(asc(promisesToPay.loanId));
  let decided = 0;
  for (const { loanId } of loans) decided += await closeLoanPromises(db, context, loanId, asOf);
  return decided;
}
