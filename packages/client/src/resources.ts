import { errorFromResponse } from "./errors.js";
import type { RequestOptions, ResponseMetadata, WithResponse } from "./operation-types.js";
import { PagePromise, type PageShape } from "./pagination.js";
import { type OutgoingRequest, send, type TransportSettings } from "./transport.js";

/** What a method's argument after the path parameters is: the JSON body, the query, both (body first), or nothing. */
export type ParamsKind = "body" | "query" | "body+query" | "";
/** One resource method: [HTTP method, path, path parameter names in order, params kind, paginated]. */
export type MethodDescriptor = readonly [string, string, ReadonlyArray<string>, ParamsKind, boolean];
/** The generated table of resource methods, nested by namespace. */
export interface ResourceTable {
  readonly [name: string]: MethodDescriptor | ResourceTable;
}

type Query = Readonly<Record<string, unknown>>;

/** `?a=1&b=x&b=y` from a query object (undefined values dropped, arrays repeated). */
function queryString(query: Query | undefined): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
  }
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
}

function withResponse<T>(value: T, metadata: ResponseMetadata): WithResponse<T> {
  const target = (typeof value === "object" && value !== null ? value : {}) as T & object;
  Object.defineProperty(target, "lastResponse", { value: metadata, enumerable: false });
  return target as WithResponse<T>;
}

/**
 * With the ETag cache on, a GET of a URL whose body is kept sends its `ETag` in `If-None-Match` (unless the
 * caller sent one) and returns the kept entry, so a 304 can be answered from it.
 */
function revalidate(settings: TransportSettings, outgoing: OutgoingRequest, options: RequestOptions) {
  if (settings.etagCache === undefined || outgoing.method !== "GET") return undefined;
  const isCallerConditional = Object.keys(options.headers ?? {}).some((name) => name.toLowerCase() === "if-none-match");
  if (isCallerConditional) return undefined;
  const cached = settings.etagCache.get(outgoing.url);
  if (cached !== undefined) outgoing.headers.set("if-none-match", cached.etag);
  return cached;
}

/** Keeps a successful GET's body under its `ETag` when the cache is on. */
function remember(settings: TransportSettings, outgoing: OutgoingRequest, response: Response, text: string): void {
  const etag = response.headers.get("etag");
  if (settings.etagCache === undefined || outgoing.method !== "GET" || response.status !== 200 || etag === null) return;
  settings.etagCache.set(outgoing.url, { etag, text });
}

interface Call {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
  readonly query: Query | undefined;
  readonly options: RequestOptions;
}

/**
 * Sends one call and returns its parsed body with `lastResponse`, or throws the typed error.
 *
 * @example
 * const loan = await request(settings, { method: "get", path: "/v1/loans/loan_1", body: undefined, query: undefined, options: {} });
 */
export async function request<T>(settings: TransportSettings, call: Call): Promise<WithResponse<T>> {
  const headers = new Headers({ accept: "application/json" });
  if (call.body !== undefined) headers.set("content-type", "application/json");
  const outgoing: OutgoingRequest = {
    method: call.method.toUpperCase(),
    url: `${settings.baseUrl}${call.path}${queryString(call.query)}`,
    headers,
    body:
      call.body === undefined ? undefined : (new TextEncoder().encode(JSON.stringify(call.body)).buffer as ArrayBuffer),
  };
  const cached = revalidate(settings, outgoing, call.options);
  const { response, idempotencyKey } = await send(settings, outgoing, call.options);
  const isFromCache = response.status === 304 && cached !== undefined;
  const text = isFromCache ? cached.text : await response.text();
  remember(settings, outgoing, response, text);
  let parsed: unknown;
  try {
    parsed = text === "" ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!response.ok && !isFromCache) throw errorFromResponse(response, parsed);
  const requestId = response.headers.get("x-request-id") ?? undefined;
  return withResponse(parsed as T, {
    requestId,
    statusCode: response.status,
    headers: response.headers,
    idempotencyKey,
  });
}

function bindMethod(settings: TransportSettings, descriptor: MethodDescriptor) {
  const [method, template, pathParameters, kind, isPaginated] = descriptor;
  return (...args: unknown[]) => {
    const path = pathParameters.reduce(
      (built, name, index) => built.replace(`{${name}}`, encodeURIComponent(String(args[index]))),
      template,
    );
    const rest = args.slice(pathParameters.length);
    const body = kind === "body" || kind === "body+query" ? rest.shift() : undefined;
    const query = kind === "query" || kind === "body+query" ? (rest.shift() as Query | undefined) : undefined;
    const options = (rest.shift() ?? {}) as RequestOptions;
    if (!isPaginated) return request(settings, { method, path, body, query, options });
    return new PagePromise<PageShape>((cursor) =>
      request(settings, { method, path, body, query: cursor === undefined ? query : { ...query, cursor }, options }),
    );
  };
}

/**
 * Turns the generated table into callable, nested resource objects.
 *
 * @example
 * const resources = bindResources(settings, resourceTable) as Resources;
 */
export function bindResources(settings: TransportSettings, table: ResourceTable): Record<string, unknown> {
  const bound: Record<string, unknown> = {};
  for (const [name, entry] of Object.entries(table)) {
    bound[name] = Array.isArray(entry)
      ? bindMethod(settings, entry as MethodDescriptor)
      : bindResources(settings, entry as ResourceTable);
  }
  return bound;
}
