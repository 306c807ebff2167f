import { parseLocalDate } from "../../calendar/index.js";
import { type DomainError, fail } from "../../errors/index.js";
import { decimal, parseDecimal } from "../../money/index.js";
import type { InputPlan } from "../compile/plan.js";
import type { Value } from "../language/ast.js";
import { ruleSetLimits } from "../schema.js";

type Failure = { readonly ok: false; readonly error: DomainError };

function invalid(input: InputPlan, message: string, index?: number): Failure {
  const path = index === undefined ? ["facts", input.name] : ["facts", input.name, index];
  return fail("invalid_fact", `${input.name}${index === undefined ? "" : `[${index}]`} ${message}`, path);
}

/** A JSON number as an exact value: safe integers stay numbers; fractions go through their decimal text. */
function exactNumber(raw: number): Value | undefined {
  if (Number.isSafeInteger(raw)) return raw;
  if (!Number.isFinite(raw)) return undefined;
  const parsed = parseDecimal(String(raw));
  return parsed.ok ? decimal(parsed.value.units, parsed.value.scale) : undefined;
}

function readScalar(input: InputPlan, type: string, raw: unknown, index?: number): Value | Failure {
  switch (type) {
    case "number": {
      const value = typeof raw === "number" ? exactNumber(raw) : undefined;
      return value === undefined ? invalid(input, "must be a finite JSON number", index) : value;
    }
    case "decimal": {
      if (typeof raw === "number") {
        const value = exactNumber(raw);
        return value === undefined ? invalid(input, 'must be a decimal string like "0.43"', index) : value;
      }
      const parsed = typeof raw === "string" ? parseDecimal(raw) : undefined;
      if (parsed === undefined || !parsed.ok) return invalid(input, 'must be a decimal string like "0.43"', index);
      const { units, scale } = parsed.value;
      const asNumber = Number(units);
      return scale === 0 && Number.isSafeInteger(asNumber) ? asNumber : decimal(units, scale);
    }
    case "string":
      if (typeof raw !== "string") return invalid(input, "must be a string", index);
      if (raw.length > ruleSetLimits.stringFactChars) return invalid(input, "is too long", index);
      return raw;
    case "boolean":
      return typeof raw === "boolean" ? raw : invalid(input, "must be true or false", index);
    case "date":
      if (typeof raw !== "string" || !parseLocalDate(raw).ok) return invalid(input, "must be a date YYYY-MM-DD", index);
      return raw;
    default:
      return invalid(input, "has an unknown type", index);
  }
}

function isFailure(value: Value | Failure): value is Failure {
  return typeof value === "object" && value !== null && "ok" in value;
}

function readList(input: InputPlan, raw: unknown): Value | Failure {
  if (!Array.isArray(raw)) return invalid(input, "must be a list");
  if (raw.length > ruleSetLimits.listItems) return invalid(input, `has more than ${ruleSetLimits.listItems} items`);
  const items: Value[] = [];
  for (let i = 0; i < raw.length; i++) {
    const item = readScalar(input, input.items ?? "string", raw[i], i);
    if (isFailure(item)) return item;
    items.push(item);
  }
  return items;
}

/**
 * Validates facts against the declared inputs and copies them into a fresh slot vector. A missing
 * or null fact is allowed only for a nullable input; anything else is `missing_fact` or
 * `invalid_fact` with the path `["facts", name]` (plus the index for a list item). Extra facts
 * are ignored.
 *
 * @example
 * const slots = readFacts(compiled.inputs, compiled.slotNames.length, { creditScore: 700 });
 */
export function readFacts(
  inputs: ReadonlyArray<InputPlan>,
  slotCount: number,
  facts: unknown,
): { readonly ok: true; readonly value: Value[] } | Failure {
  if (typeof facts !== "object" || facts === null || Array.isArray(facts)) {
    return fail("invalid_fact", "facts must be a JSON object", ["facts"]);
  }
  const record = facts as Record<string, unknown>;
  const slots = new Array<Value>(slotCount);
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    const raw = Object.hasOwn(record, input.name) ? record[input.name] : undefined;
    let value: Value | Failure;
    if (raw === undefined || raw === null) {
      if (!input.nullable) return fail("missing_fact", `${input.name} is required`, ["facts", input.name]);
      value = null;
    } else if (input.type === "number" && typeof raw === "number" && Number.isSafeInteger(raw)) {
      value = raw; // the common cases, without the general dispatch
    } else if (input.type === "boolean" && typeof raw === "boolean") {
      value = raw;
    } else if (input.type === "string" && typeof raw === "string" && raw.length <= ruleSetLimits.stringFactChars) {
      value = raw;
    } else {
      value = input.type === "list" ? readList(input, raw) : readScalar(input, input.type, raw);
      if (isFailure(value)) return value;
    }
    slots[input.slot] = value;
  }
  return { ok: true, value: slots };
}
