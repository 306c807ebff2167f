import type { LocalDate } from "../calendar/index.js";
import type { AchControlTotals } from "./ach-records.js";

/** Addenda type 05: payment related information. */
export interface ParsedPaymentAddenda {
  readonly typeCode: "05";
  readonly information: string;
  readonly entrySequence: string;
}

/** Addenda type 99: a return, with its R code and the trace number of the entry it returns. */
export interface ParsedReturnAddenda {
  readonly typeCode: "99";
  /** `R01` … */
  readonly returnCode: string;
  readonly originalTraceNumber: string;
  /** `YYMMDD` or blank (R14/R15 only). */
  readonly dateOfDeath: string;
  readonly originalReceivingDfi: string;
  readonly information: string;
  readonly traceNumber: string;
}

/** Addenda type 98: a notification of change, with its C code and the corrected data. */
export interface ParsedChangeAddenda {
  readonly typeCode: "98";
  /** `C01` … */
  readonly changeCode: string;
  readonly originalTraceNumber: string;
  readonly originalReceivingDfi: string;
  /** 29 characters as sent; `readNotificationOfChange` interprets them by C code. */
  readonly correctedData: string;
  readonly traceNumber: string;
}

/** Any other addenda type, kept as text. */
export interface ParsedOtherAddenda {
  readonly typeCode: string;
  readonly text: string;
}

export type ParsedAchAddenda = ParsedPaymentAddenda | ParsedReturnAddenda | ParsedChangeAddenda | ParsedOtherAddenda;

/** An entry detail record (type 6) and the addenda that follow it. */
export interface ParsedAchEntry {
  readonly transactionCode: string;
  /** Nine digits: receiving DFI identification + check digit. */
  readonly routingNumber: string;
  readonly accountNumber: string;
  /** Cents. */
  readonly amountMinor: bigint;
  readonly individualId: string;
  readonly individualName: string;
  readonly discretionaryData: string;
  readonly traceNumber: string;
  readonly addenda: ReadonlyArray<ParsedAchAddenda>;
}

/** A batch: header fields, entries, and its control record's figures. */
export interface ParsedAchBatch {
  readonly serviceClassCode: string;
  readonly companyName: string;
  readonly companyId: string;
  readonly secCode: string;
  readonly entryDescription: string;
  readonly effectiveEntryDate: LocalDate | null;
  readonly originatingDfi: string;
  readonly batchNumber: number;
  readonly entries: ReadonlyArray<ParsedAchEntry>;
  readonly control: AchControlTotals;
}

/** A whole parsed file; `control` is what the file control record says. */
export interface ParsedAchFile {
  readonly immediateDestination: string;
  readonly immediateOrigin: string;
  readonly creationDate: LocalDate | null;
  readonly fileIdModifier: string;
  readonly batches: ReadonlyArray<ParsedAchBatch>;
  readonly control: AchControlTotals & { readonly batchCount: number; readonly blockCount: number };
  /** Physical records read, 9-fillers included. */
  readonly recordCount: number;
}

/**
 * Debit or credit, from the transaction code's second digit: 1-4 credit (1 = return/NOC of a
 * credit), 6-9 debit (6 = return/NOC of a debit).
 *
 * @example directionOfTransactionCode("27") === "debit"
 */
export function directionOfTransactionCode(code: string): "debit" | "credit" | null {
  const digit = code.charAt(1);
  if (digit >= "1" && digit <= "4") return "credit";
  if (digit >= "6" && digit <= "9") return "debit";
  return null;
}
