import type { LocalDate } from "@lendstack/core/calendar";
import type { ChangeContext } from "../db/audit.js";
import type { Db } from "../db/types.js";
import type { MasterKeyring } from "../pii/master-keys.js";
import { tenantKeysFor } from "../pii/tenant-keys.js";
import { loadTenantSettings } from "../tenants/store.js";
import { originateAchFile } from "./originate.js";
import { scheduleAutopayDebits } from "./schedule.js";

/**
 * The daily close's ACH step for one tenant and business date: schedule the autopay debits falling due,
 * then originate one NACHA file with every scheduled debit (re-presentments included). Without the PII
 * keys (which open account numbers) it does nothing.
 *
 * @example
 * await runAchStep(db, closeContext, date("2025-02-01"), pii);
 */
export async function runAchStep(
  db: Db,
  context: ChangeContext,
  businessDate: LocalDate,
  pii: MasterKeyring | undefined,
): Promise<void> {
  if (pii === undefined) return;
  await scheduleAutopayDebits(db, context, businessDate);
  const settings = await loadTenantSettings(db, context.tenantId);
  const keys = await tenantKeysFor(db, pii, context.tenantId, context.now);
  await originateAchFile(db, context, keys, settings, businessDate);
}
