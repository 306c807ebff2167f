import type { LoanServicememberRow } from "../db/schema/index.js";
import type { ServicememberBody } from "./schemas.js";

/**
 * Where a period of service stands on `today`.
 *
 * @example servicememberStatus(row, "2026-03-02") // "protected"
 */
export function servicememberStatus(
  row: Pick<LoanServicememberRow, "activeDutyStartDate" | "protectedThrough">,
  today: string,
): ServicememberBody["status"] {
  if (today < row.activeDutyStartDate) return "scheduled";
  if (row.protectedThrough !== null && today > row.protectedThrough) return "ended";
  return "protected";
}

/** @example toServicememberBody(row, "2026-03-02").status */
export function toServicememberBody(row: LoanServicememberRow, today: string): ServicememberBody {
  return {
    object: "loan_servicemember",
    loanId: row.loanId,
    status: servicememberStatus(row, today),
    activeDutyStartDate: row.activeDutyStartDate,
    activeDutyEndDate: row.activeDutyEndDate,
    protectedThrough: row.protectedThrough,
    isMortgage: row.isMortgage,
    evidence: { type: row.evidenceType as ServicememberBody["evidence"]["type"], reference: row.evidenceReference },
    originalRatePercent: row.originalRatePercent,
    cappedRatePercent: row.cappedRatePercent,
    startEventIds: row.startEventIds,
    endEventIds: row.endEventIds,
    recordedBy: row.recordedBy,
    endedBy: row.endedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
