import { InvariantError } from "../errors/index.js";

// A compact, exact text form for replay's working state (checkpoint.ts). JSON has no bigint, so a bigint is
// the string "#<decimal>"; a string that starts with "#" is escaped as "##…"; "#u" marks a key a row of a
// table lacks. An array of two or more plain objects (installments, charges, journal lines) is stored as a
// table: its keys once ("#k") and one array of values per row ("#r"), which makes a 360-row schedule a
// few kilobytes instead of one object literal per row. Only plain data is accepted: anything else throws,
// so a new kind of value in the state is found by the tests, never stored wrongly.

const ABSENT = "#u";
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isTable(value: ReadonlyArray<unknown>): boolean {
  return value.length >= 2 && value.every(isPlainObject);
}

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
  return {
    "#k": keys,
    "#r": rows.map((row) => keys.map((key) => (row[key] === undefined ? ABSENT : encodeValue(row[key])))),
  };
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

function decodeValue(value: Json): unknown {
  if (typeof value === "string") return decodeString(value);
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(decodeValue);
  const keys = value["#k"];
  if (Array.isArray(keys)) {
    const rows = value["#r"] as Json[][];
    return rows.map((cells) => {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) {
        const cell = cells[i] as Json;
        if (cell !== ABSENT) row[keys[i] as string] = decodeValue(cell);
      }
      return row;
    });
  }
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = decodeValue(value[key] as Json);
  return out;
}

/**
 * Plain data (bigints, strings, numbers, booleans, null, arrays, plain objects) as compact JSON text;
 * `decodeState(encodeState(x))` equals `x` (keys whose value is `undefined` are left out).
 *
 * @example
 * encodeState({ amountMinor: 5n, rows: [{ a: 1 }, { a: 2 }] }); // '{"amountMinor":"#5","rows":{"#k":["a"],"#r":[[1],[2]]}}'
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
