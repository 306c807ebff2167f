import { ok, type Result } from "@lendstack/core/errors";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { type LoanCreditReportingRow, loanCreditReporting } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import { loanNotFound } from "../loans/load.js";
import { loansStore } from "../loans/store.js";
import { findLoanCreditReporting } from "./store.js";

/** The row after a change: a code set replaces any pending removal; a cleared code leaves its XR due. */
function nextValues(current: LoanCreditReportingRow | undefined, code: string | null) {
  if (code !== null) return { complianceConditionCode: code, removalPending: null, removalReportedMonth: null };
  const cleared = current?.complianceConditionCode ?? null;
  if (cleared === null) {
    return {
      complianceConditionCode: null,
      removalPending: current?.removalPending ?? null,
      removalReportedMonth: current?.removalReportedMonth ?? null,
    };
  }
  return { complianceConditionCode: null, removalPending: cleared, removalReportedMonth: null };
}

/**
 * Sets or clears a loan's compliance condition code (a consumer's dispute: XB while investigated, XC when
 * resolved with the consumer still disagreeing, …). Every Metro 2 file reports a set code; clearing it
 * makes the next month's file report XR once (Metro 2's way to remove a code at the bureaus), and files
 * regenerated for that same month again, later months none. Clearing when no code is set changes nothing.
 * Locks the loan; an audit record names the codes before and after.
 *
 * @example const row = await setLoanCreditReporting(db, context, "loan_…", "XB");
 */
export async function setLoanCreditReporting(
  db: Db,
  context: ChangeContext,
  loanId: string,
  code: string | null,
): Promise<Result<LoanCreditReportingRow>> {
  return db.transaction(async (tx) => {
    const loan = await loansStore(tx, context.tenantId).find(loanId, { forUpdate: true });
    if (loan === undefined) return loanNotFound(loanId);
    const current = await findLoanCreditReporting(tx, context.tenantId, loanId);
    const values = { ...nextValues(current, code), updatedBy: context.actor, updatedAt: context.now };
    const [row] = await tx
      .insert(loanCreditReporting)
      .values({ tenantId: context.tenantId, loanId, ...values, createdAt: context.now })
      .onConflictDoUpdate({ target: [loanCreditReporting.tenantId, loanCreditReporting.loanId], set: values })
      .returning();
    if (row === undefined) throw new Error("loan credit reporting upsert returned no row");
    await writeAudit(tx, context, {
      action: "loan.credit_reporting_updated",
      resourceType: "loan",
      resourceId: loanId,
      details: { from: current?.complianceConditionCode ?? null, to: row.complianceConditionCode },
    });
    return ok(row);
  });
}
