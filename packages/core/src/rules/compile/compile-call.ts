import { daysBetween, type LocalDate, wholeMonthsBetween } from "../../calendar/index.js";
import type { RoundingMode } from "../../money/index.js";
import type { ExpressionNode, Value } from "../language/ast.js";
import { type ComplianceEnvironment, complianceFunctions } from "../runtime/compliance-functions.js";
import { absExact, compareExact, type ExactNumber, roundExact } from "../runtime/runtime-values.js";
import type { Arithmetic, Evaluator } from "./evaluator.js";

type CallNode = Extract<ExpressionNode, { kind: "call" }>;

function yearsBetween(start: LocalDate, end: LocalDate): number {
  return Math.trunc(wholeMonthsBetween(start, end) / 12);
}

/**
 * Compiles a checked function call whose arguments are already compiled (`args[i]` is `node.args[i]`).
 * `round`'s places and mode and `date`'s text are literals, read from the node once.
 *
 * @example
 * const fn = compileCall(parseExpression("abs(x)") as CallNode, [(s) => s[0]!], arithmetic);
 * fn([-2]) // 2
 */
export function compileCall(node: CallNode, args: ReadonlyArray<Evaluator>, settings: Arithmetic): Evaluator {
  const [first, second] = [args[0]!, args[1]!];
  const strict1 =
    (fn: (v: Value) => Value): Evaluator =>
    (s) => {
      const v = first(s);
      return v === null ? null : fn(v);
    };
  const dates =
    (fn: (a: LocalDate, b: LocalDate) => number): Evaluator =>
    (s) => {
      const a = first(s);
      const b = a === null ? null : second(s);
      return a === null || b === null ? null : fn(a as LocalDate, b as LocalDate);
    };
  switch (node.name) {
    case "min":
    case "max": {
      const sign = node.name === "min" ? -1 : 1;
      return (s) => {
        let best: ExactNumber | null = null;
        for (const arg of args) {
          const v = arg(s) as ExactNumber | null;
          if (v === null) return null;
          if (best === null || compareExact(v, best) === sign) best = v;
        }
        return best;
      };
    }
    case "abs":
      return strict1((v) => absExact(v as ExactNumber));
    case "round": {
      const places = (node.args[1] as { value: number }).value;
      const mode = (node.args[2] as { value: RoundingMode } | undefined)?.value ?? settings.roundingMode;
      return strict1((v) => roundExact(v as ExactNumber, places, mode));
    }
    case "coalesce":
      return (s) => {
        for (const arg of args) {
          const v = arg(s);
          if (v !== null) return v;
        }
        return null;
      };
    case "isNull":
      return (s) => first(s) === null;
    case "isPresent":
      return (s) => first(s) !== null;
    case "count":
      return strict1((v) => (v as ReadonlyArray<Value>).length);
    case "daysBetween":
      return dates(daysBetween);
    case "monthsBetween":
      return dates(wholeMonthsBetween);
    case "yearsBetween":
      return dates(yearsBetween);
    case "date": {
      const value = (node.args[0] as { value: string }).value;
      return () => value;
    }
    default:
      return compileComplianceCall(node.name, args, settings.compliance ?? {});
  }
}

/** A compliance-table call: null when a required argument is null, else the function's value. */
function compileComplianceCall(name: string, args: ReadonlyArray<Evaluator>, env: ComplianceEnvironment): Evaluator {
  const fn = complianceFunctions.get(name);
  if (fn === undefined) throw new Error(`unchecked function ${name}`);
  const required = fn.required;
  return (s) => {
    const values: Value[] = [];
    for (let i = 0; i < args.length; i++) {
      const v = args[i]!(s);
      if (v === null && i < required) return null;
      values.push(v);
    }
    return fn.evaluate(values, env);
  };
}
