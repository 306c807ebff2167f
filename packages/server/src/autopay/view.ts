import type { AutopayEnrollmentRow } from "../db/schema/index.js";
import { toJsonInteger } from "../http/safe-integer.js";
import type { AutopayBody } from "./schemas.js";

/** An enrollment on the wire. @example toAutopayBody(row).status // "active" */
export function toAutopayBody(row: AutopayEnrollmentRow): AutopayBody {
  return {
    id: row.id,
    object: "autopay",
    loanId: row.loanId,
    instrumentId: row.instrumentId,
    amountKind: row.amountKind as AutopayBody["amountKind"],
    amount: row.fixedAmountMinor === null ? null : toJsonInteger(row.fixedAmountMinor, "autopay"),
    currency: row.currency,
    daysBeforeDue: row.daysBeforeDue,
    status: row.status as AutopayBody["status"],
    statusReason: row.statusReason,
    authorization: row.authorization,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
