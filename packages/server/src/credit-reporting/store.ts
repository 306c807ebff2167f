import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { equalTo } from "../db/filters.js";
import {
  type LoanCreditReportingRow,
  loanCreditReporting,
  type Metro2FileRow,
  metro2Files,
} from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/** One file of a tenant, or undefined. @example await findMetro2File(db, t, "m2f_…") */
export async function findMetro2File(
  executor: Executor,
  tenantId: string,
  id: string,
): Promise<Metro2FileRow | undefined> {
  const [row] = await executor
    .select()
    .from(metro2Files)
    .where(and(eq(metro2Files.tenantId, tenantId), eq(metro2Files.id, id)));
  return row;
}

/** A page of a tenant's files, oldest first. @example await listMetro2Files(db, t, { take: 21 }) */
export function listMetro2Files(
  executor: Executor,
  tenantId: string,
  query: { readonly month?: string | undefined; readonly after?: string | undefined; readonly take: number },
): Promise<Metro2FileRow[]> {
  const conditions: SQL[] = [
    eq(metro2Files.tenantId, tenantId),
    ...equalTo(metro2Files.month, query.month),
    ...(query.after === undefined ? [] : [gt(metro2Files.id, query.after)]),
  ];
  return executor
    .select()
    .from(metro2Files)
    .where(and(...conditions))
    .orderBy(asc(metro2Files.id))
    .limit(query.take);
}

/** A loan's credit-reporting row, or undefined. @example await findLoanCreditReporting(db, t, "loan_…") */
export async function findLoanCreditReporting(
  executor: Executor,
  tenantId: string,
  loanId: string,
): Promise<LoanCreditReportingRow | undefined> {
  const [row] = await executor
    .select()
    .from(loanCreditReporting)
    .where(and(eq(loanCreditReporting.tenantId, tenantId), eq(loanCreditReporting.loanId, loanId)));
  return row;
}
