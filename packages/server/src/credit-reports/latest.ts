import type { CreditReport } from "@lendstack/core/credit-reporting";
import type { CreditReportRow } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import type { ResourceDeps } from "../http/resource.js";
import type { MasterKeyring } from "../pii/master-keys.js";
import { tenantKeysFor } from "../pii/tenant-keys.js";
import { openCreditReport } from "./sealed.js";
import { DEFAULT_CREDIT_REPORT_REUSE_DAYS, reuseSince } from "./service.js";
import { creditReportsStore } from "./store.js";

/** What finding a party's report for a decision needs: the master keys and the reuse window. */
export interface ReportWindow {
  readonly keyring: MasterKeyring;
  /** Days a report stays usable (`CREDIT_REPORT_REUSE_DAYS`). */
  readonly reuseDays: number;
}

/**
 * The party's newest completed report (soft or hard) pulled within the window before `at` (at least a day;
 * never after `at`), opened; undefined when there is none. What a decision at `at` used, and what its notice discloses.
 *
 * @example const used = await reportInWindow(tx, "demo", "pty_…", context.now, { keyring, reuseDays: 30 });
 */
export async function reportInWindow(
  executor: Executor,
  tenantId: string,
  partyId: string,
  at: Date,
  window: ReportWindow,
): Promise<{ readonly row: CreditReportRow; readonly report: CreditReport } | undefined> {
  const row = await creditReportsStore(executor, tenantId).latestCompleted(
    partyId,
    reuseSince(at, Math.max(window.reuseDays, 1)),
    ["soft", "hard"],
    at,
  );
  if (row === undefined) return undefined;
  const report = openCreditReport(await tenantKeysFor(executor, window.keyring, tenantId, at), row);
  return report === undefined ? undefined : { row, report };
}

/**
 * One report by id (`crp_…`, the one a decision recorded), opened; undefined when it is not the tenant's or
 * holds no report (a frozen file).
 *
 * @example const used = await reportById(tx, "demo", decision.creditReportId, { keyring, reuseDays: 30 });
 */
export async function reportById(
  executor: Executor,
  tenantId: string,
  reportId: string,
  window: Pick<ReportWindow, "keyring">,
): Promise<{ readonly row: CreditReportRow; readonly report: CreditReport } | undefined> {
  const row = await creditReportsStore(executor, tenantId).find(reportId);
  if (row === undefined) return undefined;
  const report = openCreditReport(await tenantKeysFor(executor, window.keyring, tenantId, row.createdAt), row);
  return report === undefined ? undefined : { row, report };
}

/** The window a resource's deps configure (`CREDIT_REPORT_REUSE_DAYS`, 30 unset). @example reportWindow(deps) */
export function reportWindow(deps: Pick<ResourceDeps, "pii" | "creditReportReuseDays">): ReportWindow {
  return { keyring: deps.pii, reuseDays: deps.creditReportReuseDays ?? DEFAULT_CREDIT_REPORT_REUSE_DAYS };
}
