// Derives the client's resource methods (`client.loans.payments.create(loanId, body)`) from the OpenAPI
// document. The naming rule is documented in packages/client/README.md ("How methods are named").

const HTTP_METHODS = ["get", "post", "put", "patch", "delete"];

/** `journal-entries` → `journalEntries`. */
function camelCase(segment) {
  return segment.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
}

/** A segment names a collection when it is a plural noun: `loans`, `fee-waivers`, `versions`. */
function isCollection(segment) {
  return segment.endsWith("s");
}

function isParameter(segment) {
  return segment.startsWith("{") && segment.endsWith("}");
}

/**
 * The property name of `segment`, the last segment of `prefix`. A collection followed somewhere by an
 * `{<thing>Id}` parameter spelling the same word takes the parameter's casing, so `/rulesets/{ruleSetId}`
 * gives `ruleSets`, exactly as `/rule-sets/{ruleSetId}` does.
 */
function namespaceName(prefix, segment, allPaths) {
  const plain = camelCase(segment);
  for (const path of allPaths) {
    if (!path.startsWith(`${prefix}/{`)) continue;
    const parameter = path.slice(prefix.length + 2).split("}")[0] ?? "";
    if (!parameter.endsWith("Id")) continue;
    const plural = `${parameter.slice(0, -2)}s`;
    if (plural.toLowerCase() === plain.toLowerCase()) return plural;
  }
  return plain;
}

/** Resolves a `$ref` inside the document. */
function resolve(document, schema) {
  if (!schema?.$ref) return schema;
  return schema.$ref
    .slice(2)
    .split("/")
    .reduce((node, key) => node?.[key], document);
}

function successStatus(operation) {
  return Object.keys(operation.responses ?? {}).find((status) => status.startsWith("2"));
}

/** A list response is the `{ data: [...], nextCursor }` page envelope. */
function isPage(document, operation) {
  const status = successStatus(operation);
  const schema = resolve(document, operation.responses?.[status]?.content?.["application/json"]?.schema);
  const data = resolve(document, schema?.properties?.data);
  return data?.type === "array" && schema?.properties?.nextCursor !== undefined;
}

/** Where a method lives (`["loans", "payments"]`) and what it is called (`create`). */
function nameOperation(path, method, allPaths) {
  const segments = path.split("/").filter((segment) => segment !== "" && segment !== "v1");
  const namespace = [];
  let prefix = path.startsWith("/v1") ? "/v1" : "";
  for (const segment of segments) {
    prefix = `${prefix}/${segment}`;
    if (!isParameter(segment)) namespace.push(namespaceName(prefix, segment, allPaths));
  }
  const last = segments[segments.length - 1] ?? "";
  if (isParameter(last)) {
    return { namespace, name: { get: "retrieve", put: "update", patch: "update", delete: "del" }[method] };
  }
  if (isCollection(last)) {
    return { namespace, name: { get: "list", post: "create", put: "update", patch: "update", delete: "del" }[method] };
  }
  if (method === "post") return { namespace: namespace.slice(0, -1), name: namespace[namespace.length - 1] };
  return { namespace, name: { get: "retrieve", put: "update", patch: "update", delete: "del" }[method] };
}

function describeOperation(document, path, method, operation) {
  const parameters = operation.parameters ?? [];
  const query = parameters.filter((parameter) => parameter.in === "query");
  const body = operation.requestBody?.content?.["application/json"];
  return {
    path,
    method,
    operationId: operation.operationId,
    summary: operation.summary ?? "",
    pathParameters: [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]),
    hasBody: body !== undefined,
    isBodyRequired: body !== undefined && operation.requestBody.required === true,
    hasQuery: query.length > 0,
    isQueryRequired: query.some((parameter) => parameter.required === true),
    isPaginated: method === "get" && isPage(document, operation),
  };
}

/** Every operation with its place in the resource tree; throws when two would share a name. */
export function collectResourceMethods(document) {
  const allPaths = Object.keys(document.paths ?? {});
  const methods = [];
  const taken = new Map();
  for (const path of [...allPaths].sort()) {
    for (const method of HTTP_METHODS) {
      const operation = document.paths[path][method];
      if (!operation) continue;
      const named = nameOperation(path, method, allPaths);
      const { namespace } = named;
      // A plural path whose GET is named get…, not list…, is a singleton (`/v1/settings`, getSettings).
      const name = named.name === "list" && /^get[A-Z]/.test(operation.operationId ?? "") ? "retrieve" : named.name;
      if (!name) throw new Error(`no method name for ${method.toUpperCase()} ${path}`);
      const key = [...namespace, name].join(".");
      const clash = taken.get(key);
      if (clash) throw new Error(`${method.toUpperCase()} ${path} and ${clash} would both be client.${key}`);
      taken.set(key, `${method.toUpperCase()} ${path}`);
      methods.push({ namespace, name, ...describeOperation(document, path, method, operation) });
    }
  }
  for (const key of taken.keys()) {
    if ([...taken.keys()].some((other) => other.startsWith(`${key}.`))) {
      throw new Error(`client.${key} would be both a method and a namespace`);
    }
  }
  return methods;
}
