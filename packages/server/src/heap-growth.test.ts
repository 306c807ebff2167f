import { describe, expect, it } from "vitest";
import { heapGrowthFlag } from "./heap-growth.js";

describe("heapGrowthFlag", () => {
  it("sets V8's heap growth from the configured percent", () => {
    expect(heapGrowthFlag(100, [])).toBe("--heap-growing-percent=100");
    expect(heapGrowthFlag(35, ["--enable-source-maps", "--max-old-space-size=512"])).toBe("--heap-growing-percent=35");
  });

  it("leaves V8 alone at 0, and when the process was started with the flag", () => {
    expect(heapGrowthFlag(0, [])).toBeUndefined();
    expect(heapGrowthFlag(100, ["--heap-growing-percent=30"])).toBeUndefined();
    expect(heapGrowthFlag(100, ["--heap-growing-percent", "30"])).toBeUndefined();
  });
});
