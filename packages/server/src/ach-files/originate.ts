import type { LocalDate } from "@lendstack/core/calendar";
import { unwrap } from "@lendstack/core/errors";
import {
  type AchBatchInput,
  type AchEntryInput,
  achEffectiveEntryDate,
  buildAchFile,
  retryEntryDescription,
} from "@lendstack/core/payments";
import { and, asc, count, eq, isNotNull, sql } from "drizzle-orm";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { type AchEntryRow, type AchFileRow, achEntries, achFiles } from "../db/schema/index.js";
import type { Db, Executor } from "../db/types.js";
import { recordEvent } from "../events/record.js";
import type { TenantKeys } from "../pii/tenant-keys.js";
import type { TenantSettings } from "../tenants/store.js";
import { achCalendarOf, SANDBOX_ORIGINATOR } from "./originator.js";
import { type PreparedDebit, prepareDebit } from "./prepare.js";
import { toAchEntryBody, toAchFileBody } from "./view.js";

async function scheduledEntries(tx: Executor, tenantId: string): Promise<AchEntryRow[]> {
  return tx
    .select()
    .from(achEntries)
    .where(and(eq(achEntries.tenantId, tenantId), eq(achEntries.status, "scheduled")))
    .orderBy(asc(achEntries.id))
    .for("update", { skipLocked: true });
}

/** The next trace sequence: trace numbers stay unique across the tenant's files (returns are matched by them). */
async function nextTraceSequence(tx: Executor, tenantId: string): Promise<number> {
  const [row] = await tx
    .select({ sent: count() })
    .from(achEntries)
    .where(and(eq(achEntries.tenantId, tenantId), isNotNull(achEntries.traceNumber)));
  return (row?.sent ?? 0) + 1;
}

function batchOf(debits: ReadonlyArray<PreparedDebit>, description: string, effective: LocalDate): AchBatchInput {
  return {
    companyName: SANDBOX_ORIGINATOR.companyName,
    companyId: SANDBOX_ORIGINATOR.companyId,
    secCode: "PPD",
    entryDescription: description,
    effectiveEntryDate: effective,
    originatingDfi: SANDBOX_ORIGINATOR.originatingDfi,
    entries: debits.map((debit) => debit.input satisfies AchEntryInput),
  };
}

async function fileIdModifier(tx: Executor, tenantId: string, businessDate: LocalDate): Promise<string> {
  const [row] = await tx
    .select({ made: count() })
    .from(achFiles)
    .where(and(eq(achFiles.tenantId, tenantId), eq(achFiles.businessDate, businessDate)));
  return "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[(row?.made ?? 0) % 36] ?? "A";
}

async function storeFile(
  tx: Executor,
  context: ChangeContext,
  debits: ReadonlyArray<PreparedDebit>,
  header: { businessDate: LocalDate; effective: LocalDate },
): Promise<AchFileRow> {
  const originals = debits.filter((debit) => debit.entry.attemptNumber === 1);
  const retries = debits.filter((debit) => debit.entry.attemptNumber > 1);
  const groups = [originals, retries].filter((group) => group.length > 0);
  const built = unwrap(
    buildAchFile({
      ...SANDBOX_ORIGINATOR,
      creationDate: header.businessDate,
      creationTime: context.now.toISOString().slice(11, 16).replace(":", ""),
      fileIdModifier: await fileIdModifier(tx, context.tenantId, header.businessDate),
      firstTraceSequence: await nextTraceSequence(tx, context.tenantId),
      batches: groups.map((group) =>
        batchOf(group, group === retries ? retryEntryDescription : "LOAN PMT", header.effective),
      ),
    }),
  );
  const id = context.ids.next("achf");
  const [file] = await tx
    .insert(achFiles)
    .values({
      tenantId: context.tenantId,
      id,
      businessDate: header.businessDate,
      effectiveEntryDate: header.effective,
      secCode: "PPD",
      entryCount: debits.length,
      totalDebitMinor: built.totals.totalDebitMinor,
      currency: "USD",
      content: built.text,
      createdAt: context.now,
    })
    .returning();
  if (file === undefined) throw new Error("ach file insert returned no row");
  for (const [b, group] of groups.entries()) {
    for (const [i, debit] of group.entries()) {
      const [sent] = await tx
        .update(achEntries)
        .set({ fileId: id, traceNumber: built.traceNumbers[b]?.[i] ?? null, updatedAt: context.now })
        .where(and(eq(achEntries.tenantId, context.tenantId), eq(achEntries.id, debit.entry.id)))
        .returning();
      await recordEvent(tx, context, {
        type: "ach_entry.initiated",
        resourceType: "loan",
        resourceId: debit.entry.loanId,
        data: toAchEntryBody(sent ?? debit.entry),
        businessDate: header.businessDate,
      });
    }
  }
  return file;
}

/**
 * The daily close's ACH step: in one transaction (serialized per tenant), takes the tenant's scheduled
 * debits, posts each one's payment to its loan (`initiated`; one blocked by 12 CFR 1041.8, a disabled
 * instrument or the loan's state is `blocked`), and builds one NACHA file with core's `buildAchFile`: PPD,
 * first presentments as `LOAN PMT` and re-presentments as `RETRY PYMT`, effective the next ACH business day.
 * Returns the file, or undefined when nothing was due.
 *
 * @example
 * const file = await originateAchFile(db, context, keys, settings, date("2025-02-03"));
 */
export async function originateAchFile(
  db: Db,
  context: ChangeContext,
  keys: TenantKeys,
  settings: TenantSettings,
  businessDate: LocalDate,
): Promise<AchFileRow | undefined> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`lendstack:ach:${context.tenantId}`}))`);
    const entries = await scheduledEntries(tx, context.tenantId);
    const debits: PreparedDebit[] = [];
    for (const entry of entries) {
      const debit = await prepareDebit(tx as unknown as Db, context, keys, entry, businessDate);
      if (debit !== undefined) debits.push(debit);
    }
    if (debits.length === 0) return undefined;
    const effective = achEffectiveEntryDate(businessDate, achCalendarOf(settings));
    const file = await storeFile(tx, context, debits, { businessDate, effective });
    await writeAudit(tx, context, {
      action: "ach_file.created",
      resourceType: "ach_file",
      resourceId: file.id,
      details: { entryCount: file.entryCount, totalDebit: String(file.totalDebitMinor) },
    });
    await recordEvent(tx, context, {
      type: "ach_file.created",
      resourceType: "ach_file",
      resourceId: file.id,
      data: toAchFileBody(file),
      businessDate,
    });
    return file;
  });
}
