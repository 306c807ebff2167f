/** Test fixtures for reporting (not exported from index.ts). */
import { date, type LocalDate } from "../calendar/index.js";
import { defaultDelinquencyBuckets } from "../products/index.js";
import type { ReportOptions } from "./portfolio.js";
import type { LoanSummary } from "./summary.js";

export const options: ReportOptions = {
  buckets: defaultDelinquencyBuckets,
  parDays: [30, 60, 90],
  ratio: { scale: 6, mode: "half-even" },
};

/** An active loan with only principal outstanding unless told otherwise. */
export function summary(
  loanId: string,
  asOf: LocalDate | string,
  fields: Partial<Omit<LoanSummary, "loanId" | "asOf">> = {},
): LoanSummary {
  return {
    loanId,
    asOf: typeof asOf === "string" ? date(asOf) : asOf,
    currency: "USD",
    status: "active",
    daysPastDue: 0,
    isNonPerforming: false,
    principalMinor: 0n,
    interestMinor: 0n,
    feesMinor: 0n,
    penaltiesMinor: 0n,
    accruedInterestMinor: 0n,
    ...fields,
  };
}
