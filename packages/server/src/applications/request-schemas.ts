import { z } from "@hono/zod-openapi";
import { applicantRoles, consentTypes, realEstateOccupancies } from "@lendstack/core/origination";
import { boundedRecord } from "../http/bounded-record.js";
import { idSchema } from "../http/id-schema.js";
import { amountSchema, count, currencySchema, maxVersion } from "../http/money.js";

// Request bodies of /v1/applications: shapes and bounds only. Whether a draft is complete enough to submit
// is core's `checkCompleteness`, run on submit so that every missing item is listed in one answer.

const text = (max: number, description: string, example?: string) =>
  z
    .string()
    .min(1)
    .max(max)
    .openapi({ description, ...(example === undefined ? {} : { example }) });

const applicantSchema = z
  .strictObject({
    partyId: idSchema("pty"),
    role: z.enum(applicantRoles).openapi({ description: "Exactly one applicant is primary" }),
  })
  .openapi("Applicant");

const addressSchema = z
  .strictObject({
    line1: text(200, "Street address").optional(),
    line2: text(200, "Apartment, suite, unit").optional(),
    city: text(100, "City").optional(),
    region: text(100, "State or region").optional(),
    postalCode: text(20, "ZIP or postal code").optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .max(2)
      .optional()
      .openapi({ description: "ISO 3166-1 alpha-2" }),
  })
  .openapi("CollateralAddress");

const vehicleSchema = z.strictObject({
  type: z.literal("vehicle"),
  vin: z
    .string()
    .max(17)
    .optional()
    .openapi({ description: "17 characters with a valid check digit", example: "1M8GDM9AXKP042788" }),
  year: z.int().min(1886).max(2200).optional(),
  make: text(60, "Make").optional(),
  model: text(60, "Model").optional(),
  mileage: z.int().min(0).max(10_000_000).optional(),
  value: amountSchema("The vehicle's value").optional(),
});

const realEstateSchema = z.strictObject({
  type: z.literal("real_estate"),
  address: addressSchema.optional(),
  propertyType: text(60, "single_family, condo, multi_family, manufactured…").optional(),
  occupancy: z.enum(realEstateOccupancies).optional(),
  appraisedValue: amountSchema("The appraised value").optional(),
});

const collateralSchema = z
  .discriminatedUnion("type", [vehicleSchema, realEstateSchema, z.strictObject({ type: z.literal("none") })])
  .openapi("ApplicationCollateral", { description: "What secures the loan; `{ type: none }` for an unsecured loan" });

const debtSchema = z
  .strictObject({
    kind: text(40, "auto, mortgage, credit_card, student, personal, other", "auto").optional(),
    creditor: text(120, "Who is owed").optional(),
    balance: amountSchema("Outstanding balance").optional(),
    monthlyPayment: amountSchema("Monthly payment").optional(),
  })
  .openapi("DeclaredDebt");

const assetSchema = z
  .strictObject({
    kind: text(40, "checking, savings, retirement, brokerage, other", "checking").optional(),
    description: text(200, "What it is").optional(),
    value: amountSchema("Value").optional(),
  })
  .openapi("DeclaredAsset");

const consentSchema = z
  .strictObject({
    type: z.enum(consentTypes),
    partyId: idSchema("pty"),
    disclosureVersion: text(40, "Version of the disclosure text the applicant saw", "2026-01"),
    acceptedAt: z
      .string()
      .max(40)
      .openapi({ description: "UTC instant the applicant agreed", example: "2026-03-02T14:05:00Z" }),
    ipAddress: z.string().max(45).openapi({ description: "IPv4 or IPv6 address it came from", example: "203.0.113.7" }),
  })
  .openapi("ApplicationConsent");

/** The fields of an application's form; every one may be absent while it is a draft. */
const formShape = {
  productId: idSchema("prd").optional(),
  amount: amountSchema("Requested amount", { example: 2_500_000 }).optional(),
  currency: currencySchema.optional(),
  numberOfPayments: count("Requested term, in installments at the product's frequency", 60).optional(),
  purpose: text(200, "What the loan is for", "vehicle_purchase").optional(),
  applicants: z.array(applicantSchema).max(10).optional(),
  collateral: collateralSchema.optional(),
  debts: z.array(debtSchema).max(100).optional().openapi({ description: "Declared debts; an empty list is an answer" }),
  assets: z
    .array(assetSchema)
    .max(100)
    .optional()
    .openapi({ description: "Declared assets; an empty list is an answer" }),
  consents: z.array(consentSchema).max(20).optional(),
  channel: text(40, "web, branch, phone, partner…", "web").optional(),
  referringPartner: text(120, "The partner that referred the applicant").optional(),
};

