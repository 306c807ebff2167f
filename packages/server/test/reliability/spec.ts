import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The committed OpenAPI document (openapi/openapi.json): tests derive paths and operations from it. */
// biome-ignore lint/suspicious/noExplicitAny: a JSON document read for tests
export type OpenApiDocument = any;

/** The committed spec, read once. */
export const spec: OpenApiDocument = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../../../openapi/openapi.json", import.meta.url)), "utf8"),
);

/** One operation of the spec. */
export interface SpecOperation {
  readonly operationId: string;
  readonly method: string;
  /** The templated path, e.g. `/v1/loans/{loanId}`. */
  readonly path: string;
  // biome-ignore lint/suspicious/noExplicitAny: a JSON document read for tests
  readonly operation: any;
}

/** Every operation under `/v1`, in the spec's order. */
export function specOperations(): SpecOperation[] {
  const found: SpecOperation[] = [];
  for (const [path, item] of Object.entries(spec.paths as Record<string, Record<string, unknown>>)) {
    if (!path.startsWith("/v1/")) continue;
    for (const method of ["get", "post", "put", "patch", "delete"]) {
      // biome-ignore lint/suspicious/noExplicitAny: a JSON document read for tests
      const operation = item[method] as any;
      if (operation !== undefined)
        found.push({ operationId: operation.operationId, method: method.toUpperCase(), path, operation });
    }
  }
  return found;
}

/** The operation with this id (throws when the spec has none, so a renamed operation fails loudly). */
export function operationById(operationId: string): SpecOperation {
  const found = specOperations().find((candidate) => candidate.operationId === operationId);
  if (found === undefined) throw new Error(`the spec has no operation ${operationId}`);
  return found;
}

/**
 * The concrete path of an operation with its path parameters filled in (raw: not encoded, so a test can
 * put a malformed value in).
 *
 * @example
 * pathOf("getProductVersion", { productId: "prd_…", version: "1" }); // "/v1/products/prd_…/versions/1"
 */
export function pathOf(operationId: string, params: Record<string, string | number> = {}): string {
  return operationById(operationId).path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`pathOf(${operationId}): no value for {${name}}`);
    return String(value);
  });
}

/** Follows a local `$ref` (`#/components/schemas/X`). */
// biome-ignore lint/suspicious/noExplicitAny: a JSON document read for tests
export function resolveRef(schema: any): any {
  let current = schema;
  while (current !== null && typeof current === "object" && typeof current.$ref === "string") {
    const parts = (current.$ref as string).replace(/^#\//, "").split("/");
    current = parts.reduce((node, part) => node?.[part], spec);
  }
  return current;
}

/** The spec's ErrorCode enum. */
export function errorCodes(): ReadonlySet<string> {
  return new Set(spec.components.schemas.ErrorCode.enum as string[]);
}

/** A parameter of an operation, resolved. */
export interface SpecParameter {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required?: boolean;
  // biome-ignore lint/suspicious/noExplicitAny: a JSON Schema read from the spec
  readonly schema: any;
}

/** The operation's parameters with `$ref`s resolved. */
export function parametersOf(operation: SpecOperation): SpecParameter[] {
  return ((operation.operation.parameters ?? []) as unknown[]).map(resolveRef) as SpecParameter[];
}

/** The query parameters an operation requires. */
export function requiredQuery(operation: SpecOperation): SpecParameter[] {
  return parametersOf(operation).filter((parameter) => parameter.in === "query" && parameter.required === true);
}
