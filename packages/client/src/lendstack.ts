import createFetchClient, { type Client } from "openapi-fetch";
import { EtagCache } from "./etag-cache.js";
import { type Resources, resourceTable } from "./generated/resources.js";
import type { paths } from "./generated/schema.js";
import { bindResources } from "./resources.js";
import { send, type TokenSource, type TransportSettings } from "./transport.js";

/** How to reach the API and how hard to try. */
export interface LendstackOptions {
  /** Where the API runs, e.g. `http://127.0.0.1:3000`. */
  readonly baseUrl: string;
  /** A bearer JWT, or a function returning the current one (called before each attempt, so it can refresh). */
  readonly token: TokenSource;
  /** A fetch implementation (defaults to the global one). */
  readonly fetch?: (request: Request) => Promise<Response>;
  /** Retries after a network error, timeout, 409 in-progress, 429 or 5xx. Default 2. */
  readonly maxRetries?: number;
  /** Milliseconds one attempt may take. Default 30 000. */
  readonly timeout?: number;
  /**
   * Keep the bodies of GETs that came with an `ETag` (`true`: up to 100; a number: up to that many) and
   * revalidate them with `If-None-Match`: a 304 resolves to the kept body (`lastResponse.statusCode` 304).
   * Every read still asks the server; only the body is spared. Off by default.
   */
  readonly etagCache?: boolean | number;
}

/** The low-level client: openapi-fetch over every path, through the same transport (auth, retries, keys). */
export type LendstackClient = Client<paths>;

const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_TIMEOUT_MS = 30_000;

const DEFAULT_ETAG_CACHE_ENTRIES = 100;

function etagCacheFor(option: boolean | number | undefined): EtagCache | undefined {
  if (option === undefined || option === false) return undefined;
  return new EtagCache(option === true ? DEFAULT_ETAG_CACHE_ENTRIES : Math.max(1, Math.floor(option)));
}

function transportSettings(options: LendstackOptions): TransportSettings {
  return {
    baseUrl: options.baseUrl.replace(/\/$/, ""),
    token: options.token,
    fetch: options.fetch ?? ((request) => fetch(request)),
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    timeoutMs: options.timeout ?? DEFAULT_TIMEOUT_MS,
    etagCache: etagCacheFor(options.etagCache),
  };
}

function createRawClient(settings: TransportSettings): LendstackClient {
  const fetchThroughTransport = async (request: Request): Promise<Response> => {
    const body = request.body === null ? undefined : await request.arrayBuffer();
    const outgoing = { method: request.method, url: request.url, headers: request.headers, body };
    const { response } = await send(settings, outgoing, { signal: request.signal });
    return response;
  };
  return createFetchClient<paths>({ baseUrl: settings.baseUrl, fetch: fetchThroughTransport });
}

// The constructor assigns every member of Resources (Object.assign from the generated table).
export interface Lendstack extends Resources {}

/**
 * A Lendstack API client: resource methods generated from the OpenAPI document (`client.loans.create(…)`),
 * each returning the resource with a non-enumerable `lastResponse` (`requestId`, `statusCode`, `headers`,
 * `idempotencyKey`) or throwing a `LendstackError` subclass; list methods auto-paginate; `raw` is the
 * low-level openapi-fetch client.
 *
 * @example
 * const client = new Lendstack({ baseUrl: "http://127.0.0.1:3000", token: process.env.LENDSTACK_TOKEN! });
 * const loan = await client.loans.retrieve("loan_01J…");
 * for await (const product of client.products.list({ status: "active" })) console.log(product.name);
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: see the interface above.
export class Lendstack {
  /** The low-level openapi-fetch client (`raw.GET("/v1/loans", …)`), with the same auth, retries and keys. */
  readonly raw: LendstackClient;

  constructor(options: LendstackOptions) {
    const settings = transportSettings(options);
    Object.assign(this, bindResources(settings, resourceTable));
    this.raw = createRawClient(settings);
  }
}

/**
 * The low-level typed client (openapi-fetch): `{ data, error }` results, no throwing on HTTP errors, but
 * the same transport as `Lendstack` (bearer token, `Idempotency-Key` on POSTs, retries, timeout).
 *
 * @example
 * const lendstack = createClient({ baseUrl: "http://127.0.0.1:3000", token });
 * const { data, error } = await lendstack.GET("/v1/products", { params: { query: { limit: 10 } } });
 */
export function createClient(options: LendstackOptions): LendstackClient {
  return createRawClient(transportSettings(options));
}