/** Body of `POST /v1/applications`: a draft. @example { productId: "prd_…", amount: 2500000, currency: "USD" } */
export const createApplicationSchema = z
  .strictObject({ ...formShape, assignee: text(200, "Who works the application").optional() })
  .openapi("ApplicationCreate");

/** Body of `PATCH /v1/applications/{applicationId}` (drafts only): the fields given replace the stored ones. */
export const updateApplicationSchema = z
  .strictObject({ ...formShape, assignee: text(200, "Who works the application").optional() })
  .openapi("ApplicationUpdate");

/** An application's form as stored and returned. */
export type ApplicationFormInput = z.infer<typeof createApplicationSchema>;

/** Path parameters of `/v1/applications/{applicationId}…`. */
export const applicationPathSchema = z.object({ applicationId: idSchema("app", { param: "applicationId" }) });

/** Path parameters of `/v1/applications/{applicationId}/offers/{offerId}…`. */
export const offerPathSchema = z.object({
  applicationId: idSchema("app", { param: "applicationId" }),
  offerId: idSchema("ofr", { param: "offerId" }),
});

/** Body of `POST /v1/applications/{applicationId}/decision`. */
export const decideApplicationSchema = z
  .strictObject({
    ruleSetId: idSchema("rls"),
    version: z.int().min(1).max(maxVersion).optional().openapi({ description: "Default the newest published" }),
    facts: boundedRecord(z.unknown(), { maxProperties: 200, keyMaxLength: 64 })
      .optional()
      .openapi({
        description:
          "Facts the application cannot supply (a bureau score, say). The application supplies `requestedAmount`, `numberOfPayments`, `proposedPayment`, `collateralValue`, `ltvPercent`, `monthlyDebtPayments`, `monthlyIncome` and `dtiPercent` for the inputs the rule set declares; a fact given here wins.",
        example: { creditScore: 712, state: "CA" },
      }),
  })
  .openapi("ApplicationDecisionInput");

/** Body of `POST /v1/applications/{applicationId}/decline`. */
export const declineApplicationSchema = z
  .strictObject({
    reasonCodes: z.array(text(64, "A reason code of the rule set's reason statements")).min(1).max(10),
    note: text(2000, "Why").optional(),
  })
  .openapi("ApplicationDeclineInput");

/** Body of `POST /v1/applications/{applicationId}/offers/{offerId}/counter`. */
export const counterOfferSchema = z
  .strictObject({
    amount: amountSchema("The amount offered instead", { min: 1 }).optional(),
    numberOfPayments: count("The term offered instead", 48).optional(),
    ratePercent: z
      .string()
      .max(32)
      .optional()
      .openapi({ description: "The rate offered instead, percent a year", example: "9.49" }),
  })
  .openapi("CounterOfferInput");

/** Body of `POST /v1/applications/{applicationId}/closing`. */
export const startClosingSchema = z
  .strictObject({
    fundingDate: z.string().max(10).openapi({
      description: "Business date the loan is to be funded; YYYY-MM-DD",
      format: "date",
      example: "2026-03-16",
    }),
  })
  .openapi("StartClosingInput");

/** Body of `POST /v1/applications/{applicationId}/fund`. */
export const fundApplicationSchema = z
  .strictObject({
    method: z
      .enum(["ach", "wire", "check", "merchant_settlement"])
      .openapi({ description: "How the proceeds are paid out" }),
    payeeName: text(200, "Who receives the proceeds (the borrower, a dealer, a merchant)", "Lincoln Auto Sales"),
    payeeReference: text(
      200,
      "The payee's account reference at the payment processor (never a raw account number)",
    ).optional(),
    firstPaymentDate: z
      .string()
      .max(10)
      .optional()
      .openapi({ description: "Default one period after funding", format: "date" }),
  })
  .openapi("FundApplicationInput");

/** Body of `POST /v1/disbursements/{disbursementId}/status`. */
export const disbursementStatusSchema = z
  .strictObject({
    status: z.enum(["sent", "settled", "failed"]),
    failureReason: text(500, "Why it failed").optional(),
  })
  .openapi("DisbursementStatusInput");

/** Path parameters of `/v1/disbursements/{disbursementId}…`. */
export const disbursementPathSchema = z.object({ disbursementId: idSchema("dsi", { param: "disbursementId" }) });
