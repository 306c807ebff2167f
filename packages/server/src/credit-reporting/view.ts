import type { LoanCreditReportingRow, Metro2FileRow } from "../db/schema/index.js";
import { type LoanCreditReportingBody, type Metro2FileBody, SKIPPED_LISTED } from "./schemas.js";

/** @example toMetro2FileBody(row).accountCount */
export function toMetro2FileBody(row: Metro2FileRow): Metro2FileBody {
  const skippedByReason: Record<string, number> = {};
  for (const skip of row.skipped) skippedByReason[skip.reason] = (skippedByReason[skip.reason] ?? 0) + 1;
  return {
    id: row.id,
    object: "metro2_file",
    month: row.month,
    activityDate: row.activityDate,
    businessDate: row.businessDate,
    accountCount: row.accountCount,
    statusCounts: row.statusCounts,
    skippedCount: row.skipped.length,
    skippedByReason,
    skipped: row.skipped.slice(0, SKIPPED_LISTED).map(({ loanId, reason }) => ({ loanId, reason })),
    totals: row.totals,
    recordCount: row.recordCount,
    byteLength: row.byteLength,
    createdAt: row.createdAt.toISOString(),
  };
}

/** @example toLoanCreditReportingBody("loan_…", undefined).complianceConditionCode === null */
export function toLoanCreditReportingBody(
  loanId: string,
  row: LoanCreditReportingRow | undefined,
): LoanCreditReportingBody {
  return {
    object: "loan_credit_reporting",
    loanId,
    complianceConditionCode: (row?.complianceConditionCode ??
      null) as LoanCreditReportingBody["complianceConditionCode"],
    removalPending:
      row?.removalPending !== null && row?.removalPending !== undefined && row.removalReportedMonth === null,
    removalReportedMonth: row?.removalReportedMonth ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}
