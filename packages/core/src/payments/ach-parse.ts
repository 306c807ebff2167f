import { type LocalDate, parseLocalDate } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import type { ParsedAchAddenda, ParsedAchBatch, ParsedAchEntry, ParsedAchFile } from "./ach-parsed.js";
import { type AchControlTotals, achRecordLength } from "./ach-records.js";

/** 1-based inclusive positions, as the NACHA record layouts give them; trailing blanks trimmed. */
function field(line: string, from: number, to: number): string {
  return line.slice(from - 1, to).trimEnd();
}

function digits(line: string, from: number, to: number): bigint | null {
  const text = line.slice(from - 1, to);
  return /^\d+$/.test(text) ? BigInt(text) : null;
}

function dateFromYymmdd(text: string): LocalDate | null {
  if (!/^\d{6}$/.test(text)) return null;
  const parsed = parseLocalDate(`20${text.slice(0, 2)}-${text.slice(2, 4)}-${text.slice(4, 6)}`);
  return parsed.ok ? parsed.value : null;
}

function readAddenda(line: string): ParsedAchAddenda {
  const typeCode = line.slice(1, 3);
  if (typeCode === "05") return { typeCode, information: field(line, 4, 83), entrySequence: line.slice(87, 94) };
  if (typeCode === "99") {
    return {
      typeCode,
      returnCode: field(line, 4, 6),
      originalTraceNumber: line.slice(6, 21),
      dateOfDeath: field(line, 22, 27),
      originalReceivingDfi: line.slice(27, 35),
      information: field(line, 36, 79),
      traceNumber: line.slice(79, 94),
    };
  }
  if (typeCode === "98") {
    return {
      typeCode,
      changeCode: field(line, 4, 6),
      originalTraceNumber: line.slice(6, 21),
      originalReceivingDfi: line.slice(27, 35),
      correctedData: line.slice(35, 64),
      traceNumber: line.slice(79, 94),
    };
  }
  return { typeCode, text: line };
}

function readEntry(line: string): ParsedAchEntry | null {
  const amount = digits(line, 30, 39);
  if (amount === null || !/^\d{9}$/.test(line.slice(3, 12))) return null;
  return {
    transactionCode: line.slice(1, 3),
    routingNumber: line.slice(3, 12),
    accountNumber: field(line, 13, 29),
    amountMinor: amount,
    individualId: field(line, 40, 54),
    individualName: field(line, 55, 76),
    discretionaryData: field(line, 77, 78),
    traceNumber: line.slice(79, 94),
    addenda: [],
  };
}

/** Count at `countFrom`-`countTo`; then a 10-digit hash and two 12-digit totals (batch and file control alike). */
function readControl(line: string, countFrom: number, countTo: number): AchControlTotals | null {
  const count = digits(line, countFrom, countTo);
  const hash = digits(line, countTo + 1, countTo + 10);
  const debit = digits(line, countTo + 11, countTo + 22);
  const credit = digits(line, countTo + 23, countTo + 34);
  if (count === null || hash === null || debit === null || credit === null) return null;
  return { entryAddendaCount: Number(count), entryHash: hash, totalDebitMinor: debit, totalCreditMinor: credit };
}

interface Draft {
  header: ParsedAchFile | null;
  batches: ParsedAchBatch[];
  batch: { header: Omit<ParsedAchBatch, "entries" | "control">; entries: ParsedAchEntry[] } | null;
  control: ParsedAchFile["control"] | null;
}

type Step = Result<true>;
const done: Step = ok(true);

function readBatchHeader(line: string): Omit<ParsedAchBatch, "entries" | "control"> {
  return {
    serviceClassCode: line.slice(1, 4),
    companyName: field(line, 5, 20),
    companyId: field(line, 41, 50),
    secCode: line.slice(50, 53),
    entryDescription: field(line, 54, 63),
    effectiveEntryDate: dateFromYymmdd(line.slice(69, 75)),
    originatingDfi: line.slice(79, 87),
    batchNumber: Number(line.slice(87, 94)),
  };
}

