import { fail, ok, type Result } from "../errors/index.js";
import { numeric } from "../fixed-width/index.js";
import { type AchBatchInput, type AchFileInput, maxAchTotalMinor } from "./ach-input.js";
import {
  type AchControlTotals,
  achBlockingFactor,
  achFillerRecord,
  batchControlRecord,
  batchHeaderRecord,
  entryDetailRecord,
  fileControlRecord,
  fileHeaderRecord,
  paymentAddendaRecord,
  serviceClassCode,
} from "./ach-records.js";
import { validateAchFileInput } from "./ach-validate.js";

/** Entry hashes keep their last ten digits. */
const entryHashModulus = 10_000_000_000n;

/**
 * A built NACHA file: its text, its totals, and the trace number of every entry (per batch, in
 * input order) so returns can be matched to the payments they return.
 */
export interface AchFile {
  readonly text: string;
  /** Physical records including the 9-filler: a multiple of 10. */
  readonly recordCount: number;
  readonly batchCount: number;
  readonly blockCount: number;
  readonly totals: AchControlTotals;
  /** `traceNumbers[b][e]` is the 15-digit trace number of entry `e` of batch `b`. */
  readonly traceNumbers: ReadonlyArray<ReadonlyArray<string>>;
}

interface BuiltBatch {
  readonly totals: AchControlTotals;
  readonly traces: string[];
}

function writeBatch(batch: AchBatchInput, batchNumber: number, firstSequence: number, lines: string[]): BuiltBatch {
  const serviceClass = serviceClassCode(batch.entries);
  lines.push(batchHeaderRecord(batch, serviceClass, batchNumber));
  let hash = 0n;
  let debit = 0n;
  let credit = 0n;
  let count = 0;
  const traces: string[] = [];
  for (let i = 0; i < batch.entries.length; i += 1) {
    const entry = batch.entries[i]!;
    const sequence = numeric(firstSequence + i, 7);
    const trace = batch.originatingDfi + sequence;
    traces.push(trace);
    lines.push(entryDetailRecord(entry, trace));
    count += 1;
    if (entry.addendaInformation !== undefined) {
      lines.push(paymentAddendaRecord(entry.addendaInformation, sequence));
      count += 1;
    }
    hash += BigInt(entry.routingNumber.slice(0, 8));
    if (entry.direction === "debit") debit += entry.amountMinor;
    else credit += entry.amountMinor;
  }
  const totals = {
    entryAddendaCount: count,
    entryHash: hash % entryHashModulus,
    totalDebitMinor: debit,
    totalCreditMinor: credit,
  };
  lines.push(batchControlRecord(batch, serviceClass, totals, batchNumber));
  return { totals, traces };
}

function addTotals(a: AchControlTotals, b: AchControlTotals): AchControlTotals {
  return {
    entryAddendaCount: a.entryAddendaCount + b.entryAddendaCount,
    entryHash: (a.entryHash + b.entryHash) % entryHashModulus,
    totalDebitMinor: a.totalDebitMinor + b.totalDebitMinor,
    totalCreditMinor: a.totalCreditMinor + b.totalCreditMinor,
  };
}

/**
 * Builds a NACHA file from validated input: file header, one batch header / entries / addenda /
 * batch control per batch, the file control, then all-9 records up to a multiple of 10 records.
 * Entry hash: the 8-digit receiving DFI identifications summed, last 10 digits kept. Amounts are
 * integer cents throughout. Errors: those of `validateAchFileInput`, and `ach_total_too_large`
 * when the file's totals do not fit 12 digits.
 *
 * @see NACHA Operating Rules, Appendix Two (ACH record formats)
 * @example
 * const built = buildAchFile(input);
 * if (built.ok) console.log(built.value.text.split("\n")[0]?.length); // 94
 */
export function buildAchFile(input: AchFileInput): Result<AchFile> {
  const valid = validateAchFileInput(input);
  if (!valid.ok) return valid;
  const lines: string[] = [fileHeaderRecord(input)];
  let totals: AchControlTotals = { entryAddendaCount: 0, entryHash: 0n, totalDebitMinor: 0n, totalCreditMinor: 0n };
  let sequence = input.firstTraceSequence ?? 1;
  const traceNumbers: string[][] = [];
  for (let b = 0; b < input.batches.length; b += 1) {
    const batch = input.batches[b]!;
    const built = writeBatch(batch, b + 1, sequence, lines);
    sequence += batch.entries.length;
    totals = addTotals(totals, built.totals);
    traceNumbers.push(built.traces);
  }
  if (totals.totalDebitMinor > maxAchTotalMinor || totals.totalCreditMinor > maxAchTotalMinor) {
    return fail("ach_total_too_large", "the file's totals must fit 12 digits of cents", ["batches"]);
  }
  const recordCount = lines.length + 1;
  const blockCount = Math.ceil(recordCount / achBlockingFactor);
  lines.push(fileControlRecord(input.batches.length, blockCount, totals));
  while (lines.length < blockCount * achBlockingFactor) lines.push(achFillerRecord);
  const lineEnding = input.lineEnding ?? "\n";
  return ok({
    text: lines.join(lineEnding) + lineEnding,
    recordCount: lines.length,
    batchCount: input.batches.length,
    blockCount,
    totals,
    traceNumbers,
  });
}
