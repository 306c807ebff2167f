/**
 * Serves the borrower portal (a static page on @lendstack/client) and forwards `/v1/*` to the API, so the
 * page talks to one origin and needs no CORS. The client's browser build and openapi-fetch come from
 * node_modules through an import map: no bundler, no CDN.
 *
 *   npm start                                        # the API, in another terminal
 *   npx tsx examples/borrower-portal/serve.ts        # then open http://127.0.0.1:3001 and paste the token
 */
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const requireHere = createRequire(import.meta.url);

/** The files the portal serves, by path: page, script, styles, and the two modules of the import map. */
function staticFiles(): Record<string, { file: () => string; type: string }> {
  const javascript = "text/javascript; charset=utf-8";
  return {
    "/": { file: () => join(here, "index.html"), type: "text/html; charset=utf-8" },
    "/portal.js": { file: () => join(here, "portal.js"), type: javascript },
    "/portal.css": { file: () => join(here, "portal.css"), type: "text/css; charset=utf-8" },
    "/modules/client.js": {
      file: () => join(here, "..", "..", "packages", "client", "dist", "index.js"),
      type: javascript,
    },
    "/modules/openapi-fetch.js": {
      file: () => join(dirname(requireHere.resolve("openapi-fetch/package.json")), "dist", "index.mjs"),
      type: javascript,
    },
  };
}

async function forward(request: IncomingMessage, response: ServerResponse, apiUrl: string): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const name of ["authorization", "content-type", "idempotency-key", "accept", "if-match"]) {
    const value = request.headers[name];
    if (typeof value === "string") headers.set(name, value);
  }
  const method = request.method ?? "GET";
  const upstream = await fetch(`${apiUrl}${request.url}`, {
    method,
    headers,
    ...(chunks.length > 0 && method !== "GET" ? { body: Buffer.concat(chunks) } : {}),
  });
  const passed: Record<string, string> = {};
  for (const name of ["content-type", "x-request-id", "idempotent-replayed", "retry-after"]) {
    const value = upstream.headers.get(name);
    if (value !== null) passed[name] = value;
  }
  response.writeHead(upstream.status, passed);
  response.end(Buffer.from(await upstream.arrayBuffer()));
}

/** A running portal. @example const portal = await startPortal({ apiUrl: "http://127.0.0.1:3000", port: 0 }); */
export interface Portal {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the portal on 127.0.0.1 (`port` 0 picks a free one). @example await startPortal({ apiUrl, port: 3001 }) */
export async function startPortal(options: { apiUrl: string; port: number }): Promise<Portal> {
  const files = staticFiles();
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    if (path.startsWith("/v1/")) {
      forward(request, response, options.apiUrl).catch(() => {
        response.writeHead(502, { "content-type": "text/plain" });
        response.end("The API is not reachable.");
      });
      return;
    }
    const entry = files[path];
    if (entry === undefined || request.method !== "GET") {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("Not found");
      return;
    }
    readFile(entry.file()).then(
      (body) => {
        response.writeHead(200, { "content-type": entry.type, "cache-control": "no-store" });
        response.end(body);
      },
      () => {
        response.writeHead(500, { "content-type": "text/plain" });
        response.end(`Missing ${path}: run npm run build (npm start builds the client).`);
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(options.port, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const apiUrl = process.env.LENDSTACK_URL || `http://127.0.0.1:${process.env.PORT || "3000"}`;
  const portal = await startPortal({ apiUrl, port: Number(process.env.PORTAL_PORT || "3001") });
  console.log(`Borrower portal on ${portal.url} (API: ${apiUrl}); sign in with a token.`);
}
