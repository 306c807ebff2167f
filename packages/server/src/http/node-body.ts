import { IncomingMessage } from "node:http";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { problemResponse } from "./problem.js";

/** What {@link limitedBody} needs. @example { maxSize: 1_048_576, onError: (c) => c.text("too large", 413) } */
export interface BodyLimitOptions {
  readonly maxSize: number;
  readonly onError: (c: Context) => Response | Promise<Response>;
}

const decoder = new TextDecoder();

/**
 * Node's request when the app is served by `@hono/node-server` (its bindings), else undefined (tests pass
 * bindings with a stand-in `incoming` that only has a socket address).
 */
function incomingOf(c: Context): IncomingMessage | undefined {
  const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming;
  return incoming instanceof IncomingMessage ? incoming : undefined;
}

/**
 * Whether the request may carry a body (anything but GET and HEAD, as a web `Request` has one), answered
 * without building the web request.
 *
 * @example if (hasRequestBody(c)) await c.req.text();
 */
export function hasRequestBody(c: Context): boolean {
  return "arrayBuffer" in c.req.bodyCache || c.req.raw.body !== null;
}

/**
 * Hono's body limit (413 through `onError` past `maxSize` bytes, declared or counted), reading the body
 * straight from Node's socket into the request's body cache when the app is served by Node: there, the
 * first touch of `c.req.raw.body` makes the adapter build a web `Request` over the socket (an
 * `AbortController`, `Headers` and a `ReadableStream`), and every read goes through that stream. The text
 * is decoded as `Request.text()` decodes it (UTF-8, a leading BOM dropped, bad bytes replaced). A body its
 * client cut off is a 400 `bad_request`, never an unhandled error, and nothing runs. Elsewhere
 * (`app.request` in tests) Hono's own `bodyLimit` runs.
 *
 * @example
 * app.use("*", limitedBody({ maxSize: 1024 * 1024, onError: (c) => c.text("too large", 413) }));
 */
export function limitedBody(options: BodyLimitOptions): MiddlewareHandler {
  const honoLimit = bodyLimit(options);
  return async (c, next) => {
    const incoming = incomingOf(c);
    if (incoming === undefined) return honoLimit(c, next);
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const declared = incoming.headers["content-length"];
    if (declared !== undefined && incoming.headers["transfer-encoding"] === undefined) {
      if (Number.parseInt(declared, 10) > options.maxSize) return options.onError(c);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of incoming as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > options.maxSize) return options.onError(c);
        chunks.push(chunk);
      }
    } catch {
      // The client went away mid-body (the stream errors with "aborted"): nothing to run, no one to tell.
      return problemResponse(c, { code: "bad_request", detail: "The request body ended before it was complete." });
    }
    const body = Buffer.concat(chunks, size);
    // Hono keeps bodies as promises; its type says the resolved values.
    const cache = c.req.bodyCache as Record<string, unknown>;
    cache.arrayBuffer = Promise.resolve(body.buffer.slice(body.byteOffset, body.byteOffset + size));
    cache.text = Promise.resolve(decoder.decode(body));
    return next();
  };
}
