import { InvariantError } from "../errors/index.js";
import { MISSING } from "./checkpoint-table.js";

/**
 * A table's rows from its decoded columns (`MISSING` where a row lacks the key) and constants (in every row).
 *
 * @example rowsOf([["kind", "level"]], ["n"], [[1, 2]], 2); // [{ kind: "level", n: 1 }, { kind: "level", n: 2 }]
 */
export function rowsOf(
  constants: ReadonlyArray<readonly [string, unknown]>,
  keys: ReadonlyArray<string>,
  columns: unknown[][],
  count: number,
): Record<string, unknown>[] {
  const constantKeys = constants.map(([key]) => key);
  const constantValues = constants.map(([, value]) => value);
  // A row lacking a key is built without it: one builder for each set of keys present, found again only when
  // that set changes from the row before.
  const sparse = keys.flatMap((_, j) => ((columns[j] as unknown[]).includes(MISSING) ? [j] : []));
  const rows: Record<string, unknown>[] = new Array(count);
  let lastMask = "";
  let build: RowBuilder | undefined;
  for (let i = 0; i < count; i++) {
    let mask = "";
    for (const j of sparse) mask += (columns[j] as unknown[])[i] === MISSING ? "0" : "1";
    if (build === undefined || mask !== lastMask) {
      const present = keys.flatMap((key, j) => ((columns[j] as unknown[])[i] === MISSING ? [] : [[key, j] as const]));
      build = rowBuilder(constantKeys, present);
      lastMask = mask;
    }
    rows[i] = build(constantValues, columns, i);
  }
  return rows;
}

type RowBuilder = (constants: unknown[], columns: unknown[][], row: number) => Record<string, unknown>;
const builders = new Map<string, RowBuilder>();
/** A state has a few tables (installments, charges, journal lines …), each with a handful of key sets. */
const MOST_BUILDERS = 1_000;

/**
 * A function that builds a row as one object literal: the constants, then each present column's value. Built
 * field by field, the 360 rows of a mortgage's installments took two thirds of the time of decoding its
 * checkpoint: a literal gives every row its final shape at once. The keys are written as JSON strings, so any
 * key is only a property name (`__proto__` is refused: in a literal it would set the prototype).
 */
function rowBuilder(
  constantKeys: ReadonlyArray<string>,
  present: ReadonlyArray<readonly [string, number]>,
): RowBuilder {
  const signature = JSON.stringify([constantKeys, present]);
  let build = builders.get(signature);
  if (build === undefined) {
    if (constantKeys.includes("__proto__") || present.some(([key]) => key === "__proto__")) {
      throw new InvariantError("checkpoint: key __proto__ cannot be stored");
    }
    build = compiledBuilder(constantKeys, present) ?? fieldByField(constantKeys, present);
    if (builders.size >= MOST_BUILDERS) builders.clear();
    builders.set(signature, build);
  }
  return build;
}

/** Undefined where code cannot be compiled (a runtime that forbids it): rows are then built field by field. */
function compiledBuilder(
  constantKeys: ReadonlyArray<string>,
  present: ReadonlyArray<readonly [string, number]>,
): RowBuilder | undefined {
  const fields = constantKeys.map((key, k) => `${JSON.stringify(key)}: k[${k}]`);
  for (const [key, j] of present) fields.push(`${JSON.stringify(key)}: c[${j}][i]`);
  try {
    return new Function("k", "c", "i", `return { ${fields.join(", ")} };`) as RowBuilder;
  } catch {
    return undefined;
  }
}

function fieldByField(
  constantKeys: ReadonlyArray<string>,
  present: ReadonlyArray<readonly [string, number]>,
): RowBuilder {
  return (constants, columns, i) => {
    const row: Record<string, unknown> = {};
    for (let k = 0; k < constantKeys.length; k++) row[constantKeys[k] as string] = constants[k];
    for (const [key, j] of present) row[key] = (columns[j] as unknown[])[i];
    return row;
  };
}
