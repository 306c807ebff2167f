import {
  buildMetro2File,
  type Metro2AccountState,
  type Metro2FileHeaderInput,
  type Metro2Month,
  metro2TrailerStatusCodes,
  parseMetro2Month,
} from "@lendstack/core/credit-reporting";
import { fail, ok, type Result } from "@lendstack/core/errors";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { loanCreditReporting, type Metro2FileRow, metro2Files, type StoredMetro2Skip } from "../db/schema/index.js";
import type { Db, Executor } from "../db/types.js";
import { recordEvent } from "../events/record.js";
import { todayOf } from "../loans/append-event.js";
import { open, seal } from "../pii/envelope.js";
import type { MasterKeyring } from "../pii/master-keys.js";
import { type TenantKeys, tenantKeysFor } from "../pii/tenant-keys.js";
import { type Metro2Furnisher, missingFurnisherFields } from "../tenants/furnisher.js";
import { loadTenantSettings } from "../tenants/store.js";
import { mapLoanPage } from "./accounts.js";
import { loansToReport } from "./load.js";
import { toMetro2FileBody } from "./view.js";

/** Loans mapped per page: five queries and one parties query a page. */
const PAGE_SIZE = 500;

/** What generating needs: the database and the master keys (parties' PII, the file's seal). */
export interface Metro2Deps {
  readonly db: Db;
  readonly pii: MasterKeyring;
}

/** The binding of a file's sealed text to its tenant and id. @example contentContext("acme", "m2f_…") */
export function contentContext(tenantId: string, fileId: string): string {
  return `metro2_file:${tenantId}:${fileId}`;
}

/**
 * A stored file's text, opened with the tenant's data key (it holds SSNs: callers need `pii:read`).
 *
 * @example const text = await openMetro2Content(deps, row, new Date());
 */
export async function openMetro2Content(deps: Metro2Deps, row: Metro2FileRow, now: Date): Promise<string> {
  const keys = await tenantKeysFor(deps.db, deps.pii, row.tenantId, now);
  return open(keys.encryptionKey, row.contentCiphertext, contentContext(row.tenantId, row.id)).toString("utf8");
}

function checkMonth(text: string, today: string): Result<Metro2Month> {
  const month = parseMetro2Month(text);
  if (!month.ok) return month;
  if (month.value.lastDay >= today) {
    return fail(
      "month_not_ended",
      `${text} ends on ${month.value.lastDay}; the business date is ${today}: a month is reported once it has ended`,
      ["month"],
    );
  }
  return month;
}

function checkFurnisher(furnisher: Metro2Furnisher | null): Result<Metro2Furnisher> {
  const missing = missingFurnisherFields(furnisher);
  if (furnisher === null || missing.length > 0) {
    return fail(
      "furnisher_not_configured",
      `Set the tenant's Metro 2 furnisher with PATCH /v1/settings first; missing: ${missing.join(", ")}`,
      undefined,
      { missing },
    );
  }
  return ok(furnisher);
}

function headerOf(furnisher: Metro2Furnisher, month: Metro2Month, today: string): Metro2FileHeaderInput {
  const given = Object.fromEntries(Object.entries(furnisher).filter(([, value]) => value !== undefined));
  return {
    ...(given as Pick<Metro2Furnisher, "identificationNumber" | "reporterName" | "reporterAddress">),
    activityDate: month.lastDay,
    dateCreated: today as Metro2Month["lastDay"],
  };
}

/** Every loan of the month mapped, page by page. */
async function mapAll(db: Db, keys: TenantKeys, month: Metro2Month) {
  const accounts: Metro2AccountState[] = [];
  const skipped: StoredMetro2Skip[] = [];
  const removalsReported: string[] = [];
  let afterId = "";
  for (;;) {
    const rows = await loansToReport(db, keys.tenantId, month.lastDay, afterId, PAGE_SIZE);
    if (rows.length === 0) break;
    const page = await mapLoanPage(db, keys, rows, month);
    accounts.push(...page.accounts);
    skipped.push(...page.skipped);
    removalsReported.push(...page.removalsReported);
    afterId = rows.at(-1)?.id ?? afterId;
  }
  return { accounts, skipped, removalsReported };
}

/** The months whose files reported each cleared code's XR. */
async function recordRemovals(tx: Executor, context: ChangeContext, loanIds: string[], month: string) {
  if (loanIds.length === 0) return;
  await tx
    .update(loanCreditReporting)
    .set({ removalReportedMonth: month, updatedAt: context.now })
    .where(
      and(
        eq(loanCreditReporting.tenantId, context.tenantId),
        inArray(loanCreditReporting.loanId, loanIds),
        isNull(loanCreditReporting.removalReportedMonth),
      ),
    );
}

function statusCountsOf(totals: Readonly<Record<string, number>>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of metro2TrailerStatusCodes) {
    const n = totals[`totalStatusCode${code}`] ?? 0;
    if (n > 0) counts[code] = n;
  }
  return counts;
}

/**
 * Generates and stores a month's Metro 2 file: the month must have ended by the tenant's business date
 * (422 `invalid_month`, `month_not_ended`) and the furnisher be set (422 `furnisher_not_configured`).
 * Every loan disbursed by the month's end is mapped (see `mapLoanPage`); the text is sealed under the
 * tenant's data key; the file, the XR months, an audit record and `metro2_file.created` commit together.
 *
 * @example const file = await generateMetro2File(deps, context, "2026-11");
 */
export async function generateMetro2File(
  deps: Metro2Deps,
  context: ChangeContext,
  monthText: string,
): Promise<Result<Metro2FileRow>> {
  const today = todayOf(context);
  const month = checkMonth(monthText, today);
  if (!month.ok) return month;
  const furnisher = checkFurnisher((await loadTenantSettings(deps.db, context.tenantId)).creditReporting);
  if (!furnisher.ok) return furnisher;
  const keys = await tenantKeysFor(deps.db, deps.pii, context.tenantId, context.now);
  const mapped = await mapAll(deps.db, keys, month.value);
  const built = buildMetro2File(headerOf(furnisher.value, month.value, today), mapped.accounts);
  if (!built.ok) throw new Error(`metro2 file refused an account core had accepted: ${built.error.code}`);
  const id = context.ids.next("m2f");
  const text = built.value.text;
  const row: Metro2FileRow = {
    tenantId: context.tenantId,
    id,
    month: month.value.month,
    activityDate: month.value.lastDay,
    businessDate: today,
    accountCount: mapped.accounts.length,
    statusCounts: statusCountsOf(built.value.totals),
    totals: { ...built.value.totals },
    skipped: mapped.skipped,
    recordCount: built.value.recordCount,
    byteLength: Buffer.byteLength(text, "utf8"),
    contentCiphertext: seal(keys.encryptionKey, Buffer.from(text, "utf8"), contentContext(context.tenantId, id)),
    createdBy: context.actor,
    createdAt: context.now,
  };
  await deps.db.transaction(async (tx) => {
    await tx.insert(metro2Files).values(row);
    await recordRemovals(tx, context, mapped.removalsReported, month.value.month);
    await writeAudit(tx, context, {
      action: "metro2_file.created",
      resourceType: "metro2_file",
      resourceId: id,
      details: { month: row.month, accountCount: row.accountCount, skippedCount: row.skipped.length },
    });
    await recordEvent(tx, context, {
      type: "metro2_file.created",
      resourceType: "metro2_file",
      resourceId: id,
      data: toMetro2FileBody(row),
    });
  });
  return ok(row);
}
