import { fail, InvariantError, ok, type Result } from "@lendstack/core/errors";
import type { Loan, LoanState } from "@lendstack/core/servicing";

// A replayed LoanState as a jsonb document, and back, exactly. JSON has no bigint and no `undefined`, so
// values are tagged by a leading "~" (no key naming rule is needed: core's state holds bigints under
// many names, e.g. `scaled`, `periodDays`, `debitMinor`):
//   bigint 123n -> "~n123"      undefined -> "~u"      -0 -> "~z"      a string "~abc" -> "~~abc"
// Every other string, number, boolean, null, array and plain object is stored as itself; a Decimal is a
// plain { units: bigint, scale } object, so it needs no case of its own. Anything else (a function, a
// Map, a class instance, NaN, ±Infinity) is not plain data and throws: core's state never holds one.
// The state's `loan` (terms, with a business-day calendar holding functions, and policy) is not stored:
// it is the loan row's own terms and policy, which never change after boarding, and decoding puts that
// same object back, exactly as `replay(loan, …)` returns it.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Bumped whenever the encoding changes; a checkpoint in another format is ignored (replayed instead). */
export const loanStateFormat = 1;

/**
 * Every key of core's `LoanState`: a key core adds makes this fail to compile until it is listed here, and
 * a stored document whose keys differ from these (written by an older core) is refused by the decoder.
 */
const stateKeys = {
  loan: true,
  asOf: true,
  currency: true,
  status: true,
  annualRatePercent: true,
  disbursedMinor: true,
  outstanding: true,
  overdue: true,
  accruedInterestMinor: true,
  deferredInterestMinor: true,
  creditBalanceMinor: true,
  daysPastDue: true,
  delinquencyBucket: true,
  isNonPerforming: true,
  nextDue: true,
  installments: true,
  charges: true,
  transactions: true,
  journal: true,
  scheduleHistory: true,
  chargedOff: true,
  recoveredMinor: true,
  accrual: true,
  principalBalanceMinor: true,
  refundedMinor: true,
  dueDateAnchor: true,
  lateFeeIndex: true,
  principalNotDueMinor: true,
  levelInstallmentMinor: true,
  firstOpenIndex: true,
  nextDueIndex: true,
  accruedPenaltyMinor: true,
  penaltyAccrual: true,
} as const satisfies Record<keyof LoanState, true>;
const storedKeys = Object.keys(stateKeys)
  .filter((key) => key !== "loan")
  .sort();

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Sets a field without ever touching a prototype (a "__proto__" key stays a plain field). */
function setField(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true });
  else target[key] = value;
}

/**
 * The columns of an array of plain objects, in an order every row's own key order follows (so decoding
 * gives each row back with its keys in its own order), or undefined when there is no such order.
 */
function tableColumns(rows: ReadonlyArray<unknown>): string[] | undefined {
  if (rows.length < 2) return undefined;
  const columns: string[] = [];
  const position = new Map<string, number>();
  for (const row of rows) {
    if (typeof row !== "object" || row === null || Array.isArray(row) || !isPlainObject(row)) return undefined;
    let last = -1;
    for (const key of Object.keys(row)) {
      let at = position.get(key);
      if (at === undefined) {
        if (last !== columns.length - 1) return undefined; // a new key in the middle: order not shared
        at = columns.length;
        columns.push(key);
        position.set(key, at);
      }
      if (at <= last) return undefined;
      last = at;
    }
  }
  return columns;
}

function encodeArray(items: ReadonlyArray<unknown>): Json {
  const columns = tableColumns(items);
  if (columns === undefined) return items.map(encodeValue);
  const out: Json[] = [tableTag, columns];
  for (const item of items) {
    const row = item as Record<string, unknown>;
    out.push(columns.map((column) => (Object.hasOwn(row, column) ? encodeValue(row[column]) : holeTag)));
  }
  return out;
}

const tableTag = "~t";
const holeTag = "~h";

/**
 * Plain data (bigints, `undefined`, nested arrays and objects) as JSON, tagged so `decodeValue` restores
 * it exactly; throws an `InvariantError` on anything that is not plain data. An array of two or more plain
 * objects is stored as a table (`["~t", columns, ...rows]`, "~h" where a row lacks a column), so the
 * field names of installments, journal entries and transactions are stored once, not once per row.
 *
 * @example encodeValue({ amountMinor: 5n, memo: "~x" }) // { amountMinor: "~n5", memo: "~~x" }
 */
