// Writes src/generated/resources.ts: the runtime table of resource methods and their full types.
import { collectResourceMethods } from "./generate-resources.mjs";

function paramsKind(method) {
  if (method.hasBody && method.hasQuery) return "body+query";
  if (method.hasBody) return "body";
  if (method.hasQuery) return "query";
  return "";
}

/** Inserts `method` at its namespace path in `tree` (plain nested objects). */
function place(tree, method) {
  let node = tree;
  for (const part of method.namespace) {
    node[part] ??= {};
    node = node[part];
  }
  node[method.name] = method;
}

function isMethod(node) {
  return typeof node.path === "string" && typeof node.method === "string";
}

function descriptor(method) {
  const parameters = JSON.stringify(method.pathParameters);
  const kind = JSON.stringify(paramsKind(method));
  return `[${JSON.stringify(method.method)}, ${JSON.stringify(method.path)}, ${parameters}, ${kind}, ${method.isPaginated}]`;
}

function emitTable(node, indent) {
  const lines = [];
  for (const [key, child] of Object.entries(node)) {
    if (isMethod(child)) lines.push(`${indent}${key}: ${descriptor(child)},`);
    else lines.push(`${indent}${key}: {`, ...emitTable(child, `${indent}  `), `${indent}},`);
  }
  return lines;
}

/** The method's parameters; an optional one before a required one becomes required. */
function parameterList(method, operation) {
  const parameters = method.pathParameters.map((name) => ({
    text: `${name}: PathParameter<${operation}, ${JSON.stringify(name)}>`,
    isOptional: false,
  }));
  if (method.hasBody) parameters.push({ text: `body: RequestBody<${operation}>`, isOptional: !method.isBodyRequired });
  if (method.hasQuery) parameters.push({ text: `query: Query<${operation}>`, isOptional: !method.isQueryRequired });
  let isRequiredLater = false;
  const texts = parameters.reverse().map(({ text, isOptional }) => {
    if (!isOptional) isRequiredLater = true;
    return isOptional && !isRequiredLater ? text.replace(":", "?:") : text;
  });
  return [...texts.reverse(), "options?: RequestOptions"];
}

function signature(method) {
  const operation = `paths[${JSON.stringify(method.path)}][${JSON.stringify(method.method)}]`;
  const result = method.isPaginated
    ? `PagePromise<SuccessBody<${operation}>>`
    : `Promise<WithResponse<SuccessBody<${operation}>>>`;
  return `(${parameterList(method, operation).join(", ")}): ${result}`;
}

function emitInterface(node, indent) {
  const lines = [];
  for (const [key, child] of Object.entries(node)) {
    if (isMethod(child)) {
      const summary = child.summary.replaceAll("*/", "*\\/");
      lines.push(`${indent}/** ${summary} — \`${child.method.toUpperCase()} ${child.path}\` (${child.operationId}) */`);
      lines.push(`${indent}${key}${signature(child)};`);
    } else {
      lines.push(`${indent}readonly ${key}: {`, ...emitInterface(child, `${indent}  `), `${indent}};`);
    }
  }
  return lines;
}

/** The TypeScript source of src/generated/resources.ts (without the generated header). */
export function emitResources(document) {
  const tree = {};
  for (const method of collectResourceMethods(document)) place(tree, method);
  return [
    'import type { PagePromise } from "../pagination.js";',
    'import type { PathParameter, Query, RequestBody, RequestOptions, SuccessBody, WithResponse } from "../operation-types.js";',
    'import type { ResourceTable } from "../resources.js";',
    'import type { paths } from "./schema.js";',
    "",
    "/** Every resource method: [HTTP method, path, path parameters in order, what `params` is, paginated]. */",
    "export const resourceTable = {",
    ...emitTable(tree, "  "),
    "} as const satisfies ResourceTable;",
    "",
    "/** The resource methods of a `Lendstack` client, typed from the OpenAPI document. */",
    "export interface Resources {",
    ...emitInterface(tree, "  "),
    "}",
    "",
  ].join("\n");
}
