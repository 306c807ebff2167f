import { z } from "@hono/zod-openapi";
import { metro2ComplianceConditionCodes } from "@lendstack/core/credit-reporting";
import { idSchema } from "../http/id-schema.js";

const counts = (description: string) => z.record(z.string(), z.int()).openapi({ description });

/** The most skipped loans a file's body lists (all are counted in `skippedByReason`). */
export const SKIPPED_LISTED = 100;

/** A Metro 2 file (its text at `…/content`). */
export const metro2FileSchema = z
  .object({
    id: z.string().openapi({ example: "m2f_01JGFJJZ0000000000000000AB" }),
    object: z.literal("metro2_file"),
    month: z.string().openapi({ description: "The reporting month, YYYY-MM", example: "2026-11" }),
    activityDate: z.string().openapi({ description: "The month's last day: every account's date of information" }),
    businessDate: z.string().openapi({ description: "The tenant's business date when it was generated" }),
    accountCount: z.int().openapi({ description: "Base segments (one per reported loan)" }),
    statusCounts: counts("Accounts by Metro 2 status code (11 current, 71-84 past due, 13 paid, 97, 64)"),
    skippedCount: z.int().openapi({ description: "Loans considered and left out" }),
    skippedByReason: counts(
      "Skipped loans by reason: no_borrower_party, borrower_not_individual, no_reportable_address, not_disbursed, closed_before_month (reported closed in an earlier month), replay_failed, invalid_account",
    ),
    skipped: z
      .array(z.object({ loanId: z.string(), reason: z.string() }))
      .openapi({ description: `The first ${SKIPPED_LISTED} skipped loans and why` }),
    totals: counts("The trailer record's figures by field name (totalBaseRecords, totalStatusCode11, …)"),
    recordCount: z.int().openapi({ description: "Lines in the file: header, accounts, trailer" }),
    byteLength: z.int(),
    createdAt: z.string(),
  })
  .openapi("Metro2File");

/** @example const body: Metro2FileBody = toMetro2FileBody(row); */
export type Metro2FileBody = z.infer<typeof metro2FileSchema>;

/** Body of `POST /v1/credit-reporting/metro2-files`. */
export const generateMetro2FileSchema = z
  .strictObject({
    month: z.string().max(7).openapi({
      description: "The month to report, YYYY-MM; it must have ended by the business date",
      example: "2026-11",
    }),
  })
  .openapi("Metro2FileRequest");

/** Path of one file. */
export const metro2FilePathSchema = z.object({ furnishingFileId: idSchema("m2f", { param: "furnishingFileId" }) });

/** A loan's credit reporting: its dispute's compliance condition code. */
export const loanCreditReportingSchema = z
  .object({
    object: z.literal("loan_credit_reporting"),
    loanId: z.string(),
    complianceConditionCode: z.enum(metro2ComplianceConditionCodes).nullable().openapi({
      description: "The code every Metro 2 file reports for the loan while set (XB: disputed, under investigation)",
    }),
    removalPending: z.boolean().openapi({
      description: "A cleared code's XR is due: the next month's file reports XR once to remove it at the bureaus",
    }),
    removalReportedMonth: z.string().nullable().openapi({ description: "The month whose file reported the XR" }),
    updatedAt: z.string().nullable(),
  })
  .openapi("LoanCreditReporting");

/** @example const body: LoanCreditReportingBody = toLoanCreditReportingBody("loan_…", row); */
export type LoanCreditReportingBody = z.infer<typeof loanCreditReportingSchema>;

/** Body of `PUT /v1/loans/{loanId}/credit-reporting`. */
export const setLoanCreditReportingSchema = z
  .strictObject({
    complianceConditionCode: z
      .enum(metro2ComplianceConditionCodes.filter((code) => code !== "XR") as [string, ...string[]])
      .nullable()
      .openapi({ description: "The dispute's code (XA-XJ), or null to clear it (the next file then reports XR)" }),
  })
  .openapi("LoanCreditReportingUpdate");

/** Path of a loan's credit reporting. */
export const loanCreditReportingPathSchema = z.object({ loanId: idSchema("loan", { param: "loanId" }) });
