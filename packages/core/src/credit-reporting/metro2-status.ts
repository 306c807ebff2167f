import { InvariantError } from "../errors/index.js";
import type { Metro2HistoryMonth, Metro2Standing } from "./metro2-input.js";

/**
 * Account status codes Lendstack reports: 11 current, 71/78/80/82/83/84 for 30/60/90/120/150/180
 * days past due, 13 paid or closed with zero balance, 97 charged off (unpaid balance), 64 paid in
 * full after a charge-off.
 *
 * @example const status: Metro2AccountStatus = "71";
 */
export type Metro2AccountStatus = "11" | "71" | "78" | "80" | "82" | "83" | "84" | "13" | "97" | "64";

const pastDueStatuses = ["11", "71", "78", "80", "82", "83", "84"] as const;

/** The 30-day bucket: 0 for 0-29 days, 1 for 30-59, … 6 for 180 and more. */
function bucketOf(daysPastDue: number): number {
  if (!Number.isSafeInteger(daysPastDue) || daysPastDue < 0)
    throw new InvariantError(`bad days past due ${daysPastDue}`);
  return Math.min(6, Math.floor(daysPastDue / 30));
}

/**
 * The account status code (base segment field 17A) for a month-end standing.
 *
 * @see CDIA Credit Reporting Resource Guide, Field 17A (Account Status)
 * @example metro2AccountStatus("open", 65) === "78"
 */
export function metro2AccountStatus(standing: Metro2Standing, daysPastDue: number): Metro2AccountStatus {
  switch (standing) {
    case "open":
      return pastDueStatuses[bucketOf(daysPastDue)] as Metro2AccountStatus;
    case "paid":
      return "13";
    case "charged-off":
      return "97";
    case "paid-after-charge-off":
      return "64";
    default:
      throw new InvariantError(`unknown standing ${String(standing)}`);
  }
}

/**
 * The payment rating (field 17B): required with status 13, where it says how the account stood
 * when it was paid (0 current, 1-6 by 30-day bucket); blank otherwise.
 *
 * @see CDIA Credit Reporting Resource Guide, Field 17B (Payment Rating)
 * @example metro2PaymentRating("paid", 0) === "0"
 */
export function metro2PaymentRating(standing: Metro2Standing, daysPastDue: number): string {
  return standing === "paid" ? String(bucketOf(daysPastDue)) : "";
}

/**
 * One character of the payment history profile (field 18).
 *
 * @example paymentHistoryCode({ kind: "reported", daysPastDue: 95 }) === "3"
 */
export function paymentHistoryCode(month: Metro2HistoryMonth): string {
  switch (month.kind) {
    case "before-open":
      return "B";
    case "no-data":
      return "D";
    case "zero-balance":
      return "E";
    case "charged-off":
      return "L";
    case "reported":
      return String(bucketOf(month.daysPastDue));
    default:
      throw new InvariantError("unknown history month");
  }
}

/**
 * The 24-character payment history profile: the 24 months before the date of account
 * information, most recent first; months not given are B (no history: before the account opened).
 *
 * @see CDIA Credit Reporting Resource Guide, Field 18 (Payment History Profile)
 * @example paymentHistoryProfile([{ kind: "reported", daysPastDue: 0 }]) === "0BBBBBBBBBBBBBBBBBBBBBBB"
 */
export function paymentHistoryProfile(months: ReadonlyArray<Metro2HistoryMonth>): string {
  if (months.length > 24) throw new InvariantError(`${months.length} months of history; the profile holds 24`);
  return months.map(paymentHistoryCode).join("").padEnd(24, "B");
}
