import { fail, ok, type Result } from "@lendstack/core/errors";
import { formatDecimal, normalize } from "@lendstack/core/money";
import type { QuoteBody } from "./schemas.js";
import type { Quote } from "./service.js";

/** A minor-unit amount as a JSON integer; beyond 2^53 it could not be sent exactly, so it is refused. */
class UnsafeAmount extends Error {}

function wire(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) throw new UnsafeAmount();
  return Number(value);
}

/**
 * The quote as the API returns it: amounts as integer minor units (Money objects for headline figures), rates as
 * decimal strings. Fails with `unsafe_integer` when a figure (e.g. the total of payments) is beyond 2^53 − 1 minor
 * units, which JSON numbers cannot carry exactly.
 *
 * @example
 * const body = toQuoteBody(quote); // ok({ currency: "USD", regularPayment: { amount: 31332, currency: "USD" }, … })
 */
export function toQuoteBody(quote: Quote): Result<QuoteBody> {
  try {
    return ok(build(quote));
  } catch (error) {
    if (!(error instanceof UnsafeAmount)) throw error;
    return fail("unsafe_integer", "A figure of this quote exceeds 2^53 - 1 minor units.", ["amount", "amount"]);
  }
}

function build(quote: Quote): QuoteBody {
  const { terms, schedule, disclosure } = quote;
  const currency = terms.currency;
  const money = (amountMinor: bigint) => ({ amount: wire(amountMinor), currency });
  return {
    productId: quote.product?.id ?? null,
    productVersion: quote.product?.version ?? null,
    currency,
    requestedAmount: money(quote.requestedAmountMinor),
    principal: money(terms.principalMinor),
    numberOfPayments: terms.numberOfPayments,
    frequency: terms.frequency,
    ratePercent: formatDecimal(normalize(terms.annualRatePercent)),
    disbursementDate: terms.disbursementDate,
    firstPaymentDate: terms.firstPaymentDate,
    originationFee:
      quote.originationFee === undefined
        ? null
        : { ...money(quote.originationFee.amountMinor), treatment: quote.originationFee.treatment },
    regularPayment: quote.regularPaymentMinor === undefined ? null : money(quote.regularPaymentMinor),
    schedule: schedule.rows.map((row) => ({
      number: row.number,
      dueDate: row.dueDate,
      days: row.days,
      principalMinor: wire(row.principalMinor),
      interestMinor: wire(row.interestMinor),
      feesMinor: wire(row.feesMinor),
      totalMinor: wire(row.totalMinor),
      balanceMinor: wire(row.balanceMinor),
    })),
    totals: {
      principalMinor: wire(schedule.totals.principalMinor),
      interestMinor: wire(schedule.totals.interestMinor),
      feesMinor: wire(schedule.totals.feesMinor),
      paymentMinor: wire(schedule.totals.paymentMinor),
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
      amountFinanced: money(disclosure.amountFinancedMinor),
      financeCharge: money(disclosure.financeChargeMinor),
      prepaidFinanceCharges: money(disclosure.prepaidFinanceChargesMinor),
      totalOfPayments: money(disclosure.totalOfPaymentsMinor),
    },
  };
}
