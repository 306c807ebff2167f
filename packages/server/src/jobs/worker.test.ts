import { describe, expect, it } from "vitest";
import type { Logger } from "../logger.js";
import { startLoop } from "./worker.js";

describe("a background loop", () => {
  it("logs a failing pass (a lost database) and keeps going; stop waits for the pass in flight", async () => {
    const errors: unknown[] = [];
    const logger = { error: (fields: unknown) => errors.push(fields) } as unknown as Logger;
    let calls = 0;
    const loop = startLoop(
      "test",
      async () => {
        calls += 1;
        if (calls === 1) throw new Error("connection refused");
        return 0;
      },
      { logger, idleMs: 5 },
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    await loop.stop();
    const stoppedAt = calls;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(errors).toHaveLength(1);
    expect(stoppedAt).toBeGreaterThan(2);
    expect(calls).toBe(stoppedAt); // nothing runs after stop
  });
});
