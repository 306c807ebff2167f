import { z } from "zod";
import type { RoundingMode } from "../money/index.js";
import { dec, decimal, maxAmount, multiplyByRate } from "../money/index.js";

/** A product's `downPayment`: a first installment at origination (BNPL pay-in-4 style), an amount or a percent. */
export const downPaymentSchema = z
  .strictObject({
    amount: z
      .int()
      .min(1)
      .max(maxAmount)
      .optional()
      .describe("The down payment, integer minor units of the loan's currency; give this or percent"),
    percent: z
      .string()
      .max(10)
      .regex(/^\d{1,2}(\.\d{1,6})?$/, { error: 'expected a percent below 100 as a decimal string, e.g. "25"' })
      .optional()
      .describe('The down payment as a percent of the requested amount ("25" is 25 %), rounded by rounding.mode'),
    isCollectedAtDisbursement: z
      .boolean()
      .default(false)
      .describe(
        "true: collected at once at disbursement, so it is not credit (the amount financed is net of it); " +
          "false: an installment due on the disbursement date",
      ),
  })
  .refine((down) => (down.amount === undefined) !== (down.percent === undefined), {
    error: "give exactly one of amount and percent",
  })
  .describe(
    "A first installment due on the disbursement date; the other installments amortize the rest of the principal",
  );

/** A product's down payment (the schema's output). */
export type ProductDownPayment = z.output<typeof downPaymentSchema>;

/**
 * The down payment on a requested amount, in minor units: the amount, or `percent` % of the requested amount
 * rounded once by `mode`.
 *
 * @example downPaymentMinor({ percent: "25", isCollectedAtDisbursement: true }, 40_001n, "half-up") === 10_000n
 */
export function downPaymentMinor(
  downPayment: { readonly amount?: number | undefined; readonly percent?: string | undefined },
  amountMinor: bigint,
  mode: RoundingMode,
): bigint {
  if (downPayment.amount !== undefined) return BigInt(downPayment.amount);
  const percent = dec(downPayment.percent ?? "0"); // the schema's pattern always parses
  return multiplyByRate(amountMinor, decimal(percent.units, percent.scale + 2), mode);
}
