import { describe, expect, it } from "vitest";
import { msPerDay } from "./instant.js";
import { expectedClosings, type PipelineCandidate } from "./pipeline-expected.js";

const app = (id: string, state: PipelineCandidate["visits"][number]["state"], enteredAt: string, extra = {}) => ({
  id,
  currency: "USD",
  amountMinor: 1_000_000n,
  visits: [{ stage: state, state, enteredAt }],
  ...extra,
});

describe("expectedClosings", () => {
  const medians = new Map([
    ["in_review", 2 * msPerDay],
    ["offered", msPerDay],
    ["accepted", msPerDay],
    ["closing", msPerDay],
  ]);

  it("adds what is left of the current state's median dwell to the medians of the states ahead", () => {
    // In review for 1 day of its 2-day median: 1 day left, then approved 0 + offered 1 + accepted 1 + closing 1.
    const closings = expectedClosings([app("a", "in_review", "2026-12-01T00:00:00Z")], medians, "2026-12-02T00:00:00Z");
    expect(closings).toEqual([
      { date: "2026-12-06", count: 1, amounts: [{ currency: "USD", amountMinor: 1_000_000n }] },
    ]);
  });

  it("uses the planned funding date in closing, groups by date and leaves terminal applications out", () => {
    const closings = expectedClosings(
      [
        app("a", "closing", "2026-12-01T00:00:00Z", { fundingDate: "2026-12-10" }),
        app("b", "closing", "2026-12-01T00:00:00Z", { fundingDate: "2026-12-10" }),
        app("c", "funded", "2026-12-01T00:00:00Z"),
        app("d", "withdrawn", "2026-12-01T00:00:00Z"),
      ],
      medians,
      "2026-12-02T00:00:00Z",
    );
    expect(closings).toEqual([
      { date: "2026-12-10", count: 2, amounts: [{ currency: "USD", amountMinor: 2_000_000n }] },
    ]);
  });

  it("never expects a closing before asOf, however long an application has waited", () => {
    const closings = expectedClosings([app("a", "accepted", "2026-01-01T00:00:00Z")], medians, "2026-12-02T00:00:00Z");
    expect(closings[0]?.date).toBe("2026-12-03");
  });
});
