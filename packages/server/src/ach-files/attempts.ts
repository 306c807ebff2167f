import type { LocalDate } from "@lendstack/core/calendar";
import { checkPaymentTransferAllowed, type PaymentTransferDecision } from "@lendstack/core/payments";
import { and, asc, eq, inArray } from "drizzle-orm";
import { type AchEntryRow, type AutopayEnrollmentRow, achEntries } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

const INSUFFICIENT_FUNDS = new Set(["R01", "R09"]);

/** The loan's sent debits, oldest first: what 12 CFR 1041.8 counts. */
export function sentEntriesOfLoan(executor: Executor, tenantId: string, loanId: string): Promise<AchEntryRow[]> {
  return executor
    .select()
    .from(achEntries)
    .where(
      and(
        eq(achEntries.tenantId, tenantId),
        eq(achEntries.loanId, loanId),
        inArray(achEntries.status, ["initiated", "returned"]),
      ),
    )
    .orderBy(asc(achEntries.initiatedOn), asc(achEntries.id));
}

/**
 * Core's 12 CFR 1041.8 decision for the loan's next debit: its sent entries as attempts (a return for
 * insufficient funds, R01/R09, is a failure; another return counts as neither; an entry not returned is
 * taken as succeeded), and the enrollment's authorization as a new authorization from the day it was given.
 * Every loan is treated as covered: the conservative reading until products can say otherwise.
 *
 * @example
 * const decision = await paymentTransferDecision(tx, enrollment);
 */
export async function paymentTransferDecision(
  executor: Executor,
  enrollment: AutopayEnrollmentRow,
): Promise<PaymentTransferDecision> {
  const sent = await sentEntriesOfLoan(executor, enrollment.tenantId, enrollment.loanId);
  return checkPaymentTransferAllowed({
    isCoveredLoan: true,
    attempts: sent.map((entry) => ({
      id: entry.id,
      initiatedOn: (entry.initiatedOn ?? entry.dueDate) as LocalDate,
      outcome:
        entry.status !== "returned"
          ? "succeeded"
          : INSUFFICIENT_FUNDS.has(entry.returnCode ?? "")
            ? "failed-insufficient-funds"
            : "failed-other",
    })),
    reauthorizations: [
      { id: enrollment.id, grantedOn: enrollment.authorization.authorizedAt.slice(0, 10) as LocalDate },
    ],
  });
}
