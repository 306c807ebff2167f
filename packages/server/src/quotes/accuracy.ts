import { fail, ok, type Result } from "@lendstack/core/errors";
import { dec, formatDecimal, normalize, parseRate } from "@lendstack/core/money";
import {
  type AprTransaction,
  aprTolerancePercent,
  classifyAprTransaction,
  type Disclosure,
  isAprAccurate,
  isFinanceChargeAccurate,
} from "@lendstack/core/pricing";
import type { Schedule } from "@lendstack/core/schedule";
import type { QuoteRequest } from "./request.js";

/** Whether a quote request's disclosed figures are accurate for its terms. @example const accuracy: QuoteAccuracy = unwrap(checkDisclosed(request, schedule, disclosure))!; */
export interface QuoteAccuracy {
  readonly transaction: AprTransaction;
  readonly aprTolerancePercent: string;
  readonly isAprAccurate: boolean | null;
  readonly isFinanceChargeAccurate: boolean | null;
}

/**
 * Checks `request.disclosed` against the quote's APR (§ 1026.22(a)) and finance charge (§ 1026.18(d)); undefined
 * when nothing is disclosed. A bad rate is `invalid_rate`; a finance charge in another currency than USD is
 * `currency_not_allowed` (Regulation Z's tolerances are in dollars).
 *
 * @example checkDisclosed({ ...request, disclosed: { aprPercent: "7.85", isSecuredByDwelling: false } }, schedule, disclosure)
 */
export function checkDisclosed(
  request: QuoteRequest,
  schedule: Schedule,
  disclosure: Disclosure,
): Result<QuoteAccuracy | undefined> {
  const disclosed = request.disclosed;
  if (disclosed === undefined) return ok(undefined);
  const payments = schedule.rows.map((row) => ({ amountMinor: row.totalMinor, date: row.dueDate }));
  const transaction = classifyAprTransaction(payments);
  let aprAccurate: boolean | null = null;
  if (disclosed.aprPercent !== undefined) {
    const rate = parseRate(disclosed.aprPercent, { maxDecimals: 6, max: dec("1000") }, ["disclosed", "aprPercent"]);
    if (!rate.ok) return rate;
    const input = { disclosedAprPercent: rate.value, aprPercent: disclosure.aprPercent, transaction };
    aprAccurate = isAprAccurate(input);
  }
  let financeChargeAccurate: boolean | null = null;
  if (disclosed.financeCharge !== undefined) {
    if (request.currency !== "USD") {
      const path = ["disclosed", "financeCharge"];
      return fail("currency_not_allowed", "the finance-charge tolerances of 12 CFR 1026.18(d) are in USD", path);
    }
    financeChargeAccurate = isFinanceChargeAccurate({
      disclosedFinanceChargeMinor: BigInt(disclosed.financeCharge),
      financeChargeMinor: disclosure.financeChargeMinor,
      amountFinancedMinor: disclosure.amountFinancedMinor,
      isSecuredByDwelling: disclosed.isSecuredByDwelling,
    });
  }
  return ok({
    transaction,
    aprTolerancePercent: formatDecimal(normalize(aprTolerancePercent(transaction))),
    isAprAccurate: aprAccurate,
    isFinanceChargeAccurate: financeChargeAccurate,
  });
}
