import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintDevelopmentToken } from "../src/auth/development-token.js";
import { loadConfig } from "../src/config.js";
import { problemForClientError } from "../src/http/client-errors.js";
import { type RunningServer, startServer } from "../src/server.js";
import { personalLoan } from "./helpers/products.js";

// The Node HTTP server's own refusals, over a real socket: oversized headers and slow requests get a
// problem document, not Node's bare status line.
let server: RunningServer;
let port: number;

beforeAll(async () => {
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    LENDSTACK_DATA_DIR: "memory",
    LOG_LEVEL: "silent",
    REQUEST_TIMEOUT_MS: "2000",
    HEADERS_TIMEOUT_MS: "1000",
    CORS_ORIGINS: "https://app.example.com",
    BODY_LIMIT_BYTES: "16384",
  });
  server = await startServer(config);
  port = Number(new URL(server.url).port);
});
afterAll(() => server.close());

/** Writes `chunks` to a raw socket (with `gapMs` between them) and resolves with everything read until close. */
function rawExchange(chunks: string[], gapMs = 0): Promise<{ text: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, "127.0.0.1");
    let text = "";
    let index = 0;
    let timer: NodeJS.Timeout | undefined;
    const writeNext = () => {
      if (index >= chunks.length || socket.destroyed) return;
      socket.write(chunks[index] as string);
      index += 1;
      timer = setTimeout(writeNext, gapMs);
    };
    socket.on("connect", writeNext);
    socket.on("data", (data) => {
      text += data.toString();
    });
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ text, ms: Date.now() - started });
    });
    setTimeout(() => reject(new Error(`no close in time; got ${text}`)), 15_000).unref();
  });
}

function parse(raw: string) {
  const [head = "", body = ""] = raw.split("\r\n\r\n");
  return {
    statusLine: head.split("\r\n")[0],
    head: head.toLowerCase(),
    body: JSON.parse(body) as Record<string, unknown>,
  };
}

describe("the Node server", () => {
  it("answers a 120 kB header with 431 request_header_fields_too_large as problem+json", async () => {
    const token = "a".repeat(120_000);
    const { text } = await rawExchange([
      `GET /v1/products HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\n\r\n`,
    ]);
    const { statusLine, head, body } = parse(text);
    expect(statusLine).toBe("HTTP/1.1 431 Request Header Fields Too Large");
    expect(head).toContain("content-type: application/problem+json");
    expect(head).toContain("x-request-id: req_");
    expect(body).toMatchObject({ status: 431, code: "request_header_fields_too_large" });
  });

  it("answers a body sent a byte at a time with 408 request_timeout within the request timeout", async () => {
    const token = await mintDevelopmentToken({ tenant: "slow", scopes: ["products:write"] });
    const body = JSON.stringify({ name: "slow" });
    const head = [
      "POST /v1/products HTTP/1.1",
      "Host: x",
      `Authorization: Bearer ${token}`,
      "Content-Type: application/json",
      `Content-Length: ${body.length}`,
      "",
      "",
    ].join("\r\n");
    const { text, ms } = await rawExchange([head, ...body.split("")], 400);
    const { statusLine, body: problem } = parse(text);
    expect(statusLine).toBe("HTTP/1.1 408 Request Timeout");
    expect(problem).toMatchObject({ status: 408, code: "request_timeout" });
    expect(ms).toBeLessThan(5_000);
  });

  it("answers headers sent a byte at a time with 408", async () => {
    const request = "GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: abcdefghijklmnopqrstuvwxyz\r\n\r\n";
    const { text, ms } = await rawExchange(request.split(""), 150);
    expect(parse(text)).toMatchObject({
      statusLine: "HTTP/1.1 408 Request Timeout",
      body: { code: "request_timeout" },
    });
    expect(ms).toBeLessThan(5_000);
  });

  it("sends security, CORS, request-id and ETag headers together over HTTP", async () => {
    const token = await mintDevelopmentToken({ tenant: "headers", scopes: ["products:read"] });
    for (const path of ["/v1/products", "/v1/nothing", "/health", "/docs"]) {
      const response = await fetch(`${server.url}${path}`, {
        headers: { authorization: `Bearer ${token}`, origin: "https://app.example.com" },
      });
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("content-security-policy"), path).toContain("default-src 'self'");
      expect(response.headers.get("access-control-allow-origin"), path).toBe("https://app.example.com");
      expect(response.headers.get("x-request-id"), path).toMatch(/^req_/);
    }
    const read = await fetch(`${server.url}/v1/products`, { headers: { authorization: `Bearer ${token}` } });
    expect(read.headers.get("etag")).toMatch(/^"/);
  });

  it("maps the parser's other errors to 400 bad_request", () => {
    expect(problemForClientError("HPE_INVALID_METHOD").code).toBe("bad_request");
    expect(problemForClientError("ERR_HTTP_HEADERS_TIMEOUT").code).toBe("request_timeout");
  });

  it("reads a JSON body from the socket as Request.text() would, and replays the response byte for byte", async () => {
    const token = await mintDevelopmentToken({ tenant: "bodies", scopes: ["products:write", "products:read"] });
    const headers = {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
      "idempotency-key": "node-body-1",
    };
    // A leading byte-order mark is dropped, as the WHATWG decoder drops it.
    const body = `\uFEFF${JSON.stringify(personalLoan({ name: "Node body" }))}`;
    const created = await fetch(`${server.url}/v1/products`, { method: "POST", headers, body });
    const text = await created.text();
    expect(created.status, text).toBe(201);
    expect(JSON.parse(text)).toMatchObject({ name: "Node body" });
    const replayed = await fetch(`${server.url}/v1/products`, { method: "POST", headers, body });
    expect(replayed.status).toBe(201);
    expect(replayed.headers.get("idempotent-replayed")).toBe("true");
    expect(await replayed.text()).toBe(text);
    const malformed = await fetch(`${server.url}/v1/products`, {
      method: "POST",
      headers: { ...headers, "idempotency-key": "node-body-2" },
      body: '{"name": ',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ code: "malformed_json" });
  });

  it("refuses a body over the limit with 413, declared or sent chunked", async () => {
    const token = await mintDevelopmentToken({ tenant: "bodies", scopes: ["products:write"] });
    const large = JSON.stringify(personalLoan({ name: "x".repeat(20_000) }));
    const declared = await fetch(`${server.url}/v1/products`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: large,
    });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ code: "payload_too_large" });
    const head = [
      "POST /v1/products HTTP/1.1",
      "Host: 127.0.0.1",
      `Authorization: Bearer ${token}`,
      "Content-Type: application/json",
      "Transfer-Encoding: chunked",
      "Connection: close",
      "",
      "",
    ].join("\r\n");
    const chunks = [large.slice(0, 10_000), large.slice(10_000)].map(
      (part) => `${part.length.toString(16)}\r\n${part}\r\n`,
    );
    const { text } = await rawExchange([head, ...chunks, "0\r\n\r\n"], 20);
    expect(parse(text)).toMatchObject({
      statusLine: "HTTP/1.1 413 Payload Too Large",
      body: { code: "payload_too_large" },
    });
  });
});
