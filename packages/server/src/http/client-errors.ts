import type { Server } from "node:http";
import type { Socket } from "node:net";
import type { IdGenerator } from "../ids.js";
import type { Logger } from "../logger.js";
import { renderProblem } from "./problem.js";

/** The Node HTTP server's timeouts. @example { requestTimeoutMs: 30_000, headersTimeoutMs: 10_000 } */
export interface HttpTimeouts {
  /** The whole request (headers and body) must arrive within this (Node's `server.requestTimeout`). */
  readonly requestTimeoutMs: number;
  /** The headers must arrive within this (Node's `server.headersTimeout`); at most `requestTimeoutMs`. */
  readonly headersTimeoutMs: number;
}

/**
 * The problem for an error that Node's HTTP parser raises before the app sees the request. Oversized headers (Node's `maxHeaderSize`, 16 KiB by
 * default: a 120 kB token, say) → 431 `request_header_fields_too_large`; a request not received within
 * the timeouts → 408 `request_timeout`; anything else unparsable → 400 `bad_request`.
 *
 * @example
 * problemForClientError("HPE_HEADER_OVERFLOW").code; // "request_header_fields_too_large"
 */
export function problemForClientError(code: string | undefined): { readonly code: string; readonly detail: string } {
  switch (code) {
    case "HPE_HEADER_OVERFLOW":
      return {
        code: "request_header_fields_too_large",
        detail: "The request headers are too large (16 KiB in all); send a shorter token or fewer headers.",
      };
    case "ERR_HTTP_REQUEST_TIMEOUT":
    case "ERR_HTTP_HEADERS_TIMEOUT":
      return { code: "request_timeout", detail: "The request was not received in time; send it again, faster." };
    default:
      return { code: "bad_request", detail: "The request is not valid HTTP." };
  }
}

/**
 * Answers the HTTP parser's errors with `application/problem+json` (Node's default is a bare status line)
 * and sets the server's request and header timeouts, checked every second, so a client that sends its
 * headers or body a byte at a time cannot hold a connection for minutes.
 *
 * @example
 * guardNodeServer(server, { requestTimeoutMs: 30_000, headersTimeoutMs: 10_000 }, { logger, ids });
 */
export function guardNodeServer(
  server: Server,
  timeouts: HttpTimeouts,
  deps: { readonly logger: Logger; readonly ids: IdGenerator },
): void {
  server.requestTimeout = timeouts.requestTimeoutMs;
  server.headersTimeout = Math.min(timeouts.headersTimeoutMs, timeouts.requestTimeoutMs);
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    const answer = problemForClientError(error.code);
    deps.logger.info(
      { reason: error.code ?? error.message, answer: answer.code },
      "refused a malformed or slow request",
    );
    const pending = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (!socket.writable || pending?.headersSent === true) {
      socket.destroy();
      return;
    }
    const requestId = deps.ids.next("req");
    const problem = renderProblem(answer, requestId);
    const body = JSON.stringify(problem);
    const status = problem.status;
    socket.end(
      [
        `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? "Error"}`,
        "Content-Type: application/problem+json",
        `Content-Length: ${Buffer.byteLength(body)}`,
        `X-Request-Id: ${requestId}`,
        "X-Content-Type-Options: nosniff",
        "Connection: close",
        "",
        body,
      ].join("\r\n"),
    );
  });
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: "Bad Request",
  408: "Request Timeout",
  431: "Request Header Fields Too Large",
};