function readLine(line: string, draft: Draft, at: number): Step {
  const type = line.charAt(0);
  const bad = (message: string) => fail("ach_parse_error", `line ${at}: ${message}`, ["lines", at]);
  if (type === "1") {
    if (draft.header) return bad("a second file header");
    draft.header = {
      immediateDestination: field(line, 4, 13).trim(),
      immediateOrigin: field(line, 14, 23).trim(),
      creationDate: dateFromYymmdd(line.slice(23, 29)),
      fileIdModifier: line.charAt(33),
      batches: [],
      control: {
        batchCount: 0,
        blockCount: 0,
        entryAddendaCount: 0,
        entryHash: 0n,
        totalDebitMinor: 0n,
        totalCreditMinor: 0n,
      },
      recordCount: 0,
    };
    return done;
  }
  if (!draft.header) return bad("records before the file header");
  if (type === "5") {
    if (draft.batch) return bad("a batch header inside an open batch");
    draft.batch = { header: readBatchHeader(line), entries: [] };
    return done;
  }
  if (type === "6" || type === "7" || type === "8") return readBatchLine(line, type, draft, bad);
  if (type === "9") return readFileControl(line, draft, bad);
  return bad(`unknown record type "${type}"`);
}

function readBatchLine(line: string, type: string, draft: Draft, bad: (m: string) => Step): Step {
  const batch = draft.batch;
  if (!batch) return bad("an entry, addenda or batch control outside a batch");
  if (type === "6") {
    const entry = readEntry(line);
    if (!entry) return bad("an entry detail with a bad routing number or amount");
    batch.entries.push(entry);
    return done;
  }
  if (type === "7") {
    const last = batch.entries[batch.entries.length - 1];
    if (!last) return bad("an addenda with no entry before it");
    batch.entries[batch.entries.length - 1] = { ...last, addenda: [...last.addenda, readAddenda(line)] };
    return done;
  }
  const control = readControl(line, 5, 10);
  if (!control) return bad("a batch control with non-numeric totals");
  draft.batches.push({ ...batch.header, entries: batch.entries, control });
  draft.batch = null;
  return done;
}

function readFileControl(line: string, draft: Draft, bad: (m: string) => Step): Step {
  if (line === "9".repeat(achRecordLength)) return draft.control ? done : bad("a filler before the file control");
  if (draft.control) return bad("a second file control");
  if (draft.batch) return bad("the file control inside an open batch");
  const batchCount = digits(line, 2, 7);
  const blockCount = digits(line, 8, 13);
  const totals = readControl(line, 14, 21);
  if (batchCount === null || blockCount === null || !totals) return bad("a file control with non-numeric totals");
  draft.control = { ...totals, batchCount: Number(batchCount), blockCount: Number(blockCount) };
  return done;
}

/**
 * Parses a NACHA file (an originated file, or a returns/NOC file from the ODFI) into its batches,
 * entries and addenda, with the totals its control records state. Lines may end in LF or CRLF;
 * a line shorter than 94 characters (trailing blanks dropped in transit) is padded back. Error:
 * `ach_parse_error`, naming the line.
 *
 * @see NACHA Operating Rules, Appendix Two (record formats), Appendix Four (return entries)
 * @example const parsed = parseAchFile(text); if (parsed.ok) parsed.value.batches.length;
 */
export function parseAchFile(text: string): Result<ParsedAchFile> {
  const draft: Draft = { header: null, batches: [], batch: null, control: null };
  const lines = text.split(/\r?\n/);
  let recordCount = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i]!;
    if (raw.trim() === "") continue;
    if (raw.length > achRecordLength) {
      return fail("ach_parse_error", `line ${i + 1}: ${raw.length} characters, more than 94`, ["lines", i + 1]);
    }
    recordCount += 1;
    const step = readLine(raw.padEnd(achRecordLength, " "), draft, i + 1);
    if (!step.ok) return step;
  }
  if (!draft.header || !draft.control) return fail("ach_parse_error", "no file header or no file control", ["lines"]);
  return ok({ ...draft.header, batches: draft.batches, control: draft.control, recordCount });
}
