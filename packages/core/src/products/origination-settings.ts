import { z } from "zod";
import { maxAmount } from "../money/index.js";

const hours = z.int().min(1).max(8_760);

/** The lifecycle states an application can wait in, each with an optional SLA in hours. */
const stageSlaHoursSchema = z
  .strictObject({
    draft: hours.optional(),
    submitted: hours.optional(),
    in_review: hours.optional(),
    referred: hours.optional(),
    approved: hours.optional(),
    offered: hours.optional(),
    accepted: hours.optional(),
    closing: hours.optional(),
  })
  .describe(
    "Hours an application may stay in each lifecycle state before the pipeline report counts an SLA breach; " +
      "states not listed have none",
  );

/**
 * A product's origination settings: who may approve a referral alone, how long offers stay open and the SLA
 * of each application state.
 *
 * @example originationSchema.parse({ approvalAuthorityLimit: 2_500_000, stageSlaHours: { in_review: 48 } })
 */
export const originationSchema = z
  .strictObject({
    approvalAuthorityLimit: z
      .int()
      .min(0)
      .max(maxAmount)
      .optional()
      .describe(
        "Largest amount one underwriter may approve on a referral, integer minor units; above it two different " +
          "people must approve (four-eyes). Absent: one approval always suffices",
      ),
    offerValidDays: z
      .int()
      .min(1)
      .max(366)
      .optional()
      .describe("Days an offer stays open, from when it is made; default 30"),
    stageSlaHours: stageSlaHoursSchema.optional(),
  })
  .describe("How applications for this product are approved and offered");
