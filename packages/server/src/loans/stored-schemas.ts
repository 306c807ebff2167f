import { type BusinessCalendar, businessCalendar, type LocalDate, parseLocalDate } from "@lendstack/core/calendar";
import { type Decimal, parseDecimal, roundingModes } from "@lendstack/core/money";
import {
  allocationBuckets,
  allocationStrategies,
  amortizations,
  businessDayConventions,
  dayCountConventions,
  feeBasesByFee,
  feeTreatments,
  frequencySchema,
  interestCalculations,
  interestMethods,
  overpaymentHandlings,
  prepaymentHandlings,
} from "@lendstack/core/products";
import type { ScheduleTermsInput } from "@lendstack/core/schedule";
import type { LoanEvent, ServicingPolicy } from "@lendstack/core/servicing";
import { z } from "zod";

// The stored (jsonb) forms of a loan's documents, as zod schemas whose output is core's type: integers
// of minor units (and core's rate units) are decimal strings, rates are decimal strings, dates are
// `YYYY-MM-DD`. `codec.ts` writes them; these read them back, so a row altered outside the API is
// refused by name instead of reaching replay as a wrong value.

const integerText = z.string().regex(/^-?\d{1,40}$/, "expected an integer as a decimal string");

/** A rate as it is stored in terms: a plain decimal string (core parses it). */
const decimalText = z.string().regex(/^-?\d{1,30}(\.\d{1,30})?$/, "expected a decimal string");

/** Minor units (or core's integer rate units), stored as a decimal string. */
const storedInteger = integerText.transform((text) => BigInt(text));

/** An exact decimal (a rate in percent), stored as a decimal string. */
const storedDecimal = z.string().transform((text, context): Decimal => {
  const parsed = parseDecimal(text);
  if (parsed.ok) return parsed.value;
  context.addIssue({ code: "custom", message: parsed.error.message });
  return z.NEVER;
});

/** A business date `YYYY-MM-DD`. */
const storedDate = z.string().transform((text, context): LocalDate => {
  const parsed = parseLocalDate(text);
  if (parsed.ok) return parsed.value;
  context.addIssue({ code: "custom", message: parsed.error.message });
  return z.NEVER;
});

const count = z.int().min(0);

/** Due dates of a product that moves them are adjusted on a weekends-only calendar (core's default). */
export const weekendsOnly: BusinessCalendar = businessCalendar({ name: "weekends-only", holidays: [] });

/**
 * Stored terms (the business-day calendar by name) as core's `ScheduleTermsInput`; core's
 * `validateScheduleTerms` then checks them as it did when the loan was boarded.
 */
export const storedTermsSchema = z.object({
  currency: z.string(),
  principalMinor: storedInteger,
  annualRatePercent: decimalText,
  disbursementDate: z.iso.date(),
  firstPaymentDate: z.iso.date(),
  numberOfPayments: count,
  frequency: frequencySchema,
  interestMethod: z.literal(interestMethods),
  amortization: z.literal(amortizations),
  interestCalculation: z.literal(interestCalculations),
  dayCount: z.literal(dayCountConventions),
  balloonMinor: storedInteger.exactOptional(),
  principalGracePeriods: count.exactOptional(),
  interestGracePeriods: count.exactOptional(),
  rounding: z.object({
    installmentMultipleMinor: storedInteger,
    mode: z.literal(roundingModes),
    interestMode: z.literal(roundingModes),
    multipleAppliesTo: z.literal(["all", "level-installments"]).exactOptional(),
  }),
  businessDays: z
    .object({
      calendar: z.literal(weekendsOnly.name).transform(() => weekendsOnly),
      convention: z.literal(businessDayConventions),
    })
    .exactOptional(),
  feesPerInstallmentMinor: storedInteger.exactOptional(),
  levelPaymentRates: z.literal(["regular", "actual"]).exactOptional(),
  isLastInstallmentAdjusted: z.boolean().exactOptional(),
  brokenPeriodInterest: z.literal(["day-count", "actual-days-of-period"]).exactOptional(),
  downPayment: z.object({ amountMinor: storedInteger, isCollectedAtDisbursement: z.boolean() }).exactOptional(),
}) satisfies z.ZodType<ScheduleTermsInput, unknown>;

const feeRule = z.discriminatedUnion("type", [
  z.object({ type: z.literal("flat"), amountMinor: storedInteger }),
  z.object({
    type: z.literal("percent"),
    percent: storedDecimal,
    minMinor: storedInteger.exactOptional(),
    maxMinor: storedInteger.exactOptional(),
    rounding: z.literal(roundingModes),
  }),
]);

/** A stored servicing policy as core's `ServicingPolicy`. */
export const storedPolicySchema = z.object({
  waterfall: z.array(z.literal(allocationBuckets)),
  allocation: z.literal(allocationStrategies),
  overpayment: z.literal(overpaymentHandlings),
  prepayment: z.literal(prepaymentHandlings),
  prepaymentChoices: z.array(z.literal(prepaymentHandlings)).exactOptional(),
  lateFee: z
    .object({
      rule: feeRule,
      graceDays: count,
      base: z.literal(["principal", "principal-and-interest", "overdue-amount"]).exactOptional(),
      assessment: z.literal(["day-after-grace", "last-grace-day"]).exactOptional(),
    })
    .exactOptional(),
  nsfFee: feeRule.exactOptional(),
  delinquencyBuckets: z.array(
    z.object({ name: z.string(), minDaysPastDue: count, maxDaysPastDue: count.exactOptional() }),
  ),
  nonPerformingAfterDays: count,
  accountingBasis: z.literal(["accrual", "cash"]),
  penaltyInterest: z.object({ rateUnits: storedInteger, graceDays: count }).exactOptional(),
  prepaymentFee: z.object({ rule: feeRule, base: z.literal(feeBasesByFee.prepayment) }).exactOptional(),
  interestAfterMaturity: z.literal(["each-period", "at-payoff"]).exactOptional(),
  payoffInterest: z.literal(["to-payoff-date", "to-period-end"]).exactOptional(),
  interestRounding: z.literal(["per-period", "per-sub-period"]).exactOptional(),
  flatReschedule: z.literal(["flat", "declining-balance", "legacy"]).exactOptional(),
  statementFormat: z.literal(["standard", "mortgage"]).exactOptional(),
  maxCreditBalanceMinor: storedInteger.exactOptional(),
}) satisfies z.ZodType<ServicingPolicy, unknown>;

