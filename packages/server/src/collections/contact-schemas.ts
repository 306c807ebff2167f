import { z } from "@hono/zod-openapi";
import { idSchema } from "../http/id-schema.js";

// The contact log and contact preferences on the wire, at /v1/loans/{loanId}/contacts and
// /v1/loans/{loanId}/contact-preferences.

/** The channels a contact goes through. */
export const CHANNELS = ["phone", "sms", "email", "letter", "in_person"] as const;
/** @example const channel: Channel = "phone"; */
export type Channel = (typeof CHANNELS)[number];

/** What came of a contact. */
export const OUTCOMES = [
  "conversation",
  "promise_to_pay",
  "refused_to_pay",
  "dispute",
  "left_message",
  "no_answer",
  "busy",
  "not_connected",
  "wrong_number",
  "sent",
  "delivered",
  "returned",
  "other",
] as const;

const channelSchema = z.enum(CHANNELS).openapi("ContactChannel", { description: "How the contact was made" });
const directionSchema = z.enum(["inbound", "outbound"]).openapi("ContactDirection", {
  description: "`outbound`: the lender reached out; `inbound`: the borrower (or someone) reached the lender",
});
const outcomeSchema = z.enum(OUTCOMES).openapi("ContactOutcome", {
  description:
    "What came of it. On the phone, `busy` and `not_connected` mean the call did not connect (not an attempt under 12 CFR 1006.14(b)(3)); `conversation`, `promise_to_pay`, `refused_to_pay` and `dispute` with `rightPartyContact` are a telephone conversation (1006.14(b)(2)(i)(B))",
});

/** Path of `/v1/loans/{loanId}/contacts` and `/contact-preferences`. */
export const loanContactsPathSchema = z.object({ loanId: idSchema("loan", { param: "loanId" }) });

/** Body of `POST /v1/loans/{loanId}/contacts`. */
export const logContactSchema = z
  .strictObject({
    channel: channelSchema,
    direction: directionSchema,
    outcome: outcomeSchema,
    rightPartyContact: z.boolean().openapi({ description: "The person reached is the borrower (or their attorney)" }),
    occurredAt: z.iso.datetime({ offset: true }).max(40).openapi({
      description: "When it happened (ISO 8601 with an offset)",
      example: "2026-12-03T15:04:05Z",
    }),
    notes: z.string().max(4000).optional().openapi({ description: "What was said or sent" }),
    partyId: idSchema("pty").optional().openapi({ description: "The party contacted, when known" }),
  })
  .openapi("ContactInput");

/** @example const input: LogContactInput = { channel: "phone", direction: "outbound", outcome: "no_answer", rightPartyContact: false, occurredAt }; */
export type LogContactInput = z.infer<typeof logContactSchema>;

/** One entry of a loan's contact log. */
export const contactSchema = z
  .object({
    id: z.string().openapi({ example: "cnt_01JGFJJZ0000000000000000AB" }),
    object: z.literal("contact"),
    loanId: z.string(),
    partyId: z.string().nullable(),
    channel: channelSchema,
    direction: directionSchema,
    outcome: outcomeSchema,
    rightPartyContact: z.boolean(),
    occurredAt: z.string(),
    notes: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi("Contact");

/** @example const body: ContactBody = toContactBody(row); */
export type ContactBody = z.infer<typeof contactSchema>;

const localTime = z
  .string()
  .max(5)
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:MM (24-hour)")
  .openapi({ example: "09:00" });

const channelPreferenceSchema = z
  .strictObject({
    consent: z.boolean().default(true).openapi({
      description:
        "The borrower consents to this channel; false refuses outbound contact by it (409 `contact_consent_withdrawn`)",
    }),
    doNotContact: z.boolean().default(false).openapi({
      description: "Do not contact by this channel: outbound contact by it is refused (409 `do_not_contact`)",
    }),
    preferredTimes: z
      .array(z.strictObject({ from: localTime, to: localTime }))
      .max(7)
      .default([])
      .openapi({
        description:
          "Local windows (borrower's time zone, `from` inclusive, `to` exclusive) the borrower asked to be called or texted in; outside them an outbound call or text is 422 `contact_outside_preferred_times`. Empty: any hour Regulation F allows",
      }),
  })
  .openapi("ChannelPreference");

/** Body of `PUT /v1/loans/{loanId}/contact-preferences` (replaces them whole). */
export const contactPreferencesInputSchema = z
  .strictObject({
    timeZone: z.string().max(64).nullable().default(null).openapi({
      description:
        "The borrower's IANA time zone (stated by them or taken from their address); null: the tenant's time zone from its settings",
      example: "America/Chicago",
    }),
    ceaseCommunication: z.boolean().default(false).openapi({
      description:
        "The borrower asked in writing that communication cease (12 CFR 1006.6(c)): every outbound contact is refused (409 `cease_communication`)",
    }),
    channels: z
      .strictObject({
        phone: channelPreferenceSchema.optional(),
        sms: channelPreferenceSchema.optional(),
        email: channelPreferenceSchema.optional(),
        letter: channelPreferenceSchema.optional(),
        in_person: channelPreferenceSchema.optional(),
      })
      .default({})
      .openapi({ description: "By channel; a channel left out has consent, no do-not-contact and no preferred times" }),
  })
  .openapi("ContactPreferencesInput");

/** @example const input: ContactPreferencesInput = { timeZone: null, ceaseCommunication: false, channels: {} }; */
export type ContactPreferencesInput = z.infer<typeof contactPreferencesInputSchema>;

/** A loan's contact preferences. */
export const contactPreferencesSchema = z
  .object({
    object: z.literal("contact_preferences"),
    loanId: z.string(),
    timeZone: z.string().nullable(),
    effectiveTimeZone: z.string().openapi({
      description: "The zone Regulation F's hours are read in: `timeZone`, or the tenant's when it is null",
    }),
    ceaseCommunication: z.boolean(),
    channels: z.record(
      z.string(),
      z.object({
        consent: z.boolean(),
        doNotContact: z.boolean(),
        preferredTimes: z.array(z.object({ from: z.string(), to: z.string() })),
      }),
    ),
    updatedAt: z.string().nullable(),
  })
  .openapi("ContactPreferences");

/** @example const body: ContactPreferencesBody = toPreferencesBody(loanId, row, "UTC"); */
export type ContactPreferencesBody = z.infer<typeof contactPreferencesSchema>;
