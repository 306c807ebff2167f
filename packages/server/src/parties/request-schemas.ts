import { z } from "@hono/zod-openapi";
import { idSchema } from "../http/id-schema.js";
import { amountSchema, currencySchema } from "../http/money.js";

// Request bodies of /v1/parties: shapes and bounds only. The rules (tax-id ranges, ages, US states and
// ZIPs, ownership) are core's (`@lendstack/core/parties`), checked by the service so that every bad
// field is listed in one answer.

const text = (max: number, description: string, example?: string) =>
  z
    .string()
    .min(1)
    .max(max)
    .openapi({ description, ...(example === undefined ? {} : { example }) });
const day = (description: string, example: string) =>
  z
    .string()
    .max(10)
    .openapi({ description: `${description}; YYYY-MM-DD`, format: "date", example });
const country = (description: string) =>
  z
    .string()
    .regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code such as US")
    .max(2)
    .openapi({ description: `${description}; ISO 3166-1 alpha-2`, example: "US" });

/** A tax id as written: `123-45-6789` (SSN, ITIN), `12-3456789` (EIN) or the nine digits. */
export const taxIdText = z.string().min(9).max(11).openapi({
  description: "The nine digits, dashes optional: NNN-NN-NNNN for an SSN or ITIN, NN-NNNNNNN for an EIN",
  example: "123-45-6789",
});

/** A postal address. @example { kind: "residential", line1: "1 Main St", city: "Lincoln", region: "NE", postalCode: "68508", country: "US" } */
export const addressSchema = z
  .strictObject({
    kind: z.enum(["residential", "mailing", "business", "previous"]).openapi({ description: "What the address is" }),
    line1: text(200, "Street address", "1 Main St"),
    line2: text(200, "Apartment, suite, unit").optional(),
    city: text(100, "City or locality", "Lincoln"),
    region: text(100, "State (a USPS code such as NE when country is US), province or region", "NE").optional(),
    postalCode: text(20, "ZIP (NNNNN or NNNNN-NNNN when country is US) or postal code", "68508").optional(),
    country: country("Country"),
    monthsAtAddress: z
      .int()
      .min(0)
      .max(1_200)
      .optional()
      .openapi({ description: "Time at the address, in months", example: 30 }),
  })
  .openapi("PartyAddress");

const phoneSchema = z
  .strictObject({
    kind: z.enum(["mobile", "home", "work", "other"]),
    number: z
      .string()
      .regex(/^\+[1-9]\d{6,14}$/, "expected an E.164 number such as +14025550123")
      .max(16)
      .openapi({ description: "E.164", example: "+14025550123" }),
  })
  .openapi("PartyPhone");

const emailSchema = z
  .strictObject({
    kind: z.enum(["personal", "work", "other"]),
    address: z.email().max(254).openapi({ example: "ada@example.com" }),
  })
  .openapi("PartyEmail");

const employmentSchema = z
  .strictObject({
    status: z.enum(["employed", "self-employed", "retired", "unemployed", "student", "other"]),
    employerName: text(200, "Employer", "Analytical Engines LLC").optional(),
    occupation: text(100, "Job title or occupation", "Engineer").optional(),
    startDate: day("When the job started", "2019-04-01").optional(),
    endDate: day("When it ended (absent: current)", "2024-04-01").optional(),
    annualIncome: amountSchema("Stated yearly income from this job", { example: 8_500_000 }).optional(),
  })
  .openapi("PartyEmployment");

const contact = {
  otherNames: z
    .array(z.string().min(1).max(200))
    .max(10)
    .optional()
    .openapi({ description: "Other names the party is known by (aliases, former names); screened for sanctions too" }),
  addresses: z.array(addressSchema).min(1).max(10),
  phones: z.array(phoneSchema).max(10).optional(),
  emails: z.array(emailSchema).max(10).optional(),
};

