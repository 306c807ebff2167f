import { z } from "@hono/zod-openapi";
import {
  fraudAlertTypes,
  paymentHistoryCodes,
  permissiblePurposes,
  publicRecordTypes,
  tradelineStatuses,
  tradelineTypes,
} from "@lendstack/core/credit-reporting";
import { idSchema } from "../http/id-schema.js";

const minor = (description: string) =>
  z.int().openapi({ description: `${description}; minor units of the report's currency` });
const day = (description: string) => z.string().openapi({ description: `${description}; YYYY-MM-DD` });

/** The FCRA § 604 purposes (registered as `PermissiblePurpose`). */
export const permissiblePurposeSchema = z.enum(permissiblePurposes).openapi("PermissiblePurpose", {
  description:
    "Why the report is obtained, FCRA § 604(a) (15 U.S.C. 1681b(a)): court_order (a)(1), written_instructions (a)(2), credit_transaction (a)(3)(A), account_review (a)(3)(A)/(F)(ii), employment (a)(3)(B), insurance_underwriting (a)(3)(C), government_license_or_benefit (a)(3)(D), investor_valuation (a)(3)(E), legitimate_business_need (a)(3)(F)(i), child_support (a)(4)-(5).",
});

const consentShape = {
  disclosureVersion: z
    .string()
    .min(1)
    .max(40)
    .openapi({ description: "Version of the disclosure the consumer saw", example: "2026-01" }),
  acceptedAt: z.iso
    .datetime()
    .max(40)
    .openapi({ description: "UTC instant the consumer agreed", example: "2026-03-02T14:05:00Z" }),
  ipAddress: z
    .string()
    .min(1)
    .max(45)
    .openapi({ description: "IPv4 or IPv6 address it came from", example: "203.0.113.7" }),
};

/** Body of `POST /v1/parties/{partyId}/credit-reports` (registered as `CreditReportPull`). */
export const pullCreditReportSchema = z
  .strictObject({
    kind: z
      .enum(["soft", "hard"])
      .openapi({ description: "soft: no inquiry other lenders see; hard: an inquiry on the file" }),
    permissiblePurpose: permissiblePurposeSchema,
    applicationId: idSchema("app").optional().openapi({
      description:
        "The application the report is for; its `consents` must hold the party's `credit_report` consent unless `consent` is given",
    }),
    consent: z.strictObject(consentShape).optional().openapi("CreditReportConsentGiven", {
      description: "The consumer's consent given with the pull (required when no linked application holds one)",
    }),
  })
  .openapi("CreditReportPull");

const scoreFactorSchema = z
  .object({ code: z.string(), description: z.string(), isInquiries: z.boolean() })
  .openapi("ScoreFactor");

const tradelineSchema = z
  .object({
    accountReference: z.string().openapi({ description: "The bureau's masked account number", example: "****2003" }),
    creditor: z.string(),
    type: z.enum(tradelineTypes),
    status: z.enum(tradelineStatuses),
    openedOn: day("When the account was opened"),
    balance: minor("Balance owed"),
    creditLimit: minor("Credit limit (or original amount)").nullable(),
    monthlyPayment: minor("Scheduled monthly payment").nullable(),
    paymentHistory: z.array(z.enum(paymentHistoryCodes)).openapi({ description: "Up to 24 months, most recent first" }),
  })
  .openapi("Tradeline");

/** The normalised report (registered as `CreditReportContents`): only on `GET /v1/credit-reports/{id}`. */
export const reportContentsSchema = z
  .object({
    bureau: z.string(),
    currency: z.string().openapi({ example: "USD" }),
    taxId: z.string().openapi({ description: "Masked: the last four digits only", example: "***-**-0001" }),
    score: z
      .object({
        model: z.string(),
        value: z.int(),
        rangeLow: z.int(),
        rangeHigh: z.int(),
        factors: z.array(scoreFactorSchema),
      })
      .nullable()
      .openapi({ description: "Null on a file too thin to score" }),
    tradelines: z.array(tradelineSchema),
    inquiries: z.array(z.object({ inquiredOn: day("Date of the inquiry"), subscriber: z.string() })),
    publicRecords: z.array(
      z.object({
        type: z.enum(publicRecordTypes),
        filedOn: day("When it was filed"),
        status: z.enum(["filed", "discharged", "dismissed", "satisfied"]),
        amount: minor("Amount").nullable(),
      }),
    ),
    fraudAlerts: z.array(
      z.object({
        type: z.enum(fraudAlertTypes),
        placedOn: day("Placed"),
        expiresOn: day("Expires"),
        contactPhone: z.string().nullable(),
      }),
    ),
  })
  .openapi("CreditReportContents");

