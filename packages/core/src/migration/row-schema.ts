import { z } from "zod";
import { businessCalendar, type LocalDate, parseLocalDate } from "../calendar/index.js";
import { type Decimal, parseDecimal, roundingModes } from "../money/index.js";
import {
  allocationBuckets,
  allocationStrategies,
  amortizations,
  businessDayConventions,
  dayCountConventions,
  feeBasesByFee,
  frequencySchema,
  interestCalculations,
  interestMethods,
  overpaymentHandlings,
  prepaymentHandlings,
} from "../products/index.js";

// The JSON form of an import row. Money (keys ending in `Minor`) and core's rate units (`rateUnits`) are
// whole numbers as decimal strings (or safe JSON integers); rates (keys ending in `Percent`) are decimal
// strings; dates are `YYYY-MM-DD`. Counts and booleans also accept their text ("12", "true") so a CSV
// cell maps onto the same object. Nothing passes through a float.

const integerText = z.string().regex(/^-?\d{1,30}$/, "expected a whole number as a decimal string");

/** Minor units (or rate units): a decimal string or a safe integer. */
export const minorSchema = z.union([integerText, z.int(), z.bigint()]).transform((value) => BigInt(value));

/** A count (installments, days): a non-negative integer or its decimal text. */
export const countSchema = z.union([
  z.int().min(0),
  z
    .string()
    .regex(/^\d{1,9}$/, "expected a non-negative whole number")
    .transform(Number),
]);

const booleanSchema = z.union([z.boolean(), z.literal(["true", "false"]).transform((text) => text === "true")]);

/** A rate in percent as an exact decimal string. */
export const decimalSchema = z.string().transform((text, context): Decimal => {
  const parsed = parseDecimal(text);
  if (parsed.ok) return parsed.value;
  context.addIssue({ code: "custom", message: parsed.error.message });
  return z.NEVER;
});

/** A business date `YYYY-MM-DD`. */
export const dateSchema = z.string().transform((text, context): LocalDate => {
  const parsed = parseLocalDate(text);
  if (parsed.ok) return parsed.value;
  context.addIssue({ code: "custom", message: parsed.error.message });
  return z.NEVER;
});

/** The one business-day calendar an import can name (core's default: Saturdays and Sundays). */
export const weekendsOnly = businessCalendar({ name: "weekends-only", holidays: [] });

/** Terms as core's `ScheduleTermsInput` (rates and dates still text); `validateScheduleTerms` checks the rest. */
export const termsSchema = z.strictObject({
  currency: z.string().regex(/^[A-Z]{3}$/, "expected an ISO 4217 code"),
  principalMinor: minorSchema,
  annualRatePercent: z.string(),
  disbursementDate: z.iso.date(),
  firstPaymentDate: z.iso.date(),
  numberOfPayments: countSchema,
  frequency: frequencySchema,
  interestMethod: z.literal(interestMethods),
  amortization: z.literal(amortizations),
  interestCalculation: z.literal(interestCalculations),
  dayCount: z.literal(dayCountConventions),
  balloonMinor: minorSchema.exactOptional(),
  principalGracePeriods: countSchema.exactOptional(),
  interestGracePeriods: countSchema.exactOptional(),
  rounding: z.strictObject({
    installmentMultipleMinor: minorSchema,
    mode: z.literal(roundingModes),
    interestMode: z.literal(roundingModes),
    multipleAppliesTo: z.literal(["all", "level-installments"]).exactOptional(),
  }),
  businessDays: z
    .strictObject({
      calendar: z.literal(weekendsOnly.name).transform(() => weekendsOnly),
      convention: z.literal(businessDayConventions),
    })
    .exactOptional(),
  feesPerInstallmentMinor: minorSchema.exactOptional(),
  levelPaymentRates: z.literal(["regular", "actual"]).exactOptional(),
  isLastInstallmentAdjusted: booleanSchema.exactOptional(),
  brokenPeriodInterest: z.literal(["day-count", "actual-days-of-period"]).exactOptional(),
  downPayment: z.strictObject({ amountMinor: minorSchema, isCollectedAtDisbursement: booleanSchema }).exactOptional(),
});

const feeRuleSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("flat"), amountMinor: minorSchema }),
  z.strictObject({
    type: z.literal("percent"),
    percent: decimalSchema,
    minMinor: minorSchema.exactOptional(),
    maxMinor: minorSchema.exactOptional(),
    rounding: z.literal(roundingModes),
  }),
]);

