import { z } from "zod";
import { countSchema, dateSchema, decimalSchema, minorSchema } from "./row-schema.js";

// The JSON form of a row's `opening`: a loan's balances on the migration date `asOf`, as the source
// system reports them, and its remaining schedule. Only the figures every core reports are required;
// the detail (which installments are past due, which charges are owed, where the interest period
// started) follows the documented rules of `opening.ts` unless given.

const installmentSchema = z.strictObject({
  dueDate: dateSchema,
  /** A level installment: principal + interest. */
  amountMinor: minorSchema.exactOptional(),
  /** A principal installment (equal principal, flat, interest-only: 0): the principal it repays. */
  principalMinor: minorSchema.exactOptional(),
  /** Flat loans: the installment's scheduled interest. */
  interestMinor: minorSchema.exactOptional(),
  feesMinor: minorSchema.exactOptional(),
  isInterestDeferred: z.boolean().exactOptional(),
  holidayInterest: z.literal(["capitalize", "defer"]).exactOptional(),
});

const dueSchema = z.strictObject({
  dueDate: dateSchema,
  principalMinor: minorSchema,
  interestMinor: minorSchema,
  isLateFeeAssessed: z.boolean().exactOptional(),
});

const chargeSchema = z.strictObject({
  kind: z.literal(["fee", "penalty"]),
  label: z.string().min(1).max(200).exactOptional(),
  dueDate: dateSchema,
  amountMinor: minorSchema,
  installmentDueDate: dateSchema.exactOptional(),
});

/** A row's `opening`. */
export const openingSchema = z.strictObject({
  asOf: dateSchema,
  /** Principal outstanding, past due and not yet due. */
  principalMinor: minorSchema,
  /** Interest due and unpaid + accrued to `asOf` (not including it) + deferred. */
  interestMinor: minorSchema,
  /** Fees and penalties charged and unpaid. */
  feesMinor: minorSchema,
  daysPastDue: countSchema,
  /** The first installment due after `asOf` (absent once every installment has fallen due). */
  nextDueDate: dateSchema.exactOptional(),
  /** The current rate (default: the terms'). */
  annualRatePercent: decimalSchema.exactOptional(),
  /** The remaining schedule, one entry per installment due after `asOf`, or … */
  installments: z.array(installmentSchema).exactOptional(),
  /** … the terms to re-derive it: the number of installments left and the installment amount. */
  remaining: z
    .strictObject({ numberOfPayments: countSchema, installmentMinor: minorSchema.exactOptional() })
    .exactOptional(),
  /** The past-due amount (principal + interest) when it is not whole installments. */
  pastDueMinor: minorSchema.exactOptional(),
  /** The installments fallen due and unpaid, oldest first (default: by the past-due rule). */
  due: z.array(dueSchema).exactOptional(),
  /** The fees and penalties owed (default: one fee of `feesMinor` due on `asOf`). */
  charges: z.array(chargeSchema).exactOptional(),
  accrualStartDate: dateSchema.exactOptional(),
  accruedInterestMinor: minorSchema.exactOptional(),
  deferredInterestMinor: minorSchema.exactOptional(),
  accruedPenaltyMinor: minorSchema.exactOptional(),
  creditBalanceMinor: minorSchema.exactOptional(),
  gridStartDate: dateSchema.exactOptional(),
  /**
   * Charged off at the source on `date` (on or before `asOf`): the balances above are what it charged
   * off (principal, interest, fees), `recoveredMinor` what it has recovered since (default 0). No
   * installments are to come; payments in the row's history after `asOf` are recoveries.
   */
  chargedOff: z.strictObject({ date: dateSchema, recoveredMinor: minorSchema.exactOptional() }).exactOptional(),
  exact: z
    .strictObject({
      denominatorUnits: minorSchema,
      interestScaledUnits: minorSchema,
      penaltyScaledUnits: minorSchema,
      penaltyThrough: dateSchema,
    })
    .exactOptional(),
});

/** A parsed `opening`. @example const opening: OpeningInput = openingSchema.parse(value); */
export type OpeningInput = z.output<typeof openingSchema>;
