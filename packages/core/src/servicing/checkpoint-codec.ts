import { civilOf, epochDayOf } from "../calendar/civil.js";
import { InvariantError } from "../errors/index.js";
import { rowsOf } from "./checkpoint-rows.js";
import { ABSENT, type Json, MISSING, packColumn, unpackColumn } from "./checkpoint-table.js";

// A compact, exact text form for replay's working state (checkpoint.ts). JSON has no bigint, so a bigint is
// the string "#<decimal>"; a string that starts with "#" is escaped as "##…"; "#u" marks a key a row of a
// table lacks. An array of two or more plain objects (installments, charges, journal lines) is stored as a
// table: its keys once ("#k"), a column with one value in every row once ("#c"), and the other columns each
// packed ("#v", checkpoint-table.ts), minor units there as JSON numbers and dates as epoch days when the whole
// column allows. Tables written one array of cells per row ("#r"), as the codec did before, still read. Only
// plain data is accepted: anything else throws, so a new kind of value in the state is found by the tests, never
// stored wrongly.

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isTable(value: ReadonlyArray<unknown>): boolean {
  return value.length >= 2 && value.every(isPlainObject);
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Conversions already made, both ways. A book's dates are few (a few thousand due and event dates) and
 * every checkpoint converts the same ones: a 300-event mortgage's checkpoint holds its 360 installments, and
 * converting their dates afresh was about a third of the CPU of a payment on it. Cleared when full.
 */
const MOST_REMEMBERED = 50_000;
const epochDays = new Map<string, number | null>();
const dates = new Map<number, string>();

function epochDay(text: string): number | undefined {
  const known = epochDays.get(text);
  if (known !== undefined) return known ?? undefined;
  let day: number | null = null;
  if (isoDate.test(text)) {
    const converted = epochDayOf(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
    day = dateOf(converted) === text ? converted : null; // "2026-02-30" is not a date: kept as text
  }
  if (epochDays.size >= MOST_REMEMBERED) epochDays.clear();
  epochDays.set(text, day);
  return day ?? undefined;
}

function dateOf(day: number): string {
  let text = dates.get(day);
  if (text === undefined) {
    const [year, month, date] = civilOf(day);
    text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
    if (dates.size >= MOST_REMEMBERED) dates.clear();
    dates.set(day, text);
  }
  return text;
}

const MOST_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const isSafeBigint = (value: unknown) => typeof value === "bigint" && value <= MOST_SAFE && value >= -MOST_SAFE;

/** How a table stores one column: once for every row, or per row as numbers (minor units, epoch days) or values. */
type Column = { key: string; kind: "constant" | "bigint" | "date" | "value"; cells?: Json[] };

/** One pass over the column: its kind, and its cells when they are numbers (dates converted once). */
function columnOf(rows: ReadonlyArray<Record<string, unknown>>, key: string): Column {
  const first = rows[0]?.[key];
  let isConstant = first !== undefined && (typeof first !== "object" || first === null);
  let isBigint = true;
  let isDate = true;
  const cells: Json[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const value = rows[i]?.[key];
    if (value !== first) isConstant = false;
    if (value === undefined) {
      cells[i] = ABSENT;
      continue;
    }
    if (isBigint && isSafeBigint(value)) {
      cells[i] = Number(value);
      isDate = false;
      continue;
    }
    isBigint = false;
    const day = isDate && typeof value === "string" ? epochDay(value) : undefined;
    if (day === undefined) isDate = false;
    else cells[i] = day;
    if (!isConstant && !isDate) return { key, kind: "value" };
  }
  if (isConstant) return { key, kind: "constant" };
  if (isBigint) return { key, kind: "bigint", cells };
  return isDate ? { key, kind: "date", cells } : { key, kind: "value" };
}

/**
 * Columns of one value for every row are stored once (`#c`); the others once each (`#v`, checkpoint-table.ts),
 * minor units as numbers (`#n`), dates as epoch days (`#d`).
 */
function encodeTable(rows: ReadonlyArray<Record<string, unknown>>): Json {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const key in row) {
      if (row[key] !== undefined && !seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
    }
  }
  const columns = keys.map((key) => columnOf(rows, key));
  const constants: { [key: string]: Json } = {};
  for (const { key, kind } of columns) if (kind === "constant") constants[key] = encodeValue(rows[0]?.[key]);
  const live = columns.filter((column) => column.kind !== "constant");
  const cells = live.map((column) => column.cells ?? cellsOf(rows, column.key));
  // A column may be stored as its difference from an earlier one of the same kind (amounts paid from amounts due).
  const packed = cells.map((own, j) =>
    packColumn(
      own,
      cells.slice(0, j).map((other, k) => (live[k]?.kind === live[j]?.kind ? other : undefined)),
    ),
  );
  return {
    "#k": live.map((column) => column.key),
    "#c": constants,
    "#n": live.filter((column) => column.kind === "bigint").map((column) => column.key),
    "#d": live.filter((column) => column.kind === "date").map((column) => column.key),
    "#len": rows.length,
    "#v": packed,
  };
}

function cellsOf(rows: ReadonlyArray<Record<string, unknown>>, key: string): Json[] {
  const cells: Json[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const value = rows[i]?.[key];
    cells[i] = value === undefined ? ABSENT : encodeValue(value);
  }
  return cells;
}

function encodeValue(value: unknown): Json {
  switch (typeof value) {
    case "bigint":
      return `#${value}`;
    case "string":
      return value.startsWith("#") ? `#${value}` : value;
    case "number":
      if (!Number.isFinite(value)) throw new InvariantError(`checkpoint: ${value} has no exact JSON form`);
      return value;
    case "boolean":
      return value;
    case "object": {
      if (value === null) return null;
      if (Array.isArray(value))
        return isTable(value) ? encodeTable(value as Record<string, unknown>[]) : value.map(encodeValue);
      if (!isPlainObject(value)) throw new InvariantError("checkpoint: only plain objects can be stored");
      const out: { [key: string]: Json } = {};
      for (const key in value) {
        if (key.startsWith("#")) throw new InvariantError(`checkpoint: key ${key} is reserved`);
        const field = value[key];
        if (field !== undefined) out[key] = encodeValue(field);
      }
      return out;
    }
    default:
      throw new InvariantError(`checkpoint: a ${typeof value} cannot be stored`);
  }
}

function decodeString(text: string): unknown {
  if (!text.startsWith("#")) return text;
  if (text.startsWith("##")) return text.slice(1);
  if (text === ABSENT) throw new InvariantError("checkpoint: an absent marker outside a table");
  return BigInt(text.slice(1));
}

function decodeTable(table: { [key: string]: Json }): Record<string, unknown>[] {
  const keys = table["#k"] as string[];
  const bigints = new Set((table["#n"] ?? []) as string[]);
  const dates = new Set((table["#d"] ?? []) as string[]);
  const constants = Object.entries((table["#c"] ?? {}) as { [key: string]: Json }).map(
    ([key, cell]) => [key, decodeValue(cell)] as const,
  );
  const decoders = keys.map((key) => (bigints.has(key) ? toBigint : dates.has(key) ? toDate : decodeValue));
  if (Array.isArray(table["#v"])) {
    const count = table["#len"] as number;
    return rowsOf(constants, keys, unpackColumns(table["#v"], count, decoders), count);
  }
  const rows = table["#r"] as Json[][];
  return rowsOf(constants, keys, columnsOfRows(rows, decoders), rows.length);
}

/** A minor-unit or date cell is a safe integer, as the encoder writes them: anything else is not its text. */
function safeCell(cell: Json): number {
  if (!Number.isSafeInteger(cell)) throw new TypeError(`checkpoint: ${JSON.stringify(cell)} is not a safe integer`);
  return cell as number;
}
const toBigint = (cell: Json) => BigInt(safeCell(cell));
const toDate = (cell: Json) => dateOf(safeCell(cell));

function unpackColumns(packed: Json[], rows: number, decoders: ReadonlyArray<(cell: Json) => unknown>): unknown[][] {
  if (!Number.isSafeInteger(rows) || rows < 0) throw new TypeError("checkpoint: a table without its length");
  const columns: unknown[][] = [];
  for (let j = 0; j < decoders.length; j++) {
    columns.push(unpackColumn(packed[j] as Json, rows, decoders[j] as (cell: Json) => unknown, columns));
  }
  return columns;
}

/** The table as the codec wrote it before its columns were packed (`#r`: one array of cells per row). */
function columnsOfRows(rows: Json[][], decoders: ReadonlyArray<(cell: Json) => unknown>): unknown[][] {
  return decoders.map((decode, j) =>
    rows.map((cells) => {
      const cell = cells[j] as Json;
      return cell === ABSENT ? MISSING : decode(cell);
    }),
  );
}

function decodeValue(value: Json): unknown {
  if (typeof value === "string") return decodeString(value);
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(decodeValue);
  if (Array.isArray(value["#k"])) return decodeTable(value);
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = decodeValue(value[key] as Json);
  return out;
}

/**
 * Plain data (bigints, strings, numbers, booleans, null, arrays, plain objects) as compact JSON text;
 * `decodeState(encodeState(x))` equals `x` (keys whose value is `undefined` are left out).
 *
 * @example
 * encodeState({ amountMinor: 5n, rows: [{ a: 1 }, { a: 2 }] }); // '{"amountMinor":"#5","rows":{"#k":["a"],"#c":{},"#n":[],"#d":[],"#len":2,"#v":[[1,2]]}}'
 */
export function encodeState(value: unknown): string {
  return JSON.stringify(encodeValue(value));
}

/**
 * The value `encodeState` wrote. Throws on text it did not write (a `SyntaxError` or an `InvariantError`).
 *
 * @example
 * decodeState('{"amountMinor":"#5"}'); // { amountMinor: 5n }
 */
export function decodeState(text: string): unknown {
  return decodeValue(JSON.parse(text) as Json);
}
