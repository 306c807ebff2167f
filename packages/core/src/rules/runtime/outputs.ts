import { fail, ok, type Result } from "../../errors/index.js";
import { formatDecimal, normalize } from "../../money/index.js";
import type { OutputPlan } from "../compile/plan.js";
import type { Value } from "../language/ast.js";
import { type ExactNumber, renderValue, toDecimal } from "./runtime-values.js";

function integerOf(value: ExactNumber): number | undefined {
  if (typeof value === "number") return value;
  const normal = normalize(value);
  const asNumber = Number(normal.units);
  return normal.scale === 0 && Number.isSafeInteger(asNumber) ? asNumber : undefined;
}

/**
 * Turns combined output values into their wire form: `integer` → JSON number, `decimal` →
 * normalized decimal string, `list` → array (empty when nothing was assigned), others as they
 * are; an unassigned output takes its default (null when none).
 *
 * @example finishOutputs(compiled.outputs, [dec("0.250")]) // ok({ rateAdjustment: "0.25" })
 */
export function finishOutputs(
  outputs: ReadonlyArray<OutputPlan>,
  assigned: ReadonlyArray<Value | undefined>,
): Result<Record<string, unknown>> {
  const result: Record<string, unknown> = {};
  for (let k = 0; k < outputs.length; k++) {
    const output = outputs[k]!;
    const value = assigned[k] ?? (output.type === "list" ? [] : output.defaultValue);
    if (value === null) {
      result[output.name] = null;
      continue;
    }
    switch (output.type) {
      case "integer": {
        const integer = integerOf(value as ExactNumber);
        if (integer === undefined) {
          return fail("non_integer_output", `output ${output.name} is not a whole number`, ["outputs", output.name], {
            value: renderValue(value),
          });
        }
        result[output.name] = integer;
        break;
      }
      case "decimal":
        // a safe integer prints as itself: the same text as formatDecimal(normalize(toDecimal(value)))
        result[output.name] =
          typeof value === "number" ? String(value) : formatDecimal(normalize(toDecimal(value as ExactNumber)));
        break;
      case "list":
        result[output.name] = renderValue(value);
        break;
      default:
        result[output.name] = value;
    }
  }
  return ok(result);
}
