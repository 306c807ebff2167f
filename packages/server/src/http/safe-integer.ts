import { type DomainError, DomainFailure, fail, ok, type Result } from "@lendstack/core/errors";

// One policy for figures a JSON number cannot carry: a bigint of minor units beyond ±(2^53 − 1) would reach the
// client rounded (9007199254740993 arrives as …992), so it is never sent. A change whose result would hold such
// a figure is refused before it commits (`checkSafeIntegers`); a read that meets one (a loan viewed as of a date
// far ahead, a report's total) answers 422 `unsafe_integer` (`toJsonInteger` throws a `DomainFailure`, which the
// error handler renders), never a 500. Quotes, loans and reports all go through here.

const largest = BigInt(Number.MAX_SAFE_INTEGER);

type Path = ReadonlyArray<string | number>;

/**
 * The `unsafe_integer` error for a figure of `what` at `path`.
 *
 * @example
 * unsafeInteger("loan", ["outstanding", "interestMinor"]).code; // "unsafe_integer"
 */
export function unsafeInteger(what: string, path: Path = []): DomainError {
  const where = path.length === 0 ? "" : ` (${path.join(".")})`;
  // The path names the figure (core's names), not a request field, so it stays in the message.
  return {
    code: "unsafe_integer",
    message: `A figure of this ${what}${where} exceeds 2^53 - 1 minor units, which a JSON number cannot carry exactly.`,
  };
}

/** True when a JSON number carries `value` exactly. @example isSafeInteger(2n ** 53n); // false */
export function isSafeInteger(value: bigint): boolean {
  return value <= largest && value >= -largest;
}

/**
 * Minor units as a JSON integer; beyond ±(2^53 − 1) it throws a `DomainFailure` with `unsafe_integer` (422).
 *
 * @example
 * toJsonInteger(125_000n, "loan"); // 125000
 */
export function toJsonInteger(value: bigint, what = "resource"): number {
  if (!isSafeInteger(value)) throw new DomainFailure(unsafeInteger(what));
  return Number(value);
}

/** Core names every amount of minor units `…Minor`; other bigints (scaled decimals, accumulators) are not sent. */
const isMinorUnits = (key: string | number | undefined) => typeof key === "string" && key.endsWith("Minor");

// Runs before every loan change commits, over a replayed state of tens of thousands of nodes (a 300-event loan):
// the check walks with no path and no per-node allocation (`for…in`, not `Object.entries`; an inherited
// enumerable key would only be walked too), tests each field's type in the loop and calls itself only for
// objects and arrays; only a failure walks again to name the figure's path.
function hasUnsafe(value: unknown, key: string | number | undefined): boolean {
  if (typeof value === "bigint") return !isSafeInteger(value) && isMinorUnits(key);
  if (typeof value !== "object" || value === null) return false;
  return Array.isArray(value) ? hasUnsafeItem(value) : hasUnsafeField(value as Record<string, unknown>);
}

/** A bigint directly in an array has no `…Minor` key, so only the array's objects and arrays are walked. */
function hasUnsafeItem(items: ReadonlyArray<unknown>): boolean {
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    if (typeof item === "object" && item !== null && hasUnsafe(item, index)) return true;
  }
  return false;
}

function hasUnsafeField(record: Record<string, unknown>): boolean {
  for (const name in record) {
    const field = record[name];
    if (typeof field === "bigint") {
      if (!isSafeInteger(field) && isMinorUnits(name)) return true;
    } else if (typeof field === "object" && field !== null && hasUnsafe(field, name)) return true;
  }
  return false;
}

/** The walk again, one path array pushed and popped; true (with `path` at the figure) when one is found. */
function walk(value: unknown, path: Array<string | number>): boolean {
  if (typeof value === "bigint") return !isSafeInteger(value) && isMinorUnits(path[path.length - 1]);
  if (typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      path.push(index);
      if (walk(value[index], path)) return true;
      path.pop();
    }
    return false;
  }
  for (const name in value) {
    path.push(name);
    if (walk((value as Record<string, unknown>)[name], path)) return true;
    path.pop();
  }
  return false;
}

/**
 * The path of the first amount (a bigint under a `…Minor` key) beyond ±(2^53 − 1) in `value`, objects and
 * arrays walked, if any.
 *
 * @example
 * unsafeIntegerPath({ fees: [{ amountMinor: 2n ** 53n }] }); // ["fees", 0, "amountMinor"]
 */
export function unsafeIntegerPath(value: unknown, path: Path = []): Path | undefined {
  if (!hasUnsafe(value, path[path.length - 1])) return undefined;
  const walked = [...path];
  return walk(value, walked) ? walked : undefined;
}

/**
 * Fails with `unsafe_integer` when any amount of `value` (e.g. a loan's replayed state) is beyond ±(2^53 − 1):
 * called before a change commits, so a loan never holds a figure its views could not send.
 *
 * @example
 * const safe = checkSafeIntegers(state, "loan");
 * if (!safe.ok) return safe;
 */
export function checkSafeIntegers(value: unknown, what: string): Result<true> {
  const path = unsafeIntegerPath(value);
  if (path === undefined) return ok(true);
  const error = unsafeInteger(what, path);
  return fail(error.code, error.message);
}
