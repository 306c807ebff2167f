import type { LocalDate } from "@lendstack/core/calendar";
import { and, asc, eq, gt, lt } from "drizzle-orm";
import type { ChangeContext } from "../db/audit.js";
import { paymentInstruments } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import { findInstrument, updateInstrument } from "./store.js";
import { recordVerification } from "./verify.js";

/** Pending instruments read per query while looking for expired micro-deposits. */
const PAGE = 500;

const pending = eq(paymentInstruments.verificationStatus, "micro_deposits_pending");

/** Whether `expireOn` has passed on `businessDate` (the deposits stay confirmable through `expireOn`). */
const hasLapsed = (expireOn: string | null, businessDate: LocalDate) => expireOn !== null && expireOn < businessDate;

/**
 * The tenants with a bank account whose micro-deposits lapsed unconfirmed before `businessDate`.
 *
 * @example const tenants = await tenantsWithLapsedMicroDeposits(db, date("2025-01-13"));
 */
export async function tenantsWithLapsedMicroDeposits(db: Db, businessDate: LocalDate): Promise<string[]> {
  const rows = await db
    .selectDistinct({ tenantId: paymentInstruments.tenantId })
    .from(paymentInstruments)
    .where(and(pending, lt(paymentInstruments.microDepositsExpireOn, businessDate)))
    .orderBy(asc(paymentInstruments.tenantId));
  return rows.map((row) => row.tenantId);
}

/**
 * The close's instrument step for one tenant: a bank account still `micro_deposits_pending` whose
 * `microDepositsExpireOn` is before the business date is marked `failed`, each in its own transaction under
 * its row lock (a borrower confirming at that moment either verified first or is refused): a verification
 * row (outcome `expired`, no amounts), the audit record `payment_instrument.verification_expired` and the
 * `payment_instrument.verification_failed` event commit together. A failed account is no longer pending,
 * so a second close fails nothing. Returns how many failed.
 *
 * @example
 * const failed = await expireLapsedMicroDeposits(db, context, date("2025-01-13"));
 */
export async function expireLapsedMicroDeposits(db: Db, context: ChangeContext, businessDate: LocalDate) {
  let failed = 0;
  for (let after = ""; ; ) {
    const page = await db
      .select({ id: paymentInstruments.id })
      .from(paymentInstruments)
      .where(
        and(
          eq(paymentInstruments.tenantId, context.tenantId),
          pending,
          lt(paymentInstruments.microDepositsExpireOn, businessDate),
          gt(paymentInstruments.id, after),
        ),
      )
      .orderBy(asc(paymentInstruments.id))
      .limit(PAGE);
    for (const { id } of page) if (await expireOne(db, context, id, businessDate)) failed += 1;
    if (page.length < PAGE) return failed;
    after = page.at(-1)?.id ?? after;
  }
}

async function expireOne(db: Db, context: ChangeContext, id: string, businessDate: LocalDate): Promise<boolean> {
  return db.transaction(async (tx) => {
    const row = await findInstrument(tx, context.tenantId, id, undefined, { forUpdate: true });
    if (row === undefined || row.verificationStatus !== "micro_deposits_pending") return false;
    if (!hasLapsed(row.microDepositsExpireOn, businessDate)) return false;
    const after = await updateInstrument(tx, context.tenantId, id, {
      verificationStatus: "failed",
      updatedAt: context.now,
    });
    await recordVerification(tx, context, row, after, { amounts: [], outcome: "expired" }, undefined);
    return true;
  });
}
