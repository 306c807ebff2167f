import { z } from "zod";
import { maxAmount } from "../money/index.js";
import { productRoundingModes } from "./vocabulary.js";

/** A product's `rounding`: how computed amounts are rounded. */
export const roundingSchema = z
  .strictObject({
    decimalPlaces: z
      .int()
      .min(0)
      .max(4)
      .optional()
      .describe(
        "Decimal places amounts are rounded to; at most the currency's minor-unit digits (default: all of them)",
      ),
    installmentMultiple: z
      .int()
      .min(1)
      .max(maxAmount)
      .default(1)
      .describe(
        "Installments are rounded to a multiple of this many minor units (1 = to the cent, 100 = whole dollars)",
      ),
    mode: z.enum(productRoundingModes).default("half-up").describe("Rounding mode for installments and interest"),
    multipleAppliesTo: z
      .enum(["all", "level-installments"])
      .optional()
      .describe("all (default): the multiple also rounds equal-principal's principal; level-installments: it does not"),
    levelPaymentRates: z
      .enum(["regular", "actual"])
      .optional()
      .describe(
        "regular (default): the level payment is solved from rate / periods a year; actual: from each period's own " +
          "rate (its actual days when interest accrues daily)",
      ),
    interestRounding: z
      .enum(["per-period", "per-sub-period"])
      .optional()
      .describe(
        "Servicing: accrued interest rounded once per period (per-period, default) or per sub-period between " +
          "balance changes (per-sub-period)",
      ),
    isLastInstallmentAdjusted: z
      .boolean()
      .optional()
      .describe("Re-pick the level payment so the last installment is as close as possible to it; default false"),
  })
  .describe("Rounding of computed amounts; the last installment absorbs the difference");