export function encodeValue(value: unknown): Json {
  switch (typeof value) {
    case "bigint":
      return `~n${value.toString()}`;
    case "undefined":
      return "~u";
    case "string":
      return value.charCodeAt(0) === 126 ? `~${value}` : value;
    case "boolean":
      return value;
    case "number":
      if (!Number.isFinite(value)) throw new InvariantError(`loan state codec: ${value} is not a JSON number`);
      return Object.is(value, -0) ? "~z" : value;
    case "object": {
      if (value === null) return null;
      if (Array.isArray(value)) return encodeArray(value);
      if (!isPlainObject(value)) throw new InvariantError("loan state codec: not a plain object");
      const out: { [key: string]: Json } = {};
      for (const key of Object.keys(value)) {
        setField(out, key, encodeValue((value as Record<string, unknown>)[key]));
      }
      return out;
    }
    default:
      throw new InvariantError(`loan state codec: a ${typeof value} is not plain data`);
  }
}

function decodeString(text: string): unknown {
  if (text.charCodeAt(0) !== 126) return text;
  const tag = text.charAt(1);
  if (tag === "n" && /^~n-?\d+$/.test(text)) return BigInt(text.slice(2));
  if (tag === "~") return text.slice(1);
  if (tag === "u" && text.length === 2) return undefined;
  if (tag === "z" && text.length === 2) return -0;
  throw new InvariantError(`loan state codec: unknown tag in ${JSON.stringify(text.slice(0, 20))}`);
}

function decodeTable(json: ReadonlyArray<unknown>): unknown[] {
  const columns = json[1];
  if (!Array.isArray(columns) || !columns.every((column) => typeof column === "string")) {
    throw new InvariantError("loan state codec: a table without its columns");
  }
  const rows: unknown[] = [];
  for (let r = 2; r < json.length; r++) {
    const cells = json[r];
    if (!Array.isArray(cells) || cells.length !== columns.length) {
      throw new InvariantError("loan state codec: a table row does not match its columns");
    }
    const row: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; c++) {
      const cell = cells[c];
      if (cell !== holeTag) setField(row, columns[c] as string, decodeValue(cell));
    }
    rows.push(row);
  }
  return rows;
}

/**
 * The inverse of `encodeValue`: `decodeValue(JSON.parse(JSON.stringify(encodeValue(x))))` deep-equals `x`,
 * each object with its keys in their original order. Throws an `InvariantError` on a "~" tag it did not write.
 *
 * @example decodeValue({ amountMinor: "~n5" }) // { amountMinor: 5n }
 */
export function decodeValue(json: unknown): unknown {
  if (typeof json === "string") return decodeString(json);
  if (typeof json !== "object" || json === null) return json;
  if (Array.isArray(json)) return json[0] === tableTag ? decodeTable(json) : json.map(decodeValue);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(json)) setField(out, key, decodeValue((json as Record<string, unknown>)[key]));
  return out;
}

/**
 * A replayed state as a jsonb document (its `loan` left out: the loan row holds it).
 *
 * @example
 * const row = { format: loanStateFormat, state: encodeLoanState(state) };
 */
export function encodeLoanState(state: LoanState): Record<string, unknown> {
  const { loan: _loan, ...rest } = state;
  return encodeValue(rest) as Record<string, unknown>;
}

/**
 * A stored document back to the state, with the loan's own terms and policy put back as `loan`. Fails
 * with `invalid_checkpoint` when the document is not one this codec wrote for core's current `LoanState`
 * (a key missing or extra, a bad tag, a date that does not parse): the caller then replays instead.
 *
 * @example
 * const state = decodeLoanState(row.state, loaded.loan);
 */
export function decodeLoanState(document: unknown, loan: Loan): Result<LoanState> {
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    return fail("invalid_checkpoint", "a stored loan state is not a JSON object");
  }
  const keys = Object.keys(document).sort();
  if (keys.length !== storedKeys.length || keys.some((key, k) => key !== storedKeys[k])) {
    return fail("invalid_checkpoint", "a stored loan state does not have the fields of core's LoanState", [], {
      keys,
    });
  }
  try {
    const fields = decodeValue(document) as Omit<LoanState, "loan">;
    if (typeof fields.asOf !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(fields.asOf)) {
      return fail("invalid_checkpoint", "a stored loan state has no as-of date");
    }
    return ok({ loan, ...fields });
  } catch (error) {
    if (error instanceof InvariantError) return fail("invalid_checkpoint", error.message);
    throw error;
  }
}