/** Core's `ServicingPolicy` in its JSON form. */
export const policySchema = z.strictObject({
  waterfall: z.array(z.literal(allocationBuckets)),
  allocation: z.literal(allocationStrategies),
  overpayment: z.literal(overpaymentHandlings),
  prepaymentChoices: z.array(z.literal(prepaymentHandlings)).exactOptional(),
  prepayment: z.literal(prepaymentHandlings),
  lateFee: z
    .strictObject({
      rule: feeRuleSchema,
      graceDays: countSchema,
      base: z.literal(["principal", "principal-and-interest", "overdue-amount"]).exactOptional(),
      assessment: z.literal(["day-after-grace", "last-grace-day"]).exactOptional(),
    })
    .exactOptional(),
  nsfFee: feeRuleSchema.exactOptional(),
  delinquencyBuckets: z.array(
    z.strictObject({ name: z.string(), minDaysPastDue: countSchema, maxDaysPastDue: countSchema.exactOptional() }),
  ),
  nonPerformingAfterDays: countSchema,
  accountingBasis: z.literal(["accrual", "cash"]),
  penaltyInterest: z.strictObject({ rateUnits: minorSchema, graceDays: countSchema }).exactOptional(),
  prepaymentFee: z.strictObject({ rule: feeRuleSchema, base: z.literal(feeBasesByFee.prepayment) }).exactOptional(),
  interestAfterMaturity: z.literal(["each-period", "at-payoff"]).exactOptional(),
  payoffInterest: z.literal(["to-payoff-date", "to-period-end"]).exactOptional(),
  interestRounding: z.literal(["per-period", "per-sub-period"]).exactOptional(),
  flatReschedule: z.literal(["flat", "declining-balance", "legacy"]).exactOptional(),
  statementFormat: z.literal(["standard", "mortgage"]).exactOptional(),
  maxCreditBalanceMinor: minorSchema.exactOptional(),
});

const base = {
  id: z.string().min(1).max(200),
  effectiveDate: dateSchema,
  postedAt: z.int().min(0).exactOptional(),
};
const amount = { amountMinor: minorSchema };
const rateSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("fixed"), annualRatePercent: decimalSchema }),
  z.strictObject({
    kind: z.literal("indexed"),
    indexRatePercent: decimalSchema,
    marginPercent: decimalSchema,
    floorPercent: decimalSchema.exactOptional(),
    capPercent: decimalSchema.exactOptional(),
  }),
]);

/** One history entry as core's `LoanEvent`. */
export const eventSchema = z.discriminatedUnion("type", [
  z.strictObject({
    ...base,
    type: z.literal("disbursement"),
    ...amount,
    deductedFeesMinor: minorSchema.exactOptional(),
    prepaidFeesMinor: minorSchema.exactOptional(),
  }),
  z.strictObject({ ...base, type: z.literal("payment"), ...amount }),
  z.strictObject({
    ...base,
    type: z.literal("payment-reversal"),
    transactionId: z.string(),
    nsf: z.boolean().exactOptional(),
    nsfFeeMinor: minorSchema.exactOptional(),
  }),
  z.strictObject({ ...base, type: z.literal("refund"), ...amount }),
  z.strictObject({ ...base, type: z.literal("fee-charge"), ...amount, feeType: z.string().exactOptional() }),
  z.strictObject({ ...base, type: z.literal("fee-waiver"), chargeId: z.string(), ...amount }),
  z.strictObject({ ...base, type: z.literal("rate-change"), rate: rateSchema }),
  z.strictObject({
    ...base,
    type: z.literal("payment-holiday"),
    installments: z.int().min(1),
    interest: z.literal(["capitalize", "defer"]),
  }),
  z.strictObject({
    ...base,
    type: z.literal("reschedule"),
    firstPaymentDate: dateSchema,
    numberOfPayments: z.int().min(1),
    annualRatePercent: decimalSchema.exactOptional(),
    installmentMinor: minorSchema.exactOptional(),
    capitalizeArrears: z.boolean().exactOptional(),
  }),
  z.strictObject({ ...base, type: z.literal("charge-off") }),
  z.strictObject({ ...base, type: z.literal("recovery"), ...amount }),
  z.strictObject({ ...base, type: z.literal("write-off") }),
]);

/** The source system's figures as of `asOf`; each one given is compared, the others are not. */
export const sourceFiguresSchema = z.strictObject({
  asOf: dateSchema,
  principalMinor: minorSchema.exactOptional(),
  interestMinor: minorSchema.exactOptional(),
  feesMinor: minorSchema.exactOptional(),
  payoffMinor: minorSchema.exactOptional(),
  daysPastDue: countSchema.exactOptional(),
  nextInstallmentDate: dateSchema.exactOptional(),
  nextInstallmentMinor: minorSchema.exactOptional(),
});

/** The row's envelope: terms and policy are merged with the product's before their own schemas. */
export const envelopeSchema = z.strictObject({
  sourceId: z.string().min(1).max(200),
  borrowerReference: z.string().min(1).max(200),
  productId: z.string().min(1).max(200).exactOptional(),
  terms: z.record(z.string(), z.unknown()).exactOptional(),
  policy: z.record(z.string(), z.unknown()).exactOptional(),
  history: z.array(z.unknown()).exactOptional(),
  opening: z.unknown().exactOptional(),
  sourceFigures: z.unknown().exactOptional(),
});
