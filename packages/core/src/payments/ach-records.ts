import type { LocalDate } from "../calendar/index.js";
import { alphanumeric, checkLength, numeric } from "../fixed-width/index.js";
import type { AchBatchInput, AchEntryInput, AchFileInput } from "./ach-input.js";

/** Every NACHA record is 94 characters. @example achRecordLength === 94 */
export const achRecordLength = 94;

/** Records per block; a file is padded with all-9 records to a whole block. @example achBlockingFactor === 10 */
export const achBlockingFactor = 10;

/** The record that pads a file to a whole block. */
export const achFillerRecord = "9".repeat(achRecordLength);

/** `YYMMDD` from a local date. @example yymmdd(date("2026-12-04")) === "261204" */
export function yymmdd(d: LocalDate): string {
  return d.slice(2, 4) + d.slice(5, 7) + d.slice(8, 10);
}

/**
 * The two-digit transaction code: 22/27 checking credit/debit, 32/37 savings; a prenote adds one.
 *
 * @see NACHA Operating Rules, Appendix Three, Transaction Codes
 * @example transactionCode({ direction: "debit", accountKind: "checking" }) === "27"
 */
export function transactionCode(entry: Pick<AchEntryInput, "direction" | "accountKind" | "isPrenote">): string {
  const base = (entry.accountKind === "checking" ? 20 : 30) + (entry.direction === "credit" ? 2 : 7);
  return String(base + (entry.isPrenote === true ? 1 : 0));
}

/** File header record (type 1). */
export function fileHeaderRecord(input: AchFileInput): string {
  return checkLength(
    "101" +
      ` ${input.immediateDestination}` +
      alphanumeric(input.immediateOrigin, 10) +
      yymmdd(input.creationDate) +
      input.creationTime +
      input.fileIdModifier +
      "094" +
      "10" +
      "1" +
      alphanumeric(input.immediateDestinationName, 23) +
      alphanumeric(input.immediateOriginName, 23) +
      alphanumeric(input.referenceCode ?? "", 8),
    achRecordLength,
  );
}

/** Service class: 225 debits only, 220 credits only, 200 mixed. */
export function serviceClassCode(entries: ReadonlyArray<Pick<AchEntryInput, "direction">>): string {
  const hasDebit = entries.some((e) => e.direction === "debit");
  const hasCredit = entries.some((e) => e.direction === "credit");
  return hasDebit && hasCredit ? "200" : hasDebit ? "225" : "220";
}

/** Company/batch header record (type 5). */
export function batchHeaderRecord(batch: AchBatchInput, serviceClass: string, batchNumber: number): string {
  return checkLength(
    `5${serviceClass}` +
      alphanumeric(batch.companyName, 16) +
      alphanumeric(batch.companyDiscretionaryData ?? "", 20) +
      alphanumeric(batch.companyId, 10) +
      batch.secCode +
      alphanumeric(batch.entryDescription, 10) +
      alphanumeric(batch.descriptiveDate ?? "", 6) +
      yymmdd(batch.effectiveEntryDate) +
      "   " + // settlement date: the ACH operator fills it in
      "1" +
      batch.originatingDfi +
      numeric(batchNumber, 7),
    achRecordLength,
  );
}

/** Entry detail record (type 6) for PPD and WEB. */
export function entryDetailRecord(entry: AchEntryInput, traceNumber: string): string {
  return checkLength(
    `6${transactionCode(entry)}` +
      entry.routingNumber +
      alphanumeric(entry.accountNumber, 17) +
      numeric(entry.amountMinor, 10) +
      alphanumeric(entry.individualId, 15) +
      alphanumeric(entry.individualName, 22) +
      alphanumeric(entry.discretionaryData ?? "", 2) +
      (entry.addendaInformation === undefined ? "0" : "1") +
      traceNumber,
    achRecordLength,
  );
}

/** Addenda record (type 7, addenda type 05) for PPD and WEB. */
export function paymentAddendaRecord(information: string, entrySequence: string): string {
  return checkLength(`705${alphanumeric(information, 80)}0001${entrySequence}`, achRecordLength);
}

/** What a batch control or the file control sums. */
export interface AchControlTotals {
  /** Entries plus addenda. */
  readonly entryAddendaCount: number;
  /** Sum of the 8-digit receiving DFI identifications, last 10 digits. */
  readonly entryHash: bigint;
  /** Cents. */
  readonly totalDebitMinor: bigint;
  /** Cents. */
  readonly totalCreditMinor: bigint;
}

/** Batch control record (type 8). */
export function batchControlRecord(
  batch: AchBatchInput,
  serviceClass: string,
  totals: AchControlTotals,
  batchNumber: number,
): string {
  return checkLength(
    `8${serviceClass}` +
      numeric(totals.entryAddendaCount, 6) +
      numeric(totals.entryHash, 10) +
      numeric(totals.totalDebitMinor, 12) +
      numeric(totals.totalCreditMinor, 12) +
      alphanumeric(batch.companyId, 10) +
      " ".repeat(19) + // message authentication code
      " ".repeat(6) +
      batch.originatingDfi +
      numeric(batchNumber, 7),
    achRecordLength,
  );
}

/** File control record (type 9). */
export function fileControlRecord(batchCount: number, blockCount: number, totals: AchControlTotals): string {
  return checkLength(
    "9" +
      numeric(batchCount, 6) +
      numeric(blockCount, 6) +
      numeric(totals.entryAddendaCount, 8) +
      numeric(totals.entryHash, 10) +
      numeric(totals.totalDebitMinor, 12) +
      numeric(totals.totalCreditMinor, 12) +
      " ".repeat(39),
    achRecordLength,
  );
}
