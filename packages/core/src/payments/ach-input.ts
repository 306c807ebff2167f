import type { LocalDate } from "../calendar/index.js";

/**
 * Standard Entry Class codes Lendstack originates: PPD (written authorization, consumer account)
 * and WEB (authorization obtained online).
 *
 * @see NACHA Operating Rules, Appendix Three (SEC codes)
 * @example const sec: AchSecCode = "WEB";
 */
export type AchSecCode = "PPD" | "WEB";

/** @example const kind: AchAccountKind = "checking"; */
export type AchAccountKind = "checking" | "savings";

/** A debit pulls money from the receiver's account; a credit pushes money to it. @example "debit" */
export type AchDirection = "debit" | "credit";

/**
 * One entry detail record (type 6) and its optional addenda (type 7, addenda type 05).
 *
 * @example
 * const entry: AchEntryInput = {
 *   direction: "debit", accountKind: "checking", routingNumber: "021000021", accountNumber: "123456789",
 *   amountMinor: 12_500n, individualId: "loan_01J", individualName: "Ada Lovelace",
 * };
 */
export interface AchEntryInput {
  readonly direction: AchDirection;
  readonly accountKind: AchAccountKind;
  /** The receiving bank's nine-digit routing number (ABA check digit verified). */
  readonly routingNumber: string;
  /** The receiver's account number, 1-17 characters. */
  readonly accountNumber: string;
  /** Amount in cents (USD minor units), 0 only for a prenote, at most 9,999,999,999 (10 digits). */
  readonly amountMinor: bigint;
  /** Individual identification number, up to 15 characters (Lendstack puts the loan reference here). */
  readonly individualId: string;
  /** Receiver's name, up to 22 characters (longer names are cut). */
  readonly individualName: string;
  /** Discretionary data (2 characters); for WEB this is the payment type code, `S` single or `R` recurring. */
  readonly discretionaryData?: string;
  /** Payment related information for one addenda record (type 05), up to 80 characters. */
  readonly addendaInformation?: string;
  /** A zero-dollar prenotification (transaction codes 23/28/33/38). */
  readonly isPrenote?: boolean;
}

/**
 * One batch: a company batch header (type 5), its entries, and a batch control (type 8).
 *
 * @example
 * const batch: AchBatchInput = {
 *   companyName: "Lendstack Demo", companyId: "1234567890", secCode: "PPD", entryDescription: "LOAN PMT",
 *   effectiveEntryDate: date("2026-12-04"), originatingDfi: "02100002", entries: [],
 * };
 */
export interface AchBatchInput {
  /** Up to 16 characters. */
  readonly companyName: string;
  /** Up to 20 characters. */
  readonly companyDiscretionaryData?: string;
  /** Company identification, exactly 10 characters (often "1" + the EIN). */
  readonly companyId: string;
  readonly secCode: AchSecCode;
  /** Company entry description, up to 10 characters: "LOAN PMT"; a re-presentment must say "RETRY PYMT". */
  readonly entryDescription: string;
  /** Company descriptive date, up to 6 characters (free text the receiver sees). */
  readonly descriptiveDate?: string;
  /** The date the originator wants the entries to settle; the caller picks it from the tenant calendar. */
  readonly effectiveEntryDate: LocalDate;
  /** The originating bank's routing number without its check digit: 8 digits. */
  readonly originatingDfi: string;
  readonly entries: ReadonlyArray<AchEntryInput>;
}

/**
 * A whole file: file header (type 1), batches, file control (type 9), padded with 9s.
 *
 * @example
 * const file: AchFileInput = {
 *   immediateDestination: "021000021", immediateDestinationName: "JPMORGAN CHASE",
 *   immediateOrigin: "1234567890", immediateOriginName: "LENDSTACK DEMO",
 *   creationDate: date("2026-12-03"), creationTime: "1605", fileIdModifier: "A", batches: [],
 * };
 */
export interface AchFileInput {
  /** The ODFI's (or ACH operator's) nine-digit routing number; written with a leading blank. */
  readonly immediateDestination: string;
  /** Up to 23 characters. */
  readonly immediateDestinationName: string;
  /** Exactly 10 characters: a routing number with a leading blank, or "1" + EIN as the ODFI assigns. */
  readonly immediateOrigin: string;
  /** Up to 23 characters. */
  readonly immediateOriginName: string;
  readonly creationDate: LocalDate;
  /** `HHMM`, 24-hour clock, in the originator's time; passed in (core has no clock). */
  readonly creationTime: string;
  /** `A`-`Z` or `0`-`9`: tells apart files made the same day. */
  readonly fileIdModifier: string;
  /** Up to 8 characters. */
  readonly referenceCode?: string;
  /** Trace sequence of the file's first entry (7 digits, default 1); each entry takes the next. */
  readonly firstTraceSequence?: number;
  /** Line separator; default "\n". */
  readonly lineEnding?: "\n" | "\r\n";
  readonly batches: ReadonlyArray<AchBatchInput>;
}

/** Largest amount of one entry: ten digits of cents. @example maxAchEntryMinor === 9_999_999_999n */
export const maxAchEntryMinor = 9_999_999_999n;

/** Largest batch or file total: twelve digits of cents. @example maxAchTotalMinor === 999_999_999_999n */
export const maxAchTotalMinor = 999_999_999_999n;

/** NACHA's required company entry description for a re-presented R01/R09 entry. @example "RETRY PYMT" */
export const retryEntryDescription = "RETRY PYMT";