/** What every event has: its id, effective date and posting sequence (columns of its row). */
const eventBase = { id: z.string(), effectiveDate: storedDate, postedAt: z.int() };
const amount = { amountMinor: storedInteger };

/** A stored event (its row's columns with its payload's fields) as core's `LoanEvent`. */
export const storedEventSchema = z.discriminatedUnion("type", [
  z.object({
    ...eventBase,
    type: z.literal("disbursement"),
    ...amount,
    deductedFeesMinor: storedInteger.exactOptional(),
    prepaidFeesMinor: storedInteger.exactOptional(),
  }),
  z.object({
    ...eventBase,
    type: z.literal("payment"),
    ...amount,
    prepayment: z.literal(prepaymentHandlings).exactOptional(),
  }),
  z.object({
    ...eventBase,
    type: z.literal("payment-reversal"),
    transactionId: z.string(),
    amountMinor: storedInteger.exactOptional(),
    nsf: z.boolean().exactOptional(),
    nsfFeeMinor: storedInteger.exactOptional(),
  }),
  z.object({ ...eventBase, type: z.literal("refund"), ...amount }),
  z.object({ ...eventBase, type: z.literal("fee-charge"), ...amount, feeType: z.string().exactOptional() }),
  z.object({ ...eventBase, type: z.literal("fee-waiver"), chargeId: z.string(), ...amount }),
  z.object({
    ...eventBase,
    type: z.literal("rate-change"),
    rate: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("fixed"), annualRatePercent: storedDecimal }),
      z.object({
        kind: z.literal("indexed"),
        indexRatePercent: storedDecimal,
        marginPercent: storedDecimal,
        floorPercent: storedDecimal.exactOptional(),
        capPercent: storedDecimal.exactOptional(),
      }),
    ]),
  }),
  z.object({
    ...eventBase,
    type: z.literal("payment-holiday"),
    installments: count,
    interest: z.literal(["capitalize", "defer"]),
  }),
  z.object({
    ...eventBase,
    type: z.literal("reschedule"),
    firstPaymentDate: storedDate,
    numberOfPayments: count,
    annualRatePercent: storedDecimal.exactOptional(),
    installmentMinor: storedInteger.exactOptional(),
    capitalizeArrears: z.boolean().exactOptional(),
  }),
  z.object({ ...eventBase, type: z.literal("charge-off") }),
  z.object({ ...eventBase, type: z.literal("recovery"), ...amount }),
  z.object({ ...eventBase, type: z.literal("write-off") }),
  z.object({
    ...eventBase,
    type: z.literal("opening-balance"),
    annualRatePercent: storedDecimal,
    principalMinor: storedInteger,
    due: z.array(
      z.object({
        dueDate: storedDate,
        principalMinor: storedInteger,
        interestMinor: storedInteger,
        isLateFeeAssessed: z.boolean(),
      }),
    ),
    schedule: z.array(
      z.object({
        dueDate: storedDate,
        kind: z.literal(["level", "principal"]),
        plannedMinor: storedInteger,
        plannedInterestMinor: storedInteger.exactOptional(),
        plannedFeesMinor: storedInteger.exactOptional(),
        isInterestDeferred: z.boolean().exactOptional(),
        holidayInterest: z.literal(["capitalize", "defer"]).exactOptional(),
      }),
    ),
    charges: z.array(
      z.object({
        kind: z.literal(["fee", "penalty"]),
        label: z.string(),
        dueDate: storedDate,
        amountMinor: storedInteger,
        installmentDueDate: storedDate.exactOptional(),
      }),
    ),
    accrualStartDate: storedDate,
    accruedInterestMinor: storedInteger,
    deferredInterestMinor: storedInteger.exactOptional(),
    accruedPenaltyMinor: storedInteger.exactOptional(),
    creditBalanceMinor: storedInteger.exactOptional(),
    gridStartDate: storedDate.exactOptional(),
    chargedOff: z.object({ date: storedDate, recoveredMinor: storedInteger }).exactOptional(),
    exact: z
      .object({
        denominatorUnits: storedInteger,
        interestScaledUnits: storedInteger,
        penaltyScaledUnits: storedInteger,
        penaltyThrough: storedDate,
      })
      .exactOptional(),
  }),
  z.object({ ...eventBase, type: z.literal("scra-protection"), phase: z.literal(["start", "end"]) }),
  z.object({
    ...eventBase,
    type: z.literal("settlement"),
    phase: z.literal(["start", "end"]),
    settlementId: z.string(),
  }),
  z.object({ ...eventBase, type: z.literal("settlement-forgiveness"), settlementId: z.string() }),
]) satisfies z.ZodType<LoanEvent, unknown>;

/** What boarding recorded beside the terms: the amount asked for and the origination fee, if any. */
export const storedBoardingSchema = z.object({
  requestedAmountMinor: storedInteger.exactOptional(),
  originationFee: z.object({ amountMinor: storedInteger, treatment: z.literal(feeTreatments) }).exactOptional(),
});
