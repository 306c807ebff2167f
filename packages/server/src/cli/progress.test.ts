import { describe, expect, it } from "vitest";
import { createProgressReporter, formatDuration, formatProgress, rateAndEta } from "./progress.js";

describe("formatDuration", () => {
  it.each([
    { ms: 0, want: "0:00" },
    { ms: 1, want: "0:01" },
    { ms: 59_000, want: "0:59" },
    { ms: 61_200, want: "1:02" },
    { ms: 3_600_000, want: "1:00:00" },
    { ms: 3_725_000, want: "1:02:05" },
  ])("$ms ms → $want", ({ ms, want }) => {
    expect(formatDuration(ms)).toBe(want);
  });
});

describe("rateAndEta", () => {
  it("is done per second, and the remaining count at that rate", () => {
    // 250 loans in 2 s = 125/s; 750 left at 125/s = 6 s.
    expect(rateAndEta({ done: 250, total: 1000, elapsedMs: 2000 })).toEqual({ perSecond: 125, etaMs: 6000 });
  });
  it("has no ETA before anything is done", () => {
    expect(rateAndEta({ done: 0, total: 1000, elapsedMs: 5000 })).toEqual({ perSecond: 0, etaMs: undefined });
  });
});

describe("formatProgress", () => {
  it("draws a bar with percent, count, rate and ETA for a terminal", () => {
    expect(formatProgress({ done: 250, total: 1000, elapsedMs: 2000 }, "loans", 10)).toBe(
      "[###-------]  25% 250/1000 loans  125 loans/s  ETA 0:06",
    );
    expect(formatProgress({ done: 1000, total: 1000, elapsedMs: 8000 }, "loans", 10)).toBe(
      "[##########] 100% 1000/1000 loans  125 loans/s  ETA 0:00",
    );
  });
  it("writes a plain line otherwise; slow rates keep a decimal", () => {
    expect(formatProgress({ done: 3, total: 10, elapsedMs: 4000 }, "loans")).toBe(
      "3/10 loans (30%), 0.8 loans/s, ETA 0:10",
    );
    expect(formatProgress({ done: 0, total: 0, elapsedMs: 0 }, "loans")).toBe(
      "0/0 loans (100%), 0.0 loans/s, ETA -:--",
    );
  });
});

describe("createProgressReporter", () => {
  function fakeStream(isTTY: boolean) {
    const writes: string[] = [];
    return { isTTY, writes, write: (text: string) => writes.push(text) };
  }

  it("on a TTY redraws one line in place (carriage return, clear to end) and ends it at the finish", () => {
    let now = 0;
    const stream = fakeStream(true);
    const progress = createProgressReporter({ stream, label: "close-day", unit: "loans", now: () => now });
    progress.update(0, 4);
    now = 50;
    progress.update(1, 4); // within 100 ms of the last redraw: skipped
    now = 1000;
    progress.update(2, 4);
    now = 2000;
    progress.finish(4, 4);
    expect(stream.writes).toHaveLength(3);
    expect(stream.writes.every((text) => text.startsWith("\rclose-day ["))).toBe(true);
    expect(stream.writes[1]).toContain(" 50% 2/4 loans  2.0 loans/s  ETA 0:01\u001b[K");
    expect(stream.writes[2]?.endsWith("100% 4/4 loans  2.0 loans/s  ETA 0:00\u001b[K\n")).toBe(true);
  });

  it("elsewhere writes whole lines at most every interval, and always the last", () => {
    let now = 0;
    const stream = fakeStream(false);
    const progress = createProgressReporter({ stream, label: "close-day", unit: "loans", now: () => now });
    for (let done = 0; done <= 10; done++) {
      now = done * 500;
      progress.update(done, 10);
    }
    progress.finish(10, 10);
    expect(stream.writes).toEqual([
      "close-day: 0/10 loans (0%), 0.0 loans/s, ETA -:--\n",
      "close-day: 4/10 loans (40%), 2.0 loans/s, ETA 0:03\n",
      "close-day: 8/10 loans (80%), 2.0 loans/s, ETA 0:01\n",
      "close-day: 10/10 loans (100%), 2.0 loans/s, ETA 0:00\n",
    ]);
  });
});
