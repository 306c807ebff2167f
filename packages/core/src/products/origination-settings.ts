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

const line = (max: number) => z.string().trim().min(1).max(max);

/** A named organization with its postal address, as a notice prints it. */
const namedPartySchema = z.strictObject({
  name: line(200),
  address: z.strictObject({
    line1: line(200),
    line2: line(200).optional(),
    city: line(100),
    region: line(100).optional(),
    postalCode: line(20).optional(),
    country: z
      .string()
      .length(2)
      .regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 country code")
      .describe("ISO 3166-1 alpha-2"),
  }),
  phone: line(40).optional(),
});

/**
 * Who an adverse-action notice names (Regulation B § 1002.9): the creditor, the federal agency that
 * administers ECOA compliance for it, and — when the decision used a credit score — the consumer reporting
 * agency and the score's range (FCRA § 615(a)).
 */
const adverseActionSchema = z
  .strictObject({
    creditor: namedPartySchema.describe("The creditor as the notice names it"),
    ecoaAgency: namedPartySchema.describe("The federal agency that administers ECOA compliance (Reg B Appendix A)"),
    creditReportingAgency: namedPartySchema
      .extend({
        scoreRangeLow: z.int().min(0).max(10_000).default(300),
        scoreRangeHigh: z.int().min(1).max(10_000).default(850),
      })
      .optional()
      .describe("The consumer reporting agency whose score the decisions use; the notice discloses the score"),
  })
  .describe("What a declined application's adverse-action notice names");

/**
 * A product's origination settings: who may approve a referral alone, how long offers stay open, the SLA
 * of each application state, and who a decline's adverse-action notice names.
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
    adverseAction: adverseActionSchema.optional(),
  })
  .describe("How applications for this product are approved and offered");
