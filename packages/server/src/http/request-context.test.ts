import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { createIdGenerator } from "../ids.js";
import { childOnFirstUse, createLogger } from "../logger.js";
import type { AppEnv } from "./app-env.js";
import { requestContext } from "./request-context.js";

function loggedApp() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger("info", { write: (line: string) => lines.push(JSON.parse(line)) });
  const clock = () => new Date("2025-03-01T12:00:00.000Z");
  const app = new Hono<AppEnv>();
  app.use("*", requestContext(createIdGenerator({ clock }), logger, clock));
  app.get("/sign/:token/view", (c) => {
    c.get("logger").info({ taxId: "123-45-6789", party: { dateOfBirth: "1985-06-15" } }, "handler line");
    return c.text("ok");
  });
  return { app, lines };
}

describe("requestContext", () => {
  it("logs one completion line per request, with the request id and no signing token", async () => {
    const { app, lines } = loggedApp();
    const response = await app.request("/sign/secret-token/view", { headers: { "x-request-id": "req-abc.1" } });
    expect(response.headers.get("x-request-id")).toBe("req-abc.1");
    const completion = lines.find((line) => line.msg === "request completed");
    expect(Object.keys(completion ?? {})).toEqual([
      "level",
      "time",
      "service",
      "requestId",
      "method",
      "path",
      "status",
      "durationMs",
      "msg",
    ]);
    expect(completion).toMatchObject({
      requestId: "req-abc.1",
      method: "GET",
      path: "/sign/[token]/view",
      status: 200,
    });
    expect(JSON.stringify(lines)).not.toContain("secret-token");
  });

  it("still redacts what a handler logs through the request's logger", async () => {
    const { app, lines } = loggedApp();
    await app.request("/sign/t/view");
    const handler = lines.find((line) => line.msg === "handler line");
    expect(handler).toMatchObject({ taxId: "[redacted]", party: { dateOfBirth: "[redacted]" } });
    expect(String(handler?.requestId)).toMatch(/^req_/);
  });

  it("makes the request's child logger only when something uses it", () => {
    const lines: Array<Record<string, unknown>> = [];
    const logger = createLogger("info", { write: (line: string) => lines.push(JSON.parse(line)) });
    const made: Array<Record<string, unknown>> = [];
    const original = logger.child;
    logger.child = function (this: typeof logger, ...args: Parameters<typeof original>) {
      made.push(args[0]);
      return original.apply(this, args);
    } as typeof original;
    const lazy = childOnFirstUse(logger, { requestId: "req_1" });
    expect(made).toEqual([]);
    expect(lazy.isLevelEnabled("debug")).toBe(false);
    expect(lazy.level).toBe("info");
    lazy.warn({ ssn: "123-45-6789" }, "first");
    lazy.child({ step: "two" }).info("second");
    // Made once, on first use; the grandchild is made from it (pino children inherit the patched method).
    expect(made).toEqual([{ requestId: "req_1" }, { step: "two" }]);
    expect(lines.map(({ msg, requestId, ssn, step }) => ({ msg, requestId, ssn, step }))).toEqual([
      { msg: "first", requestId: "req_1", ssn: "[redacted]", step: undefined },
      { msg: "second", requestId: "req_1", ssn: undefined, step: "two" },
    ]);
  });
});
