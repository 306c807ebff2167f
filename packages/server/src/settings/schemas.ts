import { z } from "@hono/zod-openapi";
import { E_SIGNATURE_PROVIDER_NAMES } from "../envelopes/environment.js";
import { metro2FurnisherSchema } from "../tenants/furnisher.js";
import { queueThresholdsSchema } from "../tenants/queue-thresholds.js";
import { servicerContactSchema } from "../tenants/servicer.js";

const timeZone = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, "expected an IANA time zone such as America/New_York")
  .openapi({ description: "IANA time zone the business day is kept in", example: "America/New_York" });
const cutoffTime = z
  .string()
  .max(5)
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:MM (24-hour)")
  .openapi({ description: "Local time the business day ends; `00:00` is midnight", example: "17:00" });
const holidays = z
  .array(z.iso.date().max(10))
  .max(400)
  .openapi({ description: "Dates that are not business days", example: ["2026-12-25"] });
const closedOnWeekends = z.boolean().openapi({ description: "Whether Saturdays and Sundays are not business days" });

/** The tenant's settings on the wire. @example c.json(settingsBody(context), 200) */
export const settingsSchema = z
  .object({
    object: z.literal("settings"),
    timeZone: z.string(),
    cutoffTime: z.string(),
    holidays: z.array(z.string()),
    closedOnWeekends: z.boolean(),
    sandbox: z.boolean().openapi({ description: "A sandbox may move its test clock; set by the operator, not here" }),
    testClockDate: z
      .string()
      .nullable()
      .openapi({ description: "A sandbox's business date while its test clock is set" }),
    businessDate: z.string().openapi({ description: "The tenant's business date now; every `asOf` defaults to it" }),
    creditReporting: metro2FurnisherSchema
      .nullable()
      .openapi({ description: "The tenant as a Metro 2 furnisher; null until set (a Metro 2 file needs it)" }),
    eSignatureProvider: z.string().openapi({
      description:
        "Where the tenant's envelopes are signed: `builtin` (Lendstack's signing page) or an external provider configured on the server; the server's default (`E_SIGNATURE_PROVIDER`) until the tenant chooses one",
      example: "builtin",
    }),
    collectionQueues: queueThresholdsSchema.openapi({
      description: "Where the collections queues start, in days past due (default 1, 30, 90)",
    }),
    servicer: servicerContactSchema.nullable().openapi({
      description:
        "The servicer named on statements and notices, with the toll-free number (and email, address) a mortgage statement prints (12 CFR 1026.41(d)(6)); null until set: documents then name the Metro 2 reporter name, else the tenant id",
    }),
  })
  .openapi("Settings");

/** Body of `PATCH /v1/settings`. @example { timeZone: "America/New_York", cutoffTime: "17:00" } */
export const settingsUpdateSchema = z
  .object({
    timeZone: timeZone.optional(),
    cutoffTime: cutoffTime.optional(),
    holidays: holidays.optional(),
    closedOnWeekends: closedOnWeekends.optional(),
    creditReporting: metro2FurnisherSchema
      .nullable()
      .optional()
      .openapi({ description: "The tenant as a Metro 2 furnisher, replaced whole; null removes it" }),
    eSignatureProvider: z.enum(E_SIGNATURE_PROVIDER_NAMES).nullable().optional().openapi({
      description:
        "The e-signature provider new envelopes are sent with; one configured on this server (else 422 `e_signature_provider_unavailable`); null follows the server's default again",
      example: "sandbox",
    }),
    servicer: servicerContactSchema
      .nullable()
      .optional()
      .openapi({ description: "The servicer on statements and notices, replaced whole; null removes it" }),
    collectionQueues: queueThresholdsSchema.optional().openapi({
      description:
        "Where the collections queues start, replaced whole: whole days past due, strictly ascending; the next daily close places loans by them",
    }),
  })
  .strict()
  .refine((change) => Object.keys(change).length > 0, "give at least one setting to change")
  .openapi({ minProperties: 1 })
  .openapi("SettingsUpdate");

/** Body of `POST /v1/test-clock/advances`. @example { to: "2027-03-01" } */
export const advanceSchema = z
  .object({
    to: z.iso
      .date()
      .max(10)
      .openapi({ description: "The business date to move to (after the current one)", example: "2027-03-01" }),
  })
  .strict()
  .openapi("TestClockAdvance");

/** Answer of an advance: the dates closed on the way. */
export const advanceResultSchema = z
  .object({
    from: z.string().openapi({ description: "The business date before" }),
    to: z.string().openapi({ description: "The business date now" }),
    datesClosed: z
      .int()
      .openapi({ description: "Calendar dates the daily close ran for (from through the day before to)" }),
    loanSnapshotsWritten: z.int(),
    eventsRecorded: z.int(),
  })
  .openapi("TestClockAdvanceResult");
