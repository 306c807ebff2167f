import createFetchClient, { type Client, type Middleware } from "openapi-fetch";
import type { components, paths } from "./generated/schema.js";

export type { components, paths };
/** A schema from the API, by name: `Schema<"Product">`. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];
/** The RFC 9457 problem document every error response carries. */
export type Problem = components["schemas"]["Problem"];

export interface ClientOptions {
  /** Where the API runs, e.g. `http://localhost:3000`. */
  readonly baseUrl: string;
  /** A bearer JWT; `lendstack token --tenant <id>` mints one for development. */
  readonly token: string;
  /** A fetch implementation (defaults to the global one). */
  readonly fetch?: (request: Request) => Promise<Response>;
}

export type LendstackClient = Client<paths>;

/**
 * A typed client for every Lendstack operation. Paths, parameters, bodies and responses are
 * checked against the OpenAPI document the client was generated from.
 *
 * @example
 * const lendstack = createClient({ baseUrl: "http://localhost:3000", token });
 * const { data, error } = await lendstack.GET("/v1/products", { params: { query: { limit: 10 } } });
 */
export function createClient(options: ClientOptions): LendstackClient {
  const client = createFetchClient<paths>({
    baseUrl: options.baseUrl.replace(/\/$/, ""),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const authenticate: Middleware = {
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${options.token}`);
      return request;
    },
  };
  client.use(authenticate);
  return client;
}

/** A fresh `Idempotency-Key` value for a POST that moves money or creates something. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
