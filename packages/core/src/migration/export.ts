import type { LocalDate } from "../calendar/index.js";
import { InvariantError, ok, type Result } from "../errors/index.js";
import { type Decimal, formatDecimal } from "../money/index.js";
import { type Loan, type LoanEvent, openingBalanceOf, replay } from "../servicing/index.js";
import { csvCell } from "./csv.js";
import { loanFigures } from "./figures.js";
import { eventsAfter, openingRecord } from "./opening-record.js";

/** A row object in its JSON form (what one JSON line holds). @example JSON.stringify(record) */
export type ImportRecord = { readonly [key: string]: unknown };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isDecimal(value: unknown): value is Decimal {
  return typeof value === "object" && value !== null && "units" in value && typeof value.units === "bigint";
}

/** A core value as JSON: bigints and Decimals become decimal strings, `undefined` fields are dropped. */
function encode(value: unknown): Json {
  if (typeof value === "bigint") return value.toString();
  if (isDecimal(value)) return formatDecimal(value);
  if (Array.isArray(value)) return value.map(encode);
  if (typeof value === "object" && value !== null) {
    const out: { [key: string]: Json } = {};
    for (const [key, field] of Object.entries(value)) if (field !== undefined) out[key] = encode(field);
    return out;
  }
  if (typeof value === "function" || typeof value === "symbol") throw new InvariantError("not JSON data");
  return value as Json;
}

/** What `exportLoan` needs: a loan as Lendstack holds it and the date its figures are taken. */
export interface ExportInput {
  readonly sourceId: string;
  readonly borrowerReference: string;
  readonly loan: Loan;
  readonly events: ReadonlyArray<LoanEvent>;
  readonly asOf: LocalDate;
}

/**
 * `history`: each loan with its full history; `opening`: active loans as opening balances on
 * `asOf` (with the events after it), every other loan (paid off, charged off, or with a later
 * reversal of an earlier payment) with its full history.
 *
 * @example const form: ExportForm = "opening";
 */
export type ExportForm = "history" | "opening";

/** The loan's opening balances on `asOf` and its later events, when it has them. */
function openingOf(input: ExportInput): { opening: Record<string, unknown>; later: LoanEvent[] } | undefined {
  const later = eventsAfter(input.events, input.asOf);
  if (later === undefined) return undefined;
  const state = replay(input.loan, input.events, input.asOf);
  if (!state.ok) return undefined;
  const event = openingBalanceOf(state.value, "opening");
  return event.ok ? { opening: openingRecord(event.value), later } : undefined;
}

/** A loan boarded from opening balances (its first event) as that opening and the events after it. */
function boardedOpening(events: ReadonlyArray<LoanEvent>) {
  const [first, ...later] = events;
  return first?.type === "opening-balance" ? { opening: openingRecord(first), later } : undefined;
}

/**
 * A Lendstack loan as an import row with Lendstack's own figures as of `asOf` as its `sourceFigures`:
 * importing it elsewhere must reconcile to the cent, in either form (`ExportForm`). A loan that was
 * itself boarded from opening balances (a charged-off one among them) keeps them as its `opening`,
 * where its history would start. Fails with the replay's error.
 *
 * @example const record = unwrap(exportLoan({ sourceId: "L1", borrowerReference: "B1", loan, events, asOf }));
 */
export function exportLoan(input: ExportInput, form: ExportForm = "history"): Result<ImportRecord> {
  const figures = loanFigures(input.loan, input.events, input.asOf);
  if (!figures.ok) return figures;
  const opening = (form === "opening" ? openingOf(input) : undefined) ?? boardedOpening(input.events);
  const { businessDays, ...terms } = input.loan.terms;
  return ok({
    sourceId: input.sourceId,
    borrowerReference: input.borrowerReference,
    terms: {
      ...(encode(terms) as object),
      ...(businessDays
        ? { businessDays: { calendar: businessDays.calendar.name, convention: businessDays.convention } }
        : {}),
    },
    policy: encode(input.loan.policy),
    ...(opening
      ? { opening: encode(opening.opening), ...(opening.later.length > 0 ? { history: encode(opening.later) } : {}) }
      : { history: encode(input.events) }),
    sourceFigures: encode(figures.value),
  });
}

/** Records as JSON Lines. @example toJsonLines([record]) */
export function toJsonLines(records: ReadonlyArray<ImportRecord>): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join("");
}

/** Columns flattened to one scalar each (the rest of the record's objects are JSON cells). */
const flattened = new Set(["terms", "sourceFigures"]);

function flatten(record: ImportRecord, prefix: string, out: Map<string, string>): void {
  for (const [key, value] of Object.entries(record)) {
    const column = prefix === "" ? key : `${prefix}.${key}`;
    if (value === undefined) continue;
    const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
    if (isObject && (prefix !== "" || flattened.has(key))) flatten(value as ImportRecord, column, out);
    else out.set(column, typeof value === "string" ? value : JSON.stringify(value));
  }
}

/**
 * Records as CSV: the header is every field path used (terms and figures one column per field,
 * policy and history as JSON cells), in first-seen order.
 *
 * @example toCsv([record]).split("\n")[0] // "sourceId,borrowerReference,terms.currency,…"
 */
export function toCsv(records: ReadonlyArray<ImportRecord>): string {
  const rows = records.map((record) => {
    const cells = new Map<string, string>();
    flatten(record, "", cells);
    return cells;
  });
  const header: string[] = [];
  const known = new Set<string>();
  for (const row of rows) {
    for (const column of row.keys()) {
      if (known.has(column)) continue;
      known.add(column);
      header.push(column);
    }
  }
  const lines = [header.map(csvCell).join(",")];
  for (const row of rows) lines.push(header.map((column) => csvCell(row.get(column) ?? "")).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
