import { addDays, type LocalDate } from "@lendstack/core/calendar";
import type { ChangeContext } from "../db/audit.js";
import { businessDateOf } from "../tenants/business-date.js";

/** Wrong confirmations a bank account's micro-deposits allow; the last marks the instrument `failed`. */
export const MICRO_DEPOSIT_ATTEMPTS = 3;

/** Days (calendar days of the tenant's business date) the deposits can be confirmed after they were sent. */
export const MICRO_DEPOSIT_VALID_DAYS = 10;

/** The change's business date: the tenant's (settings, test clock), else the UTC date of its instant. */
export function businessDateOfChange(context: Pick<ChangeContext, "now" | "businessDate">): LocalDate {
  return (context.businessDate ?? businessDateOf(context.now)) as LocalDate;
}

/**
 * The columns of a bank account whose micro-deposits were sent on `sentOn`: confirmable through
 * `sentOn + 10` days, three attempts.
 *
 * @example microDepositColumns("2025-01-02" as LocalDate) // { microDepositsSentOn: "2025-01-02", microDepositsExpireOn: "2025-01-12", … }
 */
export function microDepositColumns(sentOn: LocalDate) {
  return {
    microDepositsSentOn: sentOn as string,
    microDepositsExpireOn: addDays(sentOn, MICRO_DEPOSIT_VALID_DAYS) as string,
    failedVerificationAttempts: 0,
  };
}
