import type { LocalDate } from "../calendar/index.js";
import type { DomainError, Result } from "../errors/index.js";
import type { ParsedAchEntry, ParsedAchFile, ParsedChangeAddenda, ParsedReturnAddenda } from "./ach-parsed.js";
import { type InstrumentCorrection, readNotificationOfChange } from "./notification-of-change.js";

/** One returned entry: the R code and the original entry's trace number, which finds the payment. */
export interface AchReturnNotice {
  readonly returnCode: string;
  readonly originalTraceNumber: string;
  /** Cents returned. */
  readonly amountMinor: bigint;
  readonly transactionCode: string;
  readonly individualId: string;
  readonly individualName: string;
  readonly dateOfDeath: string;
  readonly information: string;
  readonly effectiveEntryDate: LocalDate | null;
}

/** One notification of change: the C code and what to correct on the instrument. */
export interface AchChangeNotice {
  readonly changeCode: string;
  readonly originalTraceNumber: string;
  readonly individualId: string;
  readonly correctedData: string;
  /** The correction read by C code, or why it could not be read. */
  readonly correction: Result<InstrumentCorrection>;
}

/** What a returns/NOC file says. */
export interface AchReturnsReport {
  readonly returns: ReadonlyArray<AchReturnNotice>;
  readonly changes: ReadonlyArray<AchChangeNotice>;
  /** Entries that carried neither a return (99) nor a NOC (98) addenda. */
  readonly problems: ReadonlyArray<DomainError>;
}

function returnNotice(
  entry: ParsedAchEntry,
  addenda: ParsedReturnAddenda,
  effective: LocalDate | null,
): AchReturnNotice {
  return {
    returnCode: addenda.returnCode,
    originalTraceNumber: addenda.originalTraceNumber,
    amountMinor: entry.amountMinor,
    transactionCode: entry.transactionCode,
    individualId: entry.individualId,
    individualName: entry.individualName,
    dateOfDeath: addenda.dateOfDeath,
    information: addenda.information,
    effectiveEntryDate: effective,
  };
}

function changeNotice(entry: ParsedAchEntry, addenda: ParsedChangeAddenda): AchChangeNotice {
  return {
    changeCode: addenda.changeCode,
    originalTraceNumber: addenda.originalTraceNumber,
    individualId: entry.individualId,
    correctedData: addenda.correctedData,
    correction: readNotificationOfChange(addenda.changeCode, addenda.correctedData),
  };
}

/**
 * Reads the returns (addenda 99, R code) and notifications of change (addenda 98, C code) out of a
 * parsed returns/NOC file. Match them to payments and instruments by `originalTraceNumber`.
 *
 * @example const report = readAchReturns(unwrap(parseAchFile(text))); report.returns[0]?.returnCode;
 */
export function readAchReturns(file: ParsedAchFile): AchReturnsReport {
  const returns: AchReturnNotice[] = [];
  const changes: AchChangeNotice[] = [];
  const problems: DomainError[] = [];
  for (const [b, batch] of file.batches.entries()) {
    for (const [e, entry] of batch.entries.entries()) {
      const returned = entry.addenda.find((a): a is ParsedReturnAddenda => a.typeCode === "99");
      const changed = entry.addenda.find((a): a is ParsedChangeAddenda => a.typeCode === "98");
      if (returned) returns.push(returnNotice(entry, returned, batch.effectiveEntryDate));
      else if (changed) changes.push(changeNotice(entry, changed));
      else {
        problems.push({
          code: "ach_not_a_return",
          message: `entry ${entry.traceNumber} has no return or change addenda`,
          path: ["batches", b, "entries", e],
        });
      }
    }
  }
  return { returns, changes, problems };
}
