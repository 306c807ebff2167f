import { DomainFailure, fail, ok, type Result } from "@lendstack/core/errors";
import { formatDecimal, normalize } from "@lendstack/core/money";
import { toJsonInteger } from "../http/safe-integer.js";
import type { QuoteBody } from "./schemas.js";
import type { Quote } from "./service.js";

/** Minor units of the quote as a JSON integer (`unsafe_integer` beyond 2^53 − 1). */
const wire = (value: bigint): number => toJsonInteger(value, "quote");

/**
 * The quote as the API returns it: amounts as integers of minor units of the quote's one `currency`, rates as
 * decimal strings. Fails with `unsafe_integer` when a figure (e.g. the total of payments) is beyond 2^53 − 1 minor
 * units, which JSON numbers cannot carry exactly.
 *
 * @example
 * const body = toQuoteBody(quote); // ok({ currency: "USD", regularPayment: 31332, … })
 */
export function toQuoteBody(quote: Quote): Result<QuoteBody> {
  try {
    return ok(build(quote));
  } catch (error) {
    if (!(error instanceof DomainFailure)) throw error;
    return fail(error.error.code, error.error.message, ["amount"]);
  }
}

function build(quote: Quote): QuoteBody {
  const { terms, schedule, disclosure } = quote;
  const currency = terms.currency;
  return {
    productId: quote.product?.id ?? null,
    productVersion: quote.product?.version ?? null,
    currency,
    requestedAmount: wire(quote.requestedAmountMinor),
    principal: wire(terms.principalMinor),
    numberOfPayments: terms.numberOfPayments,
    frequency: terms.frequency,
    ratePercent: formatDecimal(normalize(terms.annualRatePercent)),
    disbursementDate: terms.disbursementDate,
    firstPaymentDate: terms.firstPaymentDate,
    originationFee:
      quote.originationFee === undefined
        ? null
        : { amount: wire(quote.originationFee.amountMinor), treatment: quote.originationFee.treatment },
    regularPayment: quote.regularPaymentMinor === undefined ? null : wire(quote.regularPaymentMinor),
    schedule: schedule.rows.map((row) => ({
      number: row.number,
      dueDate: row.dueDate,
      days: row.days,
      principal: wire(row.principalMinor),
      interest: wire(row.interestMinor),
      fees: wire(row.feesMinor),
      total: wire(row.totalMinor),
      balance: wire(row.balanceMinor),
    })),
    totals: {
      principal: wire(schedule.totals.principalMinor),
      interest: wire(schedule.totals.interestMinor),
      fees: wire(schedule.totals.feesMinor),
      payment: wire(schedule.totals.paymentMinor),
    },
    apr: {
      aprPercent: formatDecimal(disclosure.aprPercent),
      disclosedPercent: disclosure.disclosedAprPercent,
      unitPeriod: { unit: disclosure.unitPeriod.unit, count: disclosure.unitPeriod.count },
      oddFirstPeriodDays: disclosure.oddFirstPeriodDays ?? null,
    },
    militaryApr: {
      maprPercent: formatDecimal(quote.militaryApr.maprPercent),
      limitPercent: formatDecimal(normalize(quote.militaryApr.limitPercent)),
      isWithinLimit: quote.militaryApr.isWithinLimit,
    },
    aprc:
      quote.aprc === undefined
        ? null
        : {
            aprcPercent: formatDecimal(quote.aprc.aprcPercent),
            disclosedPercent: formatDecimal(quote.aprc.disclosedAprcPercent),
          },
    disclosure: {
      amountFinanced: wire(disclosure.amountFinancedMinor),
      financeCharge: wire(disclosure.financeChargeMinor),
      prepaidFinanceCharges: wire(disclosure.prepaidFinanceChargesMinor),
      totalOfPayments: wire(disclosure.totalOfPaymentsMinor),
    },
    accuracy: quote.accuracy ?? null,
  };
}
