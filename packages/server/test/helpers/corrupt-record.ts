import { Writable } from "node:stream";
import { expect } from "vitest";
import { createLogger, type Logger } from "../../src/logger.js";
import { json } from "./products.js";

/** A logger that keeps its lines, for asserting what a corrupt row logged. @example const log = capturedLog(); */
export function capturedLog(): { readonly logger: Logger; readonly lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger("error", destination), lines };
}

/**
 * The problem a corrupt row gets (a 500 `corrupt_record` that names nothing of the row), and the one log
 * line, among `lines`, that says which row.
 *
 * @example
 * await expectCorrupt(response, "/v1/events", ["events", "data"], log.lines);
 */
export async function expectCorrupt(
  response: Response,
  path: string,
  logged: ReadonlyArray<string>,
  lines: ReadonlyArray<string>,
) {
  const body = await json(response);
  expect(response.status, JSON.stringify(body)).toBe(500);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(body).toEqual({
    type: "urn:lendstack:problem:corrupt_record",
    title: "Internal Server Error",
    status: 500,
    detail: "A stored record could not be read; nothing was changed. Quote the request id when reporting it.",
    instance: path,
    code: "corrupt_record",
    requestId: response.headers.get("x-request-id"),
  });
  const line = lines.find((text) => text.includes("corrupt record") && text.includes(String(body.requestId)));
  expect(line, lines.join("")).toBeDefined();
  for (const part of ["corrupt record", ...logged]) expect(line).toContain(part);
}
