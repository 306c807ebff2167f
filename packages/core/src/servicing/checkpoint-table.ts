// A table's columns in the checkpoint's text (checkpoint-codec.ts): each live column once, in the shortest of
// four forms. A 30-year mortgage's 360 installments are the bulk of its checkpoint, and most of their columns are
// regular — numbers 1 to 360, a status in two runs ("paid" then "future"), amounts paid equal to the amounts
// due but for the open installment —: stored row by row they were 22 KB, and parsing them and building their
// rows was most of the CPU a payment on such a loan spends above one on a new loan.

/** A JSON value as the codec writes it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The cell of a row that lacks the column's key. */
export const ABSENT = "#u";

/**
 * A column's cells, one per row: JSON numbers for minor units and dates (epoch days), the codec's encoded value
 * otherwise, `ABSENT` where the row lacks the key.
 */
export type Cells = ReadonlyArray<Json>;

/**
 * The column in its shortest form: `{"#s": [first, step]}` for integers in arithmetic progression; `{"#e": [j, i,
 * cell, …]}` for a column equal to the earlier column `j` (of the same kind) but for the cells listed by row;
 * `{"#l": [cell, count, …]}` for runs of one value; else the cells.
 */
export function packColumn(cells: Cells, earlier: ReadonlyArray<Cells | undefined>): Json {
  const sequence = sequenceOf(cells);
  if (sequence !== undefined) return { "#s": sequence };
  const runs = runsOf(cells);
  let best: Json = runs.length < cells.length ? { "#l": runs } : (cells as Json[]);
  let bestSize = Math.min(runs.length, cells.length);
  for (let j = 0; j < earlier.length; j++) {
    const other = earlier[j];
    if (other === undefined) continue;
    const exceptions = exceptionsFrom(cells, other, bestSize);
    if (exceptions !== undefined && exceptions.length + 1 < bestSize) {
      best = { "#e": [j, ...exceptions] };
      bestSize = exceptions.length + 1;
    }
  }
  return best;
}

function sequenceOf(cells: Cells): [number, number] | undefined {
  const first = cells[0];
  const second = cells[1];
  if (cells.length < 3 || !Number.isSafeInteger(first) || !Number.isSafeInteger(second)) return undefined;
  const step = (second as number) - (first as number);
  for (let i = 2; i < cells.length; i++) if (cells[i] !== (first as number) + i * step) return undefined;
  return Number.isSafeInteger((first as number) + (cells.length - 1) * step) ? [first as number, step] : undefined;
}

/** Only equal primitives run together: an encoded object is a row's own. */
function runsOf(cells: Cells): Json[] {
  const runs: Json[] = [];
  let i = 0;
  while (i < cells.length) {
    const cell = cells[i] as Json;
    let end = i + 1;
    if (typeof cell !== "object" || cell === null) while (end < cells.length && cells[end] === cell) end++;
    runs.push(cell, end - i);
    i = end;
  }
  return runs;
}

/** `[row, cell, …]` where `cells` differs from `other`; undefined once that is `limit` items or more. */
function exceptionsFrom(cells: Cells, other: Cells, limit: number): Json[] | undefined {
  const exceptions: Json[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as Json;
    if (cell === other[i] && (typeof cell !== "object" || cell === null)) continue;
    if (exceptions.length + 2 >= limit) return undefined;
    exceptions.push(i, cell);
  }
  return exceptions;
}

/** What a row lacks, among a column's decoded values. */
export const MISSING: unique symbol = Symbol("missing");

/**
 * The column's values, one per row (`MISSING` where a row lacks it), `decode` applied to each stored cell:
 * once a run for runs, and the earlier column's values shared for `#e`.
 */
export function unpackColumn(
  packed: Json,
  rows: number,
  decode: (cell: Json) => unknown,
  earlier: ReadonlyArray<unknown[]>,
): unknown[] {
  const one = (cell: Json) => (cell === ABSENT ? MISSING : decode(cell));
  if (Array.isArray(packed)) return sized(packed.map(one), rows);
  if (typeof packed !== "object" || packed === null) throw new TypeError("checkpoint: a column is not a column");
  const values: unknown[] = new Array(rows);
  const [form] = Object.keys(packed);
  const items = packed[form as string];
  if (!Array.isArray(items)) throw new TypeError(`checkpoint: column form ${form} has no items`);
  if (form === "#s") {
    const [first, step] = items as number[];
    for (let i = 0; i < rows; i++) values[i] = one((first as number) + i * (step as number));
  } else if (form === "#l") {
    let at = 0;
    for (let k = 0; k < items.length; k += 2) {
      const cell = items[k] as Json;
      const value = one(cell);
      const end = at + (items[k + 1] as number);
      // An object cell is never in a run longer than one: each row keeps its own.
      for (; at < end; at++) values[at] = value;
    }
    if (at !== rows) throw new TypeError("checkpoint: a column's runs do not cover the table");
  } else if (form === "#e") {
    const source = earlier[items[0] as number];
    if (source === undefined) throw new TypeError("checkpoint: a column equals a column that is not there");
    for (let i = 0; i < rows; i++) values[i] = source[i];
    for (let k = 1; k < items.length; k += 2) values[items[k] as number] = one(items[k + 1] as Json);
  } else throw new TypeError(`checkpoint: unknown column form ${form}`);
  return values;
}

function sized(values: unknown[], rows: number): unknown[] {
  if (values.length !== rows) throw new TypeError("checkpoint: a column's length is not the table's");
  return values;
}
