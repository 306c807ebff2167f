import { parseLocalDate } from "../../calendar/index.js";
import { roundingModes } from "../../money/index.js";
import { complianceFunctions } from "../runtime/compliance-functions.js";
import type { ExpressionNode, ValueType } from "./ast.js";

/** A type error found at an offset. @example throw new CheckFailure("type_mismatch", "expected number", 4); */
export class CheckFailure extends Error {
  override readonly name = "CheckFailure";
  constructor(
    readonly code: "unknown_variable" | "type_mismatch" | "unknown_function" | "invalid_arguments" | "missing_table",
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * Resolves a name to its declared type, or undefined when unknown. The special name `$usuryTable`
 * answers "boolean" when the rule set has a usury table (names never start with `$`).
 *
 * @example const env: TypeEnvironment = (n) => types.get(n);
 */
export type TypeEnvironment = (name: string) => ValueType | undefined;

/** The allow-listed functions; nothing else can be called. @example expressionFunctions.includes("round") */
export const expressionFunctions: ReadonlyArray<string> = [
  "min",
  "max",
  "abs",
  "round",
  "coalesce",
  "isNull",
  "isPresent",
  "count",
  "daysBetween",
  "monthsBetween",
  "yearsBetween",
  "date",
  ...complianceFunctions.keys(),
];

function unify(a: ValueType, b: ValueType): ValueType | undefined {
  if (a === "null") return b;
  if (b === "null" || a === b) return a;
  return undefined;
}

function expect(node: ExpressionNode, actual: ValueType, wanted: ValueType, what: string): void {
  if (actual !== wanted && actual !== "null") {
    throw new CheckFailure("type_mismatch", `${what} must be ${wanted}, not ${actual}`, node.start);
  }
}

function checkBinary(node: Extract<ExpressionNode, { kind: "binary" }>, env: TypeEnvironment): ValueType {
  const left = checkExpression(node.left, env);
  const right = checkExpression(node.right, env);
  switch (node.op) {
    case "+":
    case "-":
    case "*":
    case "/":
      expect(node.left, left, "number", `left side of '${node.op}'`);
      expect(node.right, right, "number", `right side of '${node.op}'`);
      return "number";
    case "and":
    case "or":
      expect(node.left, left, "boolean", `left side of '${node.op}'`);
      expect(node.right, right, "boolean", `right side of '${node.op}'`);
      return "boolean";
    case "??": {
      const unified = unify(left, right);
      if (unified === undefined) throw new CheckFailure("type_mismatch", `'??' joins ${left} and ${right}`, node.start);
      return unified;
    }
    default: {
      const unified = unify(left, right);
      if (unified === undefined) {
        throw new CheckFailure(
          "type_mismatch",
          `cannot compare ${left} with ${right} using '${node.op}'`,
          node.right.start,
        );
      }
      const ordered = node.op !== "==" && node.op !== "!=";
      if (ordered && !["number", "date", "string", "null"].includes(unified)) {
        throw new CheckFailure(
          "type_mismatch",
          `'${node.op}' needs numbers, dates or strings, not ${unified}`,
          node.start,
        );
      }
      return "boolean";
    }
  }
}

function checkCall(node: Extract<ExpressionNode, { kind: "call" }>, env: TypeEnvironment): ValueType {
  const arity = (min: number, max: number): void => {
    if (node.args.length < min || node.args.length > max) {
      const wanted = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
      throw new CheckFailure("invalid_arguments", `${node.name}() takes ${wanted} arguments`, node.start);
    }
  };
  const types = node.args.map((arg) => checkExpression(arg, env));
  const all = (wanted: ValueType): void => {
    types.forEach((type, i) => {
      expect(node.args[i]!, type, wanted, `argument ${i + 1} of ${node.name}()`);
    });
  };
  switch (node.name) {
    case "min":
    case "max":
      arity(1, Infinity);
      all("number");
      return "number";
    case "abs":
      arity(1, 1);
      all("number");
      return "number";
    case "round":
      arity(2, 3);
      return checkRound(node, types);
    case "coalesce": {
      arity(1, Infinity);
      let result: ValueType = "null";
      for (const [i, type] of types.entries()) {
        const unified = unify(result, type);
        if (unified === undefined)
          throw new CheckFailure("type_mismatch", "coalesce() mixes types", node.args[i]!.start);
        result = unified;
      }
      return result;
    }
    case "isNull":
    case "isPresent":
      arity(1, 1);
      return "boolean";
    case "count":
      arity(1, 1);
      if (types[0] !== "string[]" && types[0] !== "number[]" && types[0] !== "null") {
        throw new CheckFailure("type_mismatch", "count() needs a list", node.start);
      }
      return "number";
    case "daysBetween":
    case "monthsBetween":
    case "yearsBetween":
      arity(2, 2);
      all("date");
      return "number";
    case "date": {
      arity(1, 1);
      const arg = node.args[0]!;
      if (arg.kind !== "literal" || typeof arg.value !== "string") {
        throw new CheckFailure("invalid_arguments", 'date() takes a literal like date("2025-01-31")', node.start);
      }
      if (!parseLocalDate(arg.value).ok) {
        throw new CheckFailure("invalid_arguments", `"${arg.value}" is not a valid date`, arg.start);
      }
      return "date";
    }
    default:
      return checkComplianceCall(node, types, env);
  }
}

/** A call of the compliance function table: arity and argument types, like the built-ins. */
function checkComplianceCall(
  node: Extract<ExpressionNode, { kind: "call" }>,
  types: ValueType[],
  env: TypeEnvironment,
): ValueType {
  const fn = complianceFunctions.get(node.name);
  if (fn === undefined) throw new CheckFailure("unknown_function", `unknown function '${node.name}'`, node.start);
  const max = fn.parameters.length;
  if (node.args.length < fn.required || node.args.length > max) {
    const wanted = fn.required === max ? `${max}` : `${fn.required} to ${max}`;
    throw new CheckFailure("invalid_arguments", `${node.name}() takes ${wanted} arguments`, node.start);
  }
  types.forEach((type, i) => {
    expect(node.args[i]!, type, fn.parameters[i]!, `argument ${i + 1} of ${node.name}()`);
  });
  if (fn.needsUsuryTable && env("$usuryTable") === undefined) {
    throw new CheckFailure(
      "missing_table",
      `${node.name}() needs a usury table: add compliance.usuryTable to the rule set or pass one to compileRuleSet`,
      node.start,
    );
  }
  return fn.returns;
}

function checkRound(node: Extract<ExpressionNode, { kind: "call" }>, types: ValueType[]): ValueType {
  expect(node.args[0]!, types[0]!, "number", "argument 1 of round()");
  const places = node.args[1]!;
  if (places.kind !== "literal" || typeof places.value !== "number" || places.value < 0 || places.value > 20) {
    throw new CheckFailure("invalid_arguments", "round() places must be a whole number 0..20", places.start);
  }
  const mode = node.args[2];
  if (mode !== undefined && (mode.kind !== "literal" || !roundingModes.includes(mode.value as never))) {
    throw new CheckFailure("invalid_arguments", `round() mode must be one of ${roundingModes.join(", ")}`, mode.start);
  }
  return "number";
}

function checkMembership(
  node: Extract<ExpressionNode, { kind: "in" | "inCollection" | "range" }>,
  env: TypeEnvironment,
) {
  const subject = checkExpression(node.subject, env);
  if (node.kind === "in") {
    for (const item of node.items) {
      if (unify(subject, checkExpression(item, env)) === undefined) {
        throw new CheckFailure("type_mismatch", `list item is not ${subject}`, item.start);
      }
    }
  } else if (node.kind === "inCollection") {
    const collection = checkExpression(node.collection, env);
    if (collection !== "null" && collection !== "string[]" && collection !== "number[]") {
      throw new CheckFailure("type_mismatch", `'in' needs a list, not ${collection}`, node.collection.start);
    }
    if (collection !== "null" && unify(subject, collection === "string[]" ? "string" : "number") === undefined) {
      throw new CheckFailure("type_mismatch", `cannot look for ${subject} in ${collection}`, node.start);
    }
  } else {
    for (const bound of [node.low, node.high]) {
      const type = unify(subject, checkExpression(bound, env));
      if (type === undefined || !["number", "date", "string", "null"].includes(type)) {
        throw new CheckFailure("type_mismatch", `range bound does not match ${subject}`, bound.start);
      }
    }
  }
  return "boolean" as const;
}

/**
 * Type-checks an expression against declared names; throws `CheckFailure` with the offset of the
 * first error. Null is allowed anywhere (it propagates at run time); everything else must match.
 *
 * @example
 * checkExpression(parseExpression("score + 1"), () => "number") // "number"
 */
export function checkExpression(node: ExpressionNode, env: TypeEnvironment): ValueType {
  switch (node.kind) {
    case "literal":
      return node.type;
    case "any":
      return "boolean";
    case "name": {
      const type = env(node.name);
      if (type === undefined) throw new CheckFailure("unknown_variable", `unknown variable '${node.name}'`, node.start);
      return type;
    }
    case "unary": {
      const operand = checkExpression(node.operand, env);
      const wanted = node.op === "-" ? "number" : "boolean";
      expect(node.operand, operand, wanted, `operand of '${node.op}'`);
      return wanted;
    }
    case "binary":
      return checkBinary(node, env);
    case "conditional": {
      expect(node.test, checkExpression(node.test, env), "boolean", "condition of '?'");
      const then = checkExpression(node.then, env);
      const otherwise = checkExpression(node.otherwise, env);
      const unified = unify(then, otherwise);
      if (unified === undefined)
        throw new CheckFailure("type_mismatch", `branches are ${then} and ${otherwise}`, node.start);
      return unified;
    }
    case "in":
    case "inCollection":
    case "range":
      return checkMembership(node, env);
    case "call":
      return checkCall(node, env);
  }
}
