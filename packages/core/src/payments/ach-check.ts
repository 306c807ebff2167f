import type { DomainError } from "../errors/index.js";
import { directionOfTransactionCode, type ParsedAchFile } from "./ach-parsed.js";
import { type AchControlTotals, achBlockingFactor } from "./ach-records.js";

const entryHashModulus = 10_000_000_000n;

/**
 * Recomputes a batch's control figures from its entries and addenda.
 *
 * @example totalsOfEntries(parsed.batches[0].entries).entryHash
 */
export function totalsOfEntries(
  entries: ReadonlyArray<{
    transactionCode: string;
    routingNumber: string;
    amountMinor: bigint;
    addenda: ReadonlyArray<unknown>;
  }>,
): AchControlTotals {
  let count = 0;
  let hash = 0n;
  let debit = 0n;
  let credit = 0n;
  for (const entry of entries) {
    count += 1 + entry.addenda.length;
    hash += BigInt(entry.routingNumber.slice(0, 8));
    const direction = directionOfTransactionCode(entry.transactionCode);
    if (direction === "debit") debit += entry.amountMinor;
    else if (direction === "credit") credit += entry.amountMinor;
  }
  return {
    entryAddendaCount: count,
    entryHash: hash % entryHashModulus,
    totalDebitMinor: debit,
    totalCreditMinor: credit,
  };
}

function compareTotals(
  stated: AchControlTotals,
  computed: AchControlTotals,
  where: string,
  path: ReadonlyArray<string | number>,
): DomainError[] {
  const found: DomainError[] = [];
  for (const key of ["entryAddendaCount", "entryHash", "totalDebitMinor", "totalCreditMinor"] as const) {
    if (stated[key] !== computed[key]) {
      found.push({
        code: "ach_control_mismatch",
        message: `${where} ${key} says ${stated[key]}, the entries give ${computed[key]}`,
        path: [...path, key],
      });
    }
  }
  return found;
}

/**
 * Every way a parsed file's control records disagree with its entries: each batch control's
 * count, entry hash and totals, the file control's (sums of the batches'), the batch count, the
 * block count, and the padding to a multiple of 10 records. Empty when the file is consistent.
 *
 * @example checkAchControls(parsed).length === 0
 */
export function checkAchControls(file: ParsedAchFile): ReadonlyArray<DomainError> {
  const found: DomainError[] = [];
  let sum: AchControlTotals = { entryAddendaCount: 0, entryHash: 0n, totalDebitMinor: 0n, totalCreditMinor: 0n };
  for (const [b, batch] of file.batches.entries()) {
    const computed = totalsOfEntries(batch.entries);
    found.push(...compareTotals(batch.control, computed, `batch ${b + 1}`, ["batches", b]));
    sum = {
      entryAddendaCount: sum.entryAddendaCount + computed.entryAddendaCount,
      entryHash: (sum.entryHash + computed.entryHash) % entryHashModulus,
      totalDebitMinor: sum.totalDebitMinor + computed.totalDebitMinor,
      totalCreditMinor: sum.totalCreditMinor + computed.totalCreditMinor,
    };
  }
  found.push(...compareTotals(file.control, sum, "file control", ["control"]));
  const mismatch = (message: string, key: string) =>
    found.push({ code: "ach_control_mismatch", message, path: ["control", key] });
  if (file.control.batchCount !== file.batches.length) {
    mismatch(`batch count says ${file.control.batchCount}, the file has ${file.batches.length}`, "batchCount");
  }
  if (file.recordCount % achBlockingFactor !== 0)
    mismatch(`${file.recordCount} records is not whole blocks`, "recordCount");
  if (file.control.blockCount !== Math.ceil(file.recordCount / achBlockingFactor)) {
    mismatch(`block count says ${file.control.blockCount} for ${file.recordCount} records`, "blockCount");
  }
  return found;
}
