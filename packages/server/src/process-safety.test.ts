import { EventEmitter } from "node:events";
import { describe, expect, it, vi } from "vitest";
import { createLogger } from "./logger.js";
import { installProcessSafetyNet } from "./process-safety.js";

function harness() {
  const target = new EventEmitter();
  const exit = vi.fn<(code: number) => void>();
  const shutdown = vi.fn(async () => {});
  const logger = createLogger("silent");
  const fatal = vi.spyOn(logger, "fatal");
  const error = vi.spyOn(logger, "error");
  const uninstall = installProcessSafetyNet({
    logger,
    shutdown,
    exit,
    shutdownTimeoutMs: 50,
    target: target as unknown as NodeJS.Process,
  });
  return { target, exit, shutdown, fatal, error, uninstall };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe("the process safety net", () => {
  it("logs a transient database error that escaped a request and keeps serving", async () => {
    const net = harness();
    net.target.emit("uncaughtException", Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }));
    net.target.emit("unhandledRejection", new Error("Connection terminated unexpectedly"));
    await settle();
    expect(net.error).toHaveBeenCalledTimes(2);
    expect(net.error.mock.calls[0]?.[0]).toMatchObject({ origin: "uncaughtException" });
    expect(net.shutdown).not.toHaveBeenCalled();
    expect(net.exit).not.toHaveBeenCalled();
  });

  it("logs any other error as fatal, closes the server once and exits 1", async () => {
    const net = harness();
    const bug = new TypeError("Cannot read properties of null (reading 'write')");
    net.target.emit("uncaughtException", bug);
    net.target.emit("unhandledRejection", new Error("second"));
    await settle();
    expect(net.fatal).toHaveBeenCalledTimes(2);
    expect(net.fatal.mock.calls[0]?.[0]).toEqual({ err: bug, origin: "uncaughtException" });
    expect(net.shutdown).toHaveBeenCalledTimes(1);
    expect(net.exit).toHaveBeenCalledTimes(1);
    expect(net.exit).toHaveBeenCalledWith(1);
  });

  it("exits 1 even when closing hangs, after the shutdown timeout", async () => {
    const net = harness();
    net.shutdown.mockImplementation(() => new Promise(() => {}));
    net.target.emit("unhandledRejection", new Error("bug"));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(net.exit).toHaveBeenCalledWith(1);
  });

  it("removes its handlers when uninstalled", () => {
    const net = harness();
    expect(net.target.listenerCount("uncaughtException")).toBe(1);
    net.uninstall();
    expect(net.target.listenerCount("uncaughtException")).toBe(0);
    expect(net.target.listenerCount("unhandledRejection")).toBe(0);
  });
});
