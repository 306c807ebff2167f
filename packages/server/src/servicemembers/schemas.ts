import { z } from "@hono/zod-openapi";
import { businessDate } from "../http/business-date.js";
import { idSchema } from "../http/id-schema.js";

/** Kinds of proof of active duty a servicer accepts. */
export const EVIDENCE_TYPES = ["orders", "dmdc_certificate", "commanding_officer_letter", "other"] as const;

/** Path of `/v1/loans/{loanId}/servicemember`. */
export const servicememberPathSchema = z.object({ loanId: idSchema("loan", { param: "loanId" }) });

const evidenceSchema = z
  .strictObject({
    type: z.enum(EVIDENCE_TYPES).openapi({
      description:
        "orders (a copy of military orders), dmdc_certificate (a Defense Manpower Data Center status report), commanding_officer_letter, other",
    }),
    reference: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .openapi({ description: "The document's number or id, e.g. the DMDC report id", example: "DMDC-2026-0412-88" }),
  })
  .openapi("ServicememberEvidence");

/** Body of `PUT /v1/loans/{loanId}/servicemember`. */
export const setServicememberSchema = z
  .strictObject({
    activeDutyStartDate: businessDate("The first day of active duty; may be in the past", "2026-03-01"),
    activeDutyEndDate: businessDate("The last day of active duty; null or omitted while open", "2026-12-31")
      .nullable()
      .optional(),
    evidence: evidenceSchema,
  })
  .openapi("SetServicememberRequest");

/** A loan's servicemember record. */
export const servicememberSchema = z
  .object({
    object: z.literal("loan_servicemember"),
    loanId: z.string(),
    status: z.enum(["scheduled", "protected", "ended"]).openapi({
      description:
        "As of today's business date: scheduled (service starts later), protected (within the protected period), ended",
    }),
    activeDutyStartDate: z.string(),
    activeDutyEndDate: z.string().nullable().openapi({ description: "null while service is open" }),
    protectedThrough: z.string().nullable().openapi({
      description: "The last protected day: the end of service, one year later for a mortgage; null while open",
    }),
    isMortgage: z.boolean().openapi({ description: "The loan's product is a mortgage (`productType`)" }),
    evidence: evidenceSchema,
    originalRatePercent: z
      .string()
      .nullable()
      .openapi({ description: "The rate in force at the start, restored when protection ends; null when ≤ 6" }),
    cappedRatePercent: z
      .string()
      .nullable()
      .openapi({ description: "The rate while protected (6), percent a year; null when the rate was ≤ 6 already" }),
    startEventIds: z.array(z.string()).openapi({ description: "Loan events recorded at the start" }),
    endEventIds: z
      .array(z.string())
      .openapi({ description: "Loan events recorded for the end (dated the day after `protectedThrough`)" }),
    recordedBy: z.string(),
    endedBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("LoanServicemember");

/** @example const body: SetServicememberRequest = { activeDutyStartDate: "2026-03-01", evidence: { type: "orders", reference: "A-1" } }; */
export type SetServicememberRequest = z.infer<typeof setServicememberSchema>;
/** @example const body: ServicememberBody = toServicememberBody(row, "2026-03-02"); */
export type ServicememberBody = z.infer<typeof servicememberSchema>;
