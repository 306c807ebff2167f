import { z } from "@hono/zod-openapi";
import type { LocalDate } from "@lendstack/core/calendar";
import {
  type CreditReport,
  fraudAlertTypes,
  paymentHistoryCodes,
  publicRecordTypes,
  tradelineStatuses,
  tradelineTypes,
} from "@lendstack/core/credit-reporting";

// A credit report as JSON: amounts as strings of minor units (exact), dates as YYYY-MM-DD. The form reports
// are stored in (sealed) and the HTTP provider's wire form.

const day = z.iso.date().transform((value) => value as LocalDate);
const minor = z
  .string()
  .regex(/^-?\d{1,18}$/)
  .transform((value) => BigInt(value));
const text = z.string().max(200);

const reportJsonSchema = z.strictObject({
  bureau: text,
  reportedOn: day,
  currency: z.string().regex(/^[A-Z]{3}$/),
  subject: z.strictObject({ taxIdLast4: z.string().regex(/^\d{4}$/) }),
  score: z
    .strictObject({
      model: text,
      value: z.int(),
      rangeLow: z.int(),
      rangeHigh: z.int(),
      factors: z.array(z.strictObject({ code: text, description: text, isInquiries: z.boolean() })).max(10),
    })
    .nullable(),
  tradelines: z
    .array(
      z.strictObject({
        accountReference: text,
        creditor: text,
        type: z.enum(tradelineTypes),
        status: z.enum(tradelineStatuses),
        openedOn: day,
        balanceMinor: minor,
        creditLimitMinor: minor.nullable(),
        monthlyPaymentMinor: minor.nullable(),
        paymentHistory: z.array(z.enum(paymentHistoryCodes)).max(24),
      }),
    )
    .max(200),
  inquiries: z.array(z.strictObject({ inquiredOn: day, subscriber: text })).max(200),
  publicRecords: z
    .array(
      z.strictObject({
        type: z.enum(publicRecordTypes),
        filedOn: day,
        status: z.enum(["filed", "discharged", "dismissed", "satisfied"]),
        amountMinor: minor.nullable(),
      }),
    )
    .max(50),
  fraudAlerts: z
    .array(
      z.strictObject({
        type: z.enum(fraudAlertTypes),
        placedOn: day,
        expiresOn: day,
        contactPhone: text.nullable(),
      }),
    )
    .max(10),
});

/** The JSON form of a report. */
export type CreditReportJson = z.input<typeof reportJsonSchema>;

/**
 * A report as JSON: bigints as strings.
 *
 * @example JSON.stringify(encodeCreditReport(report))
 */
export function encodeCreditReport(report: CreditReport): CreditReportJson {
  return JSON.parse(
    JSON.stringify(report, (_, value) => (typeof value === "bigint" ? value.toString() : value)),
  ) as CreditReportJson;
}

/**
 * Parses a report's JSON form; `undefined` when it is not one (a provider's bad answer, a corrupt row).
 *
 * @example const report = decodeCreditReport(JSON.parse(text));
 */
export function decodeCreditReport(json: unknown): CreditReport | undefined {
  const parsed = reportJsonSchema.safeParse(json);
  return parsed.success ? (parsed.data as CreditReport) : undefined;
}
