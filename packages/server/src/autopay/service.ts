import { fail, ok, type Result } from "@lendstack/core/errors";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { type AutopayEnrollmentRow, autopayEnrollments, type LoanRow } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import { loanNotFound } from "../loans/load.js";
import { loansStore } from "../loans/store.js";
import { findInstrument } from "../payment-instruments/store.js";
import type { AutopayEnrollmentInput } from "./schemas.js";
import { openEnrollment, updateEnrollment } from "./store.js";

const CLOSED_STATUSES = new Set(["paid-off", "closed", "charged-off", "written-off", "settled"]);

function checkAmount(loan: LoanRow, input: AutopayEnrollmentInput): Result<bigint | null> {
  if (input.amountKind !== "fixed") {
    if (input.amount === undefined) return ok(null);
    return fail("amount_not_applicable", `amount is only for amountKind fixed, not ${input.amountKind}`, ["amount"]);
  }
  if (input.amount === undefined || input.amount === 0) {
    return fail("amount_required", "a fixed autopay needs a positive amount", ["amount"]);
  }
  if ((input.currency ?? loan.currency) !== loan.currency) {
    return fail("currency_mismatch", `${input.currency} is not the loan's currency ${loan.currency}`, ["currency"]);
  }
  return ok(BigInt(input.amount));
}

async function checkInstrument(db: Db, loan: LoanRow, instrumentId: string): Promise<Result<true>> {
  const instrument = await findInstrument(db, loan.tenantId, instrumentId);
  const path = ["instrumentId"];
  if (instrument === undefined) {
    return fail("payment_instrument_not_found", `No payment instrument ${instrumentId} in this tenant.`, path);
  }
  if (instrument.status !== "active") return fail("payment_instrument_disabled", `${instrumentId} is disabled.`, path);
  if (instrument.type !== "bank_account") {
    return fail("payment_instrument_not_bank_account", "Autopay debits bank accounts by ACH; this is a card.", path);
  }
  if (instrument.verificationStatus !== "verified") {
    const why =
      instrument.verificationStatus === "micro_deposits_pending"
        ? "awaits its micro-deposits (POST …/verify)"
        : instrument.verificationStatus === "failed"
          ? "failed verification"
          : "is not verified";
    return fail(
      "payment_instrument_unverified",
      `${instrumentId} ${why}; autopay debits verified accounts only.`,
      path,
    );
  }
  const borrower = loan.borrowerReference;
  if (borrower?.startsWith("pty_") === true && borrower !== instrument.partyId) {
    return fail("payment_instrument_not_borrowers", `${instrumentId} is not the borrower ${borrower}'s.`, path);
  }
  return ok(true);
}

/**
 * Enrolls a loan in autopay under a new authorization, replacing (cancelling) any open enrollment, with an
 * audit record in the same transaction. A new authorization is also what lifts a 12 CFR 1041.8 suspension.
 *
 * @example
 * const enrolled = await enrollAutopay(db, context, "loan_…", { instrumentId, amountKind: "installment_due", daysBeforeDue: 3, authorization });
 */
export async function enrollAutopay(
  db: Db,
  context: ChangeContext,
  loanId: string,
  input: AutopayEnrollmentInput,
): Promise<Result<AutopayEnrollmentRow>> {
  const loan = await loansStore(db, context.tenantId).find(loanId, { forUpdate: true });
  if (loan === undefined) return loanNotFound(loanId);
  if (CLOSED_STATUSES.has(loan.status)) return fail("loan_closed", `Loan ${loanId} is ${loan.status}.`);
  const amount = checkAmount(loan, input);
  if (!amount.ok) return amount;
  const instrument = await checkInstrument(db, loan, input.instrumentId);
  if (!instrument.ok) return instrument;
  const previous = await openEnrollment(db, context.tenantId, loanId);
  if (previous !== undefined) {
    await updateEnrollment(db, context.tenantId, previous.id, {
      status: "cancelled",
      statusReason: "replaced",
      cancelledAt: context.now,
      updatedAt: context.now,
    });
  }
  const [row] = await db
    .insert(autopayEnrollments)
    .values({
      tenantId: context.tenantId,
      id: context.ids.next("apy"),
      loanId,
      instrumentId: input.instrumentId,
      amountKind: input.amountKind,
      fixedAmountMinor: amount.value,
      currency: loan.currency,
      daysBeforeDue: input.daysBeforeDue,
      status: "active",
      authorization: input.authorization,
      createdAt: context.now,
      updatedAt: context.now,
    })
    .returning();
  if (row === undefined) throw new Error("autopay insert returned no row");
  await writeAudit(db, context, {
    action: "autopay.enrolled",
    resourceType: "loan",
    resourceId: loanId,
    details: { enrollmentId: row.id, instrumentId: row.instrumentId, replaced: previous?.id ?? null },
  });
  return ok(row);
}

/**
 * Cancels the loan's open enrollment (404 `autopay_not_found` when none) with an audit record.
 *
 * @example
 * const cancelled = await cancelAutopay(db, context, "loan_…");
 */
export async function cancelAutopay(
  db: Db,
  context: ChangeContext,
  loanId: string,
): Promise<Result<AutopayEnrollmentRow>> {
  const loan = await loansStore(db, context.tenantId).find(loanId);
  if (loan === undefined) return loanNotFound(loanId);
  const open = await openEnrollment(db, context.tenantId, loanId);
  if (open === undefined) return fail("autopay_not_found", `Loan ${loanId} has no autopay enrollment.`);
  const row = await updateEnrollment(db, context.tenantId, open.id, {
    status: "cancelled",
    statusReason: "requested",
    cancelledAt: context.now,
    updatedAt: context.now,
  });
  await writeAudit(db, context, {
    action: "autopay.cancelled",
    resourceType: "loan",
    resourceId: loanId,
    details: { enrollmentId: row.id },
  });
  return ok(row);
}
