/** Test fixtures: a small PPD/WEB file request (not part of the public surface). */
import { date } from "../calendar/index.js";
import type { AchBatchInput, AchEntryInput, AchFileInput } from "./ach-input.js";

export const debitEntry: AchEntryInput = {
  direction: "debit",
  accountKind: "checking",
  routingNumber: "011000015",
  accountNumber: "123456789",
  amountMinor: 12_500n,
  individualId: "loan_1",
  individualName: "José Núñez",
  discretionaryData: "S",
  addendaInformation: "Installment 3",
};

export const creditEntry: AchEntryInput = {
  direction: "credit",
  accountKind: "savings",
  routingNumber: "121000248",
  accountNumber: "98765",
  amountMinor: 100n,
  individualId: "loan_2",
  individualName: "Ada",
  discretionaryData: "R",
};

export const webBatch: AchBatchInput = {
  companyName: "Lendstack Demo",
  companyId: "1234567890",
  secCode: "WEB",
  entryDescription: "LOAN PMT",
  effectiveEntryDate: date("2026-12-04"),
  originatingDfi: "02100002",
  entries: [debitEntry, creditEntry],
};

export function fileOf(batches: ReadonlyArray<AchBatchInput>, extra: Partial<AchFileInput> = {}): AchFileInput {
  return {
    immediateDestination: "021000021",
    immediateDestinationName: "JPMorgan Chase",
    immediateOrigin: "1234567890",
    immediateOriginName: "Lendstack Demo",
    creationDate: date("2026-12-03"),
    creationTime: "1605",
    fileIdModifier: "A",
    batches,
    ...extra,
  };
}
