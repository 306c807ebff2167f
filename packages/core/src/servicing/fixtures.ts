/**
 * Test fixtures for servicing: terms, policies and event builders. Not exported from index.ts.
 */
import { date, type LocalDate } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { defaultDelinquencyBuckets } from "../products/index.js";
import { type ScheduleTerms, type ScheduleTermsInput, validateScheduleTerms } from "../schedule/index.js";
import type { LoanEvent } from "./events.js";
import type { ServicingPolicy } from "./policy.js";
import type { Loan } from "./state.js";

export function makeTerms(overrides: Partial<ScheduleTermsInput> = {}): ScheduleTerms {
  return unwrap(
    validateScheduleTerms({
      currency: "USD",
      principalMinor: 1_000_000n,
      annualRatePercent: "3.65",
      disbursementDate: "2026-01-01",
      firstPaymentDate: "2026-02-01",
      numberOfPayments: 12,
      frequency: "monthly",
      interestMethod: "declining-balance",
      amortization: "equal-installments",
      interestCalculation: "periodic",
      dayCount: "actual/365-fixed",
      rounding: { installmentMultipleMinor: 1n, mode: "half-up", interestMode: "half-up" },
      ...overrides,
    }),
  );
}

export const basePolicy: ServicingPolicy = {
  waterfall: ["penalties", "fees", "interest", "principal"],
  allocation: "vertical",
  overpayment: "apply-to-principal",
  prepayment: "reduce-term",
  lateFee: { rule: { type: "flat", amountMinor: 2_500n }, graceDays: 15 },
  nsfFee: { type: "flat", amountMinor: 3_000n },
  delinquencyBuckets: defaultDelinquencyBuckets,
  nonPerformingAfterDays: 90,
  accountingBasis: "accrual",
};

export function makeLoan(terms: Partial<ScheduleTermsInput> = {}, policy: Partial<ServicingPolicy> = {}): Loan {
  return { terms: makeTerms(terms), policy: { ...basePolicy, ...policy } };
}

let counter = 0;
function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}_${counter}`;
}

export const disburse = (day: string, amountMinor: bigint, id = nextId("dsb")): LoanEvent => ({
  id,
  type: "disbursement",
  effectiveDate: date(day),
  amountMinor,
});

export const pay = (day: string, amountMinor: bigint, id = nextId("pmt")): LoanEvent => ({
  id,
  type: "payment",
  effectiveDate: date(day),
  amountMinor,
});

export const on = (day: string): LocalDate => date(day);
