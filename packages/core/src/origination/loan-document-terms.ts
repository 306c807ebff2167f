import type { LocalDate } from "../calendar/index.js";
import { formatMoney } from "../money/index.js";
import type { NamedParty } from "./adverse-action-notice.js";

// What the loan agreement and the TILA disclosure say, as exact figures: minor units as bigint, rates as
// decimal strings, dates as business dates. The server fills it from the accepted offer's quote.

/** A late charge as a product configures it: a flat amount, or a percent of a base with optional caps. */
export type LateCharge =
  | { readonly type: "flat"; readonly amountMinor: bigint; readonly graceDays: number }
  | {
      readonly type: "percent";
      readonly percent: string;
      readonly base: string;
      readonly minMinor?: bigint;
      readonly maxMinor?: bigint;
      readonly graceDays: number;
    };

/** One scheduled payment: its number, due date and amount (principal + interest + fees), minor units. */
export interface ScheduledPayment {
  readonly number: number;
  readonly dueDate: LocalDate | string;
  readonly amountMinor: bigint;
  readonly principalMinor: bigint;
  readonly interestMinor: bigint;
  readonly balanceMinor: bigint;
}

/**
 * The terms of an accepted offer as its documents disclose them.
 *
 * @example const terms: LoanDocumentTerms = { creditor, borrowerNames: ["Ada Lovelace"], currency: "USD", … };
 */
export interface LoanDocumentTerms {
  readonly creditor: NamedParty;
  readonly borrowerNames: ReadonlyArray<string>;
  readonly applicationId: string;
  readonly offerId: string;
  readonly currency: string;
  /** The business date the document is issued on. */
  readonly issuedOn: LocalDate;
  /** Consummation: the day the loan is advanced. */
  readonly disbursementDate: LocalDate | string;
  readonly principalMinor: bigint;
  readonly amountFinancedMinor: bigint;
  readonly financeChargeMinor: bigint;
  readonly prepaidFinanceChargesMinor: bigint;
  readonly totalOfPaymentsMinor: bigint;
  /** The APR as disclosed (Appendix J, e.g. "18.924"). */
  readonly disclosedAprPercent: string;
  /** The nominal annual rate, percent a year. */
  readonly ratePercent: string;
  readonly frequency: string;
  readonly originationFee?: { readonly amountMinor: bigint; readonly treatment: string };
  readonly payments: ReadonlyArray<ScheduledPayment>;
  readonly lateCharge?: LateCharge;
  /** Whether the product charges a fee on prepayment. */
  readonly hasPrepaymentPenalty: boolean;
}

/**
 * Money as a document prints it, exact from minor units (dinero.js, then the locale's grouping).
 *
 * @example printMoney(1_500_000n, "USD") === "$15,000.00"
 */
export function printMoney(amountMinor: bigint, currency: string): string {
  return formatMoney(amountMinor, currency, "en-US");
}

/** Runs of consecutive payments of the same amount: how § 1026.18(g) lets a schedule be shown. */
export interface PaymentRun {
  readonly count: number;
  readonly amountMinor: bigint;
  readonly firstDueDate: string;
  readonly lastDueDate: string;
}

/**
 * Groups a schedule's payments into runs of equal amounts, in order.
 *
 * @example paymentRuns(payments) // [{ count: 35, amountMinor: 54_226n, … }, { count: 1, amountMinor: 54_224n, … }]
 */
export function paymentRuns(payments: ReadonlyArray<ScheduledPayment>): PaymentRun[] {
  const runs: PaymentRun[] = [];
  for (const payment of payments) {
    const last = runs.at(-1);
    if (last !== undefined && last.amountMinor === payment.amountMinor) {
      runs[runs.length - 1] = { ...last, count: last.count + 1, lastDueDate: payment.dueDate };
    } else {
      runs.push({
        count: 1,
        amountMinor: payment.amountMinor,
        firstDueDate: payment.dueDate,
        lastDueDate: payment.dueDate,
      });
    }
  }
  return runs;
}

const BASES: Readonly<Record<string, string>> = {
  installment: "the scheduled payment",
  "overdue-amount": "the overdue amount",
};

/**
 * The late-charge sentence (§ 1026.18(l)).
 *
 * @example lateChargeSentence({ type: "flat", amountMinor: 700n, graceDays: 1 }, "USD") // "If a payment is more than 1 day late, you will be charged $7.00."
 */
export function lateChargeSentence(charge: LateCharge | undefined, currency: string): string {
  if (charge === undefined) return "Late charge: none.";
  const days = `${charge.graceDays} day${charge.graceDays === 1 ? "" : "s"}`;
  const lead = `Late charge: if a payment is more than ${days} late, you will be charged`;
  if (charge.type === "flat") return `${lead} ${printMoney(charge.amountMinor, currency)}.`;
  const caps = [
    charge.minMinor === undefined ? undefined : `at least ${printMoney(charge.minMinor, currency)}`,
    charge.maxMinor === undefined ? undefined : `at most ${printMoney(charge.maxMinor, currency)}`,
  ].filter((cap) => cap !== undefined);
  const base = BASES[charge.base] ?? charge.base;
  return `${lead} ${charge.percent}% of ${base}${caps.length === 0 ? "" : ` (${caps.join(" and ")})`}.`;
}

/**
 * The prepayment sentence (§ 1026.18(k)): whether a penalty may be charged, and that a prepaid finance charge is
 * not refunded.
 *
 * @example prepaymentSentence(false, 75_000n) // "Prepayment: if you pay off early, you will not have to pay a penalty…"
 */
export function prepaymentSentence(hasPenalty: boolean, prepaidFinanceChargesMinor: bigint): string {
  const penalty = hasPenalty ? "you may have to pay a penalty" : "you will not have to pay a penalty";
  const refund =
    prepaidFinanceChargesMinor > 0n ? " and you will not be entitled to a refund of the prepaid finance charge" : "";
  return `Prepayment: if you pay off early, ${penalty}${refund}.`;
}
