import type { LocalDate } from "@lendstack/core/calendar";
import type { ChangeContext } from "../db/audit.js";
import type { Db } from "../db/types.js";
import type { IdGenerator } from "../ids.js";
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
 * await runAchStep(db, "tenant-a", date("2025-02-01"), { clock, ids, pii });
 */
export async function runAchStep(
  db: Db,
  tenantId: string,
  businessDate: LocalDate,
  deps: { readonly clock: () => Date; readonly ids: IdGenerator; readonly pii?: MasterKeyring | undefined },
): Promise<void> {
  if (deps.pii === undefined) return;
  const context: ChangeContext = {
    tenantId,
    actor: "system:close-day",
    requestId: `close-day:${businessDate}`,
    now: deps.clock(),
    ids: deps.ids,
    businessDate,
  };
  await scheduleAutopayDebits(db, context, businessDate);
  const settings = await loadTenantSettings(db, tenantId);
  const keys = await tenantKeysFor(db, deps.pii, tenantId, context.now);
  await originateAchFile(db, context, keys, settings, businessDate);
}
