import type { AchEntryRow, AchFileRow } from "../db/schema/index.js";
import { toJsonInteger } from "../http/safe-integer.js";
import type { AchEntryBody, AchFileBody } from "./schemas.js";

/** @example toAchFileBody(row).entryCount */
export function toAchFileBody(row: AchFileRow): AchFileBody {
  return {
    id: row.id,
    object: "ach_file",
    businessDate: row.businessDate,
    effectiveEntryDate: row.effectiveEntryDate,
    secCode: row.secCode as AchFileBody["secCode"],
    entryCount: row.entryCount,
    totalDebit: toJsonInteger(row.totalDebitMinor, "ach_file"),
    currency: row.currency,
    createdAt: row.createdAt.toISOString(),
  };
}

/** @example toAchEntryBody(row).status */
export function toAchEntryBody(row: AchEntryRow): AchEntryBody {
  return {
    id: row.id,
    object: "ach_entry",
    loanId: row.loanId,
    enrollmentId: row.enrollmentId,
    instrumentId: row.instrumentId,
    dueDate: row.dueDate,
    attemptNumber: row.attemptNumber,
    representmentOf: row.representmentOf,
    amount: toJsonInteger(row.amountMinor, "ach_entry"),
    currency: row.currency,
    status: row.status as AchEntryBody["status"],
    statusReason: row.statusReason,
    fileId: row.fileId,
    traceNumber: row.traceNumber,
    paymentId: row.paymentId,
    initiatedOn: row.initiatedOn,
    returnCode: row.returnCode,
    returnedOn: row.returnedOn,
  };
}
