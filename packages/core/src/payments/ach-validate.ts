import { type DomainError, fail, ok, type Result } from "../errors/index.js";
import {
  type AchBatchInput,
  type AchEntryInput,
  type AchFileInput,
  maxAchEntryMinor,
  maxAchTotalMinor,
} from "./ach-input.js";
import { parseRoutingNumber } from "./routing-number.js";

type Path = ReadonlyArray<string | number>;
type Check = Result<true>;

const passed: Check = ok(true);

function check(condition: boolean, code: string, message: string, path: Path): Check {
  return condition ? passed : fail(code, message, path);
}

function firstFailure(checks: ReadonlyArray<() => Check>): Check {
  for (const run of checks) {
    const result = run();
    if (!result.ok) return result;
  }
  return passed;
}

function checkEntry(entry: AchEntryInput, path: Path): Check {
  const routing = parseRoutingNumber(entry.routingNumber, [...path, "routingNumber"]);
  if (!routing.ok) return routing;
  const amount = entry.amountMinor;
  return firstFailure([
    () =>
      check(
        /^[0-9A-Za-z -]{1,17}$/.test(entry.accountNumber) && /[0-9A-Za-z]/.test(entry.accountNumber),
        "invalid_account_number",
        "an account number is 1-17 letters, digits, spaces or hyphens",
        [...path, "accountNumber"],
      ),
    () =>
      check(
        typeof amount === "bigint" && amount >= 0n && amount <= maxAchEntryMinor,
        "invalid_amount",
        `an entry amount is 0-${maxAchEntryMinor} cents`,
        [...path, "amountMinor"],
      ),
    () =>
      check(
        entry.isPrenote === true ? amount === 0n : amount > 0n,
        "invalid_amount",
        entry.isPrenote === true ? "a prenote is for zero" : "an entry amount must be positive",
        [...path, "amountMinor"],
      ),
    () => check(entry.individualId.length <= 15, "invalid_field", "at most 15 characters", [...path, "individualId"]),
    () =>
      check((entry.discretionaryData ?? "").length <= 2, "invalid_field", "at most 2 characters", [
        ...path,
        "discretionaryData",
      ]),
    () =>
      check((entry.addendaInformation ?? "").length <= 80, "invalid_field", "at most 80 characters", [
        ...path,
        "addendaInformation",
      ]),
  ]);
}

function checkBatchHeader(batch: AchBatchInput, path: Path): Check {
  return firstFailure([
    () =>
      check(batch.secCode === "PPD" || batch.secCode === "WEB", "invalid_sec_code", "PPD or WEB", [...path, "secCode"]),
    () => check(batch.companyId.length === 10, "invalid_company_id", "exactly 10 characters", [...path, "companyId"]),
    () => check(/^\d{8}$/.test(batch.originatingDfi), "invalid_field", "8 digits", [...path, "originatingDfi"]),
    () => check(batch.entries.length > 0, "empty_batch", "a batch needs at least one entry", [...path, "entries"]),
    () =>
      check(
        batch.entryDescription.trim().length > 0 && batch.entryDescription.length <= 10,
        "invalid_field",
        "1-10 characters",
        [...path, "entryDescription"],
      ),
    () =>
      check(
        batch.secCode !== "WEB" ||
          batch.entries.every((e) => e.discretionaryData === "R" || e.discretionaryData === "S"),
        "invalid_field",
        "a WEB entry needs payment type code R or S in discretionaryData",
        [...path, "entries"],
      ),
  ]);
}

function checkTotals(batch: AchBatchInput, path: Path): Check {
  let debit = 0n;
  let credit = 0n;
  for (const entry of batch.entries) {
    if (entry.direction === "debit") debit += entry.amountMinor;
    else credit += entry.amountMinor;
  }
  return check(
    debit <= maxAchTotalMinor && credit <= maxAchTotalMinor,
    "ach_total_too_large",
    "a batch total must fit 12 digits of cents",
    path,
  );
}

function checkFileHeader(input: AchFileInput): Check {
  const destination = parseRoutingNumber(input.immediateDestination, ["immediateDestination"]);
  if (!destination.ok) return destination;
  const start = input.firstTraceSequence ?? 1;
  return firstFailure([
    () => check(input.immediateOrigin.length === 10, "invalid_field", "exactly 10 characters", ["immediateOrigin"]),
    () => check(/^([01]\d|2[0-3])[0-5]\d$/.test(input.creationTime), "invalid_field", "HHMM", ["creationTime"]),
    () => check(/^[A-Z0-9]$/.test(input.fileIdModifier), "invalid_field", "A-Z or 0-9", ["fileIdModifier"]),
    () => check(input.batches.length > 0, "empty_file", "a file needs at least one batch", ["batches"]),
    () =>
      check(
        Number.isSafeInteger(start) && start >= 1 && start + countEntries(input) - 1 <= 9_999_999,
        "invalid_field",
        "trace sequences must stay within 1-9999999",
        ["firstTraceSequence"],
      ),
  ]);
}

function countEntries(input: AchFileInput): number {
  return input.batches.reduce((n, batch) => n + batch.entries.length, 0);
}

/**
 * Checks a file request before any record is written. Errors carry the path of the bad field:
 * `invalid_routing_number`, `routing_number_checksum`, `invalid_account_number`, `invalid_amount`,
 * `invalid_sec_code`, `invalid_company_id`, `empty_batch`, `empty_file`, `ach_total_too_large`,
 * `invalid_field`.
 *
 * @example validateAchFileInput(input).ok
 */
export function validateAchFileInput(input: AchFileInput): Result<true, DomainError> {
  const header = checkFileHeader(input);
  if (!header.ok) return header;
  for (const [b, batch] of input.batches.entries()) {
    const path = ["batches", b];
    const batchCheck = firstFailure([() => checkBatchHeader(batch, path), () => checkTotals(batch, path)]);
    if (!batchCheck.ok) return batchCheck;
    for (const [e, entry] of batch.entries.entries()) {
      const entryCheck = checkEntry(entry, [...path, "entries", e]);
      if (!entryCheck.ok) return entryCheck;
    }
  }
  return passed;
}