/** What a decision reads from the report (registered as `CreditReportSummary`). */
export const summarySchema = z
  .object({
    score: z.int().nullable().openapi({ description: "The bureau's score; null on a thin file" }),
    keyFactors: z.array(scoreFactorSchema).openapi({ description: "The score's factors, most important first" }),
    monthlyDebt: minor("Monthly payments of open accounts (5% of a revolving balance reporting none, rounded up)"),
    derogatory: z
      .object({
        late30: z.int(),
        late60: z.int(),
        late90Plus: z.int(),
        chargeOffs: z.int(),
        collections: z.int(),
        publicRecords: z.int(),
        delinquentTradelines: z.int().openapi({ description: "Tradelines with a month 30+ days late in 24 months" }),
        derogatoryItems: z
          .int()
          .openapi({ description: "Tradelines with a late month, charge-off or collection, plus public records" }),
      })
      .openapi({ description: "Late months count the last 24 months of every tradeline" }),
    revolvingUtilization: z.object({
      balance: minor("Open revolving balances reporting a limit"),
      limit: minor("Their limits"),
      basisPoints: z.int().nullable().openapi({
        description: "balance ÷ limit in basis points, rounded half-even; null without limits",
        example: 2793,
      }),
    }),
    inquiriesLast6Months: z.int(),
    hasFraudAlert: z
      .boolean()
      .openapi({ description: "A fraud alert in force on the report's date (verify identity first)" }),
  })
  .openapi("CreditReportSummary");

/** A credit report pulled for a party (registered as `CreditReport`). */
export const creditReportSchema = z
  .object({
    object: z.literal("credit_report"),
    id: z.string().openapi({ example: "crp_01JGFJJZ0000000000000000AB" }),
    partyId: z.string(),
    applicationId: z.string().nullable(),
    kind: z.enum(["soft", "hard"]),
    permissiblePurpose: permissiblePurposeSchema,
    consent: z.object({ source: z.enum(["application", "request"]), ...consentShape }).openapi({
      description: "The consent the pull relied on: the linked application's, or the one given with the pull",
    }),
    provider: z.string().openapi({ description: "The bureau (`sandbox` unless configured)" }),
    providerReference: z.string(),
    status: z.enum(["completed", "frozen"]).openapi({
      description:
        "completed: a report; frozen: the consumer's security freeze (FCRA § 605A(i)) stopped it, see `failure`",
    }),
    failure: z.object({ code: z.string(), message: z.string() }).nullable(),
    reportedOn: day("The report's date"),
    reused: z.boolean().openapi({
      description:
        "On a pull's response: true when a report pulled within the reuse window answered instead of a new pull",
    }),
    summary: summarySchema.nullable(),
    report: reportContentsSchema.nullable().openapi({
      description:
        "The report itself: on `GET /v1/credit-reports/{creditReportId}` only (null in lists and pull responses, which are kept for replays and webhooks)",
    }),
    requestedBy: z.string(),
    createdAt: z.string().openapi({ description: "When it was pulled; UTC ISO 8601 instant" }),
  })
  .openapi("CreditReport");

export type CreditReportBody = z.infer<typeof creditReportSchema>;
export type PullCreditReportRequest = z.infer<typeof pullCreditReportSchema>;

export const partyCreditReportsPathSchema = z.object({ partyId: idSchema("pty", { param: "partyId" }) });
export const creditReportPathSchema = z.object({ creditReportId: idSchema("crp", { param: "creditReportId" }) });