/** The individual's fields, each optional (PATCH) or as `individualCreateSchema` requires them. */
const individualFields = {
  name: z
    .strictObject({
      first: text(100, "Given name", "Ada"),
      middle: text(100, "Middle names").optional(),
      last: text(100, "Family name", "Lovelace"),
      suffix: text(20, "Jr., III…").optional(),
    })
    .openapi("PersonName"),
  dateOfBirth: day("Date of birth; stored encrypted", "1985-06-15"),
  taxIdType: z.enum(["ssn", "itin"]),
  employment: z.array(employmentSchema).max(10).optional(),
  statedAnnualIncome: amountSchema("Total yearly income the party states", { example: 8_500_000 }).optional(),
  currency: currencySchema.optional(),
  citizenship: z.enum(["us-citizen", "permanent-resident", "non-permanent-resident", "non-resident-alien"]).optional(),
  countryOfCitizenship: country("Country of citizenship").optional(),
};

const ownerSchema = z
  .strictObject({
    partyId: idSchema("pty"),
    ownershipPercent: z
      .string()
      .max(6)
      .openapi({ description: "Share owned, percent as a decimal string (25 to 100)", example: "50" }),
  })
  .openapi("BeneficialOwner");

const businessFields = {
  legalName: text(200, "Legal name", "Analytical Engines LLC"),
  dbaName: text(200, "Doing-business-as name").optional(),
  entityType: z.enum([
    "sole-proprietorship",
    "partnership",
    "llc",
    "c-corporation",
    "s-corporation",
    "nonprofit",
    "trust",
    "other",
  ]),
  formationDate: day("When the entity was formed", "2015-01-20"),
  formationState: z.string().max(2).openapi({ description: "USPS code of the state of formation", example: "DE" }),
  naicsCode: z.string().max(6).optional().openapi({ description: "NAICS code, 2 to 6 digits", example: "522291" }),
  beneficialOwners: z.array(ownerSchema).max(4).openapi({
    description: "Individuals owning 25% or more (CDD rule, 31 CFR 1010.230): at most four, linked by party id",
  }),
  controlPerson: z
    .strictObject({ partyId: idSchema("pty"), title: text(100, "Role, e.g. CEO", "CEO") })
    .openapi("ControlPerson", { description: "The one individual with significant control (CDD rule)" }),
};

/** Body of `POST /v1/parties` for a person. */
export const individualCreateSchema = z
  .strictObject({ type: z.literal("individual"), ...individualFields, taxId: taxIdText, ...contact })
  .openapi("IndividualPartyCreate");

/** Body of `POST /v1/parties` for a business. */
export const businessCreateSchema = z
  .strictObject({
    type: z.literal("business"),
    ...businessFields,
    taxIdType: z.literal("ein"),
    taxId: taxIdText,
    ...contact,
  })
  .openapi("BusinessPartyCreate");

/** Body of `POST /v1/parties`. @example { type: "individual", name: { first: "Ada", last: "Lovelace" }, … } */
export const createPartySchema = z
  .discriminatedUnion("type", [individualCreateSchema, businessCreateSchema])
  .openapi("PartyCreate");

/**
 * Body of `PATCH /v1/parties/{partyId}`: the fields given replace the party's (lists as a whole); fields
 * of the other kind of party are refused. The party is validated again as a whole.
 */
export const updatePartySchema = z
  .strictObject({
    ...contact,
    taxId: taxIdText,
    ...individualFields,
    ...businessFields,
    taxIdType: z.enum(["ssn", "itin", "ein"]),
  })
  .partial()
  .refine((change) => Object.keys(change).length > 0, "give at least one field to change")
  .openapi({ minProperties: 1 })
  .openapi("PartyUpdate");

/** A change to a party as validated. @example const change: PartyUpdate = { phones: [] }; */
export type PartyUpdate = z.infer<typeof updatePartySchema>;
/** A new party as validated. */
export type PartyCreate = z.infer<typeof createPartySchema>;

/** Path of `/v1/parties/{partyId}`. */
export const partyPathSchema = z.object({ partyId: idSchema("pty", { param: "partyId" }) });
