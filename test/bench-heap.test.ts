/**
 * The live-heap probe of `npm run bench:load` (bench/load/heap-probe.cjs and heap.ts): a process preloaded
 * with it records its old generation after each full collection, which shows what it holds, not its garbage.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { HEAP_PROBE_ARGS, heapHalves, heapSamples } from "../bench/load/heap.js";

const dir = mkdtempSync(join(tmpdir(), "lendstack-heap-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Holds 5 million array slots (40 MB, in the old generation) through one full collection, lets them go,
// then collects again, each reading taken on a later turn of the event loop.
const child = `
let held = new Array(5_000_000).fill(0);
const tick = () => new Promise((resolve) => setTimeout(resolve, 50));
(async () => {
  gc(); await tick();
  held = undefined;
  gc(); await tick();
})();
`;

describe("heap probe", () => {
  it("reads the live heap after each full collection: what is held, and no more once it is let go", () => {
    writeFileSync(join(dir, "child.cjs"), child);
    const before = Date.now();
    execFileSync(process.execPath, [...HEAP_PROBE_ARGS, "--expose-gc", join(dir, "child.cjs")], { cwd: dir });
    const samples = heapSamples(dir);
    expect(samples.length).toBeGreaterThanOrEqual(2);
    const [holding, released] = samples;
    expect(holding!.megabytes).toBeGreaterThan(38);
    expect(released!.megabytes).toBeLessThan(holding!.megabytes - 35);
    expect(holding!.atMs).toBeGreaterThanOrEqual(before);
    expect(heapSamples(dir, [holding!.pid + 1])).toEqual([]);
  });
});

describe("heapHalves", () => {
  const at = (atMs: number, megabytes: number) => ({ atMs, pid: 1, megabytes });

  it("gives the spread of each half of the window (smallest, median, largest), ignoring readings outside it", () => {
    const samples = [at(50, 99), at(100, 30), at(120, 38), at(140, 34), at(150, 31), at(200, 33), at(250, 99)];
    expect(heapHalves(samples, { fromMs: 100, toMs: 200 })).toEqual({
      first: { smallest: 30, median: 34, largest: 38 },
      second: { smallest: 31, median: 32, largest: 33 },
      largest: 38,
      count: 5,
    });
  });

  it("says when a half had no full collection", () => {
    expect(heapHalves([at(180, 40)], { fromMs: 100, toMs: 200 })).toEqual({
      first: undefined,
      second: { smallest: 40, median: 40, largest: 40 },
      largest: 40,
      count: 1,
    });
  });
});
