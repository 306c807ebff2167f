import { eq, type Placeholder, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { decodeStored } from "../db/corrupt-record.js";
import { type TenantSettingsRow, tenantSettings } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { DEFAULT_BUSINESS_DAY } from "./business-date.js";
import { type Metro2Furnisher, metro2FurnisherSchema } from "./furnisher.js";
import { DEFAULT_QUEUE_THRESHOLDS, type QueueThresholds, queueThresholdsSchema } from "./queue-thresholds.js";
import { type ServicerContact, servicerContactSchema } from "./servicer.js";

/** A tenant's settings as the server uses them. */
export interface TenantSettings {
  readonly timeZone: string;
  readonly cutoffTime: string;
  readonly holidays: ReadonlyArray<string>;
  readonly closedOnWeekends: boolean;
  readonly sandbox: boolean;
  readonly testClockDate: string | null;
  /** The Metro 2 furnisher, or null until the tenant sets it. */
  readonly creditReporting: Metro2Furnisher | null;
  /** The e-signature provider the tenant chose, or null for the server's default (`E_SIGNATURE_PROVIDER`). */
  readonly eSignatureProvider: string | null;
  /** Where the collections queues start, in days past due. */
  readonly collectionQueues: QueueThresholds;
  /** The servicer on statements and notices, or null until the tenant sets it. */
  readonly servicer: ServicerContact | null;
}

/** What a tenant without a settings row has. */
export const DEFAULT_TENANT_SETTINGS: TenantSettings = {
  ...DEFAULT_BUSINESS_DAY,
  sandbox: false,
  testClockDate: null,
  creditReporting: null,
  eSignatureProvider: null,
  collectionQueues: DEFAULT_QUEUE_THRESHOLDS,
  servicer: null,
};

/** Stored holidays: business dates `YYYY-MM-DD`. */
const storedHolidaysSchema = z.array(z.iso.date());

function toSettings(row: TenantSettingsRow): TenantSettings {
  const at = { table: "tenant_settings", id: row.tenantId, column: "holidays" };
  return {
    timeZone: row.timeZone,
    cutoffTime: row.cutoffTime,
    holidays: decodeStored(storedHolidaysSchema, row.holidays, at),
    closedOnWeekends: row.closedOnWeekends,
    sandbox: row.sandbox,
    testClockDate: row.testClockDate,
    creditReporting:
      row.creditReporting === null
        ? null
        : decodeStored(metro2FurnisherSchema, row.creditReporting, { ...at, column: "credit_reporting" }),
    eSignatureProvider: row.eSignatureProvider ?? null,
    collectionQueues:
      row.collectionQueues == null
        ? DEFAULT_QUEUE_THRESHOLDS
        : decodeStored(queueThresholdsSchema, row.collectionQueues, { ...at, column: "collection_queues" }),
    servicer:
      row.servicer == null ? null : decodeStored(servicerContactSchema, row.servicer, { ...at, column: "servicer" }),
  };
}

/** A tenant's settings, or the defaults. @example const settings = await loadTenantSettings(db, "acme"); */
export async function loadTenantSettings(executor: Executor, tenantId: string): Promise<TenantSettings> {
  const [row] = await executor.select().from(tenantSettings).where(eq(tenantSettings.tenantId, tenantId));
  return row === undefined ? DEFAULT_TENANT_SETTINGS : toSettings(row);
}

/**
 * The tenant's settings row as one JSON value with the row's field names (null when it has none), for a
 * statement that reads them beside other work; {@link settingsFromJson} decodes it.
 *
 * @example
 * await db.execute(sql`select ${tenantSettingsJson("demo")} as settings`);
 */
export function tenantSettingsJson(tenantId: string | Placeholder): SQL {
  return sql`(select json_build_object('tenantId', s.tenant_id, 'timeZone', s.time_zone, 'cutoffTime', s.cutoff_time,
    'holidays', s.holidays, 'closedOnWeekends', s.closed_on_weekends, 'sandbox', s.sandbox,
    'testClockDate', s.test_clock_date, 'creditReporting', s.credit_reporting,
    'eSignatureProvider', s.e_signature_provider,
    'collectionQueues', s.collection_queues, 'servicer', s.servicer)
    from tenant_settings s where s.tenant_id = ${tenantId})`;
}

/**
 * Decodes {@link tenantSettingsJson}'s value (parsed, or JSON text): the settings, or the defaults for null.
 *
 * @example
 * const settings = settingsFromJson("demo", null); // DEFAULT_TENANT_SETTINGS
 */
export function settingsFromJson(tenantId: string, value: unknown): TenantSettings {
  const row = typeof value === "string" ? (JSON.parse(value) as unknown) : value;
  if (row === null || row === undefined) return DEFAULT_TENANT_SETTINGS;
  return toSettings({ ...(row as TenantSettingsRow), tenantId });
}

/**
 * Writes a tenant's settings (the given fields over its current ones) and returns them.
 *
 * @example
 * await saveTenantSettings(db, "demo", { sandbox: true }, new Date());
 */
export async function saveTenantSettings(
  executor: Executor,
  tenantId: string,
  change: { readonly [Key in keyof TenantSettings]?: TenantSettings[Key] | undefined },
  now: Date,
): Promise<TenantSettings> {
  const given = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
  const next: TenantSettings = { ...(await loadTenantSettings(executor, tenantId)), ...given };
  const values = {
    ...next,
    holidays: [...next.holidays],
    creditReporting: next.creditReporting,
    collectionQueues: { ...next.collectionQueues },
  };
  await executor
    .insert(tenantSettings)
    .values({ tenantId, ...values, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: tenantSettings.tenantId, set: { ...values, updatedAt: now } });
  return next;
}

/** The tenant as a request sees it: its settings and its business date now. */
export interface TenantContext {
  readonly settings: TenantSettings;
  readonly businessDate: string;
}
