import type { DomainError } from "../../errors/index.js";
import { childrenOf, type ExpressionNode, type ValueType } from "../language/ast.js";
import { CheckFailure, checkExpression, type TypeEnvironment } from "../language/checker.js";
import { parseExpression, parseUnaryTests } from "../language/parser.js";
import { lineAndColumn, SyntaxFailure } from "../language/tokenizer.js";

/** Where an expression lives in the document, for error messages. */
export interface Site {
  readonly path: ReadonlyArray<string | number>;
  /** Human label, e.g. `rule "dti-max"`. */
  readonly label: string;
  /** Ids that locate it: `ruleId`, `tableId`, `rowId`, `computed`, `output`. */
  readonly ids: Readonly<Record<string, string>>;
}

/** Internal: carries the first compile error up to `compileRuleSet`, which returns it as a Result. */
export class CompileFailure extends Error {
  override readonly name = "CompileFailure";
  constructor(readonly error: DomainError) {
    super(error.message);
  }
}

/** Throws a compile error located at `site` (and at `offset` in `source` when given). */
export function raise(code: string, message: string, site: Site, source?: string, offset?: number): never {
  if (source === undefined || offset === undefined) {
    throw new CompileFailure({ code, message: `${site.label}: ${message}`, path: site.path, details: { ...site.ids } });
  }
  const { line, column } = lineAndColumn(source, offset);
  throw new CompileFailure({
    code,
    message: `${site.label}, line ${line} column ${column}: ${message}`,
    path: site.path,
    details: { ...site.ids, offset, line, column, expression: source.slice(0, 200) },
  });
}

function rethrow(error: unknown, site: Site, source: string): never {
  if (error instanceof SyntaxFailure || error instanceof CheckFailure) {
    raise(error.code, error.message, site, source, error.offset);
  }
  throw error;
}

/** Parses an expression, reporting errors at `site`. */
export function parseAt(source: string, site: Site): ExpressionNode {
  try {
    return parseExpression(source);
  } catch (error) {
    rethrow(error, site, source);
  }
}

/** Parses a table cell against `subject`, reporting errors at `site`. */
export function parseCellAt(source: string, subject: ExpressionNode, site: Site): ExpressionNode {
  try {
    return parseUnaryTests(source, subject);
  } catch (error) {
    rethrow(error, site, source);
  }
}

/** Type-checks, reporting errors at `site`; `wanted` (when given) is the required result type. */
export function checkAt(
  node: ExpressionNode,
  env: TypeEnvironment,
  site: Site,
  source: string,
  wanted?: ValueType,
): ValueType {
  let type: ValueType;
  try {
    type = checkExpression(node, env);
  } catch (error) {
    rethrow(error, site, source);
  }
  if (wanted !== undefined && type !== wanted && type !== "null") {
    raise("type_mismatch", `expected ${wanted} but the expression is ${type}`, site, source, node.start);
  }
  return type;
}

/** Every name an expression reads, for dependency ordering and traces. */
export function collectNames(node: ExpressionNode, into: Set<string>): Set<string> {
  if (node.kind === "name") into.add(node.name);
  for (const child of childrenOf(node)) collectNames(child, into);
  return into;
}
