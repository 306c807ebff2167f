import { z } from "@hono/zod-openapi";
import { amountField, currencyField } from "../http/money.js";
import { addressSchema, businessCreateSchema, individualCreateSchema } from "./request-schemas.js";

// Parties on the wire. Tax ids and dates of birth are masked (`***-**-6789`, `****-**-**`) unless the
// token has `pii:read` and the operation reveals them (get and list); `piiRevealed` says which.

const individual = individualCreateSchema.shape;
const business = businessCreateSchema.shape;

const common = {
  id: z.string().openapi({ example: "pty_01JGFJJZ0000000000000000AB" }),
  object: z.literal("party"),
  displayName: z.string().openapi({ description: "`first last` for a person, the legal name for a business" }),
  taxId: z.string().openapi({
    description: "Masked (`***-**-6789`, EIN `**-***6789`) unless `piiRevealed`",
    example: "***-**-6789",
  }),
  piiRevealed: z.boolean().openapi({
    description:
      "Whether `taxId` (and `dateOfBirth`) are shown in full: only to tokens with `pii:read`, on get and list",
  }),
  hold: z
    .object({
      reason: z.enum(["sanctions_review"]).openapi({ description: "sanctions_review: a sanctions hit is open" }),
      since: z.string().openapi({ description: "When it was put on hold; UTC ISO 8601 instant" }),
    })
    .nullable()
    .openapi("PartyHold", {
      description: "Why the party is on hold, or null. Held for a sanctions hit until every open hit is reviewed",
    }),
  otherNames: z.array(z.string()).openapi({ description: "Other names the party is known by" }),
  addresses: z.array(addressSchema),
  phones: individual.phones.unwrap(),
  emails: individual.emails.unwrap(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

/** A person. */
export const individualPartySchema = z
  .object({
    ...common,
    type: z.literal("individual"),
    taxIdType: individual.taxIdType,
    name: individual.name,
    dateOfBirth: z.string().openapi({ description: "`****-**-**` unless `piiRevealed`", example: "****-**-**" }),
    employment: individual.employment.unwrap(),
    statedAnnualIncome: amountField("Total yearly income the party states").nullable(),
    currency: currencyField.nullable(),
    citizenship: individual.citizenship.unwrap().nullable(),
    countryOfCitizenship: z.string().nullable(),
  })
  .openapi("IndividualParty");

/** A business. */
export const businessPartySchema = z
  .object({
    ...common,
    type: z.literal("business"),
    taxIdType: z.literal("ein"),
    legalName: z.string(),
    dbaName: z.string().nullable(),
    entityType: business.entityType,
    formationDate: z.string(),
    formationState: z.string(),
    naicsCode: z.string().nullable(),
    beneficialOwners: business.beneficialOwners,
    controlPerson: business.controlPerson,
  })
  .openapi("BusinessParty");

/** A party on the wire. @example const body: z.infer<typeof partySchema> = toPartyBody(row, undefined); */
export const partySchema = z.discriminatedUnion("type", [individualPartySchema, businessPartySchema]).openapi("Party");

const possibleDuplicates = z.array(z.string()).openapi({
  description:
    "Ids of parties with the same folded name and date of birth. Not refused: two people can share both, so a person decides",
  example: [],
});

/** The answer of `POST /v1/parties`: the party and any possible duplicates. */
export const createdPartySchema = z
  .discriminatedUnion("type", [
    individualPartySchema.extend({ possibleDuplicates }).openapi("CreatedIndividualParty"),
    businessPartySchema.extend({ possibleDuplicates }).openapi("CreatedBusinessParty"),
  ])
  .openapi("CreatedParty");

/** @example const body: PartyBody = toPartyBody(row, undefined); */
export type PartyBody = z.infer<typeof partySchema>;
