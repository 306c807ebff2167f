import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the scripted server received. */
export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: string;
  readonly receivedAt: number;
}

/** Answers the `attempt`-th request (0-based) it receives. */
export type Script = (request: ReceivedRequest, response: ServerResponse, attempt: number) => void;

export interface ScriptedServer {
  readonly baseUrl: string;
  readonly received: ReceivedRequest[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 that answers by script, recording every request it gets.
 *
 * @example
 * const server = await startScriptedServer((request, response, attempt) => json(response, attempt === 0 ? 500 : 200, {}));
 */
export async function startScriptedServer(script: Script): Promise<ScriptedServer> {
  const received: ReceivedRequest[] = [];
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const request = {
        method: incoming.method ?? "",
        url: incoming.url ?? "",
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        receivedAt: Date.now(),
      };
      received.push(request);
      script(request, response, received.length - 1);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends a JSON (or problem+json, for status >= 400) response with an `X-Request-Id`. */
export function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const contentType = status >= 400 ? "application/problem+json" : "application/json";
  response.writeHead(status, {
    "content-type": contentType,
    "x-request-id": `req_${status}_${Date.now()}`,
    ...headers,
  });
  response.end(JSON.stringify(body));
}

/** A problem document as the Lendstack server writes it. */
export function problem(status: number, code: string, detail = code) {
  return { type: `urn:lendstack:problem:${code}`, title: "Problem", status, detail, code, requestId: "req_problem" };
}
