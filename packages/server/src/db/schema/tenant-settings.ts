import { boolean, date, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * A tenant's operating settings: where its business day is, when it ends, which days are not business
 * days, and — for sandboxes — the test clock's date. A tenant without a row has the defaults (UTC,
 * midnight cutoff, every day a business day, not a sandbox).
 *
 * @example
 * await db.select().from(tenantSettings).where(eq(tenantSettings.tenantId, tenantId));
 */
export const tenantSettings = pgTable("tenant_settings", {
  tenantId: text().primaryKey(),
  /** IANA time zone, e.g. `America/New_York`. */
  timeZone: text().notNull(),
  /** Local `HH:MM` at which the business day ends (`00:00`: at midnight). */
  cutoffTime: text().notNull(),
  /** Dates (`YYYY-MM-DD`) that are not business days. */
  holidays: jsonb().$type<string[]>().notNull(),
  /** Whether Saturdays and Sundays are not business days. */
  closedOnWeekends: boolean().notNull().default(false),
  /** A sandbox may move its test clock; a production tenant may not. */
  sandbox: boolean().notNull(),
  /** A sandbox's business date while its test clock is set; null follows the real clock. */
  testClockDate: date({ mode: "string" }),
  /** The Metro 2 furnisher (identification number, reporter name, address, phone, program ids), or null. */
  creditReporting: jsonb().$type<Record<string, unknown>>(),
  /** The e-signature provider its envelopes are sent with (`builtin`, `sandbox` …); null: the server's default. */
  eSignatureProvider: text(),
  /** Where the collections queues start in days past due (`earlyStageDays` …), or null for the defaults. */
  collectionQueues: jsonb().$type<Record<string, unknown>>(),
  /** The servicer on statements and notices (name, toll-free number, email, address), or null. */
  servicer: jsonb().$type<Record<string, unknown>>(),
  createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
});

/** @example const row: TenantSettingsRow = rows[0]!; */
export type TenantSettingsRow = typeof tenantSettings.$inferSelect;
