import { fail, ok, type Result } from "@lendstack/core/errors";
import type { Executor } from "../db/types.js";
import { isProtectedOn, protectionPeriods } from "./store.js";

/**
 * Whether a manual fee dated `effectiveDate` may be charged on the loan: not while its servicemember is
 * protected by the SCRA (from the start of service through `protectedThrough`, open-ended while unknown), where
 * it is 422 `scra_protected_fee`. 50 U.S.C. § 3937 counts fees charged as interest under the 6 % cap.
 *
 * @example const allowed = await checkFeeOutsideScra(db, "acme", "loan_…", "2025-03-10");
 */
export async function checkFeeOutsideScra(
  executor: Executor,
  tenantId: string,
  loanId: string,
  effectiveDate: string,
): Promise<Result<true>> {
  const period = (await protectionPeriods(executor, tenantId, [loanId])).get(loanId);
  if (!isProtectedOn(period, effectiveDate)) return ok(true);
  const through = period?.through ?? "the end of service (not yet known)";
  return fail(
    "scra_protected_fee",
    `The borrower is protected by the SCRA from ${period?.from} through ${through}: no fee dated ${effectiveDate} may be charged.`,
    ["effectiveDate"],
  );
}
