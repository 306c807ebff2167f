import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatInstant, parseInstant, utcDateOf } from "./instant.js";

describe("instants", () => {
  it("parses UTC instants to epoch milliseconds", () => {
    expect(parseInstant("1970-01-01T00:00:00Z")).toEqual({ ok: true, value: 0 });
    // 2026-01-01 is epoch day 56*365 + 14 leap days = 20454; + 31 (Jan) + 28 (Feb) + 1 → 2026-03-02 = 20514
    expect(parseInstant("2026-03-02T14:05:00.5Z")).toEqual({
      ok: true,
      value: 20_514 * 86_400_000 + 14 * 3_600_000 + 5 * 60_000 + 500,
    });
  });
  it.each([
    "2026-03-02T24:00:00Z",
    "2026-02-30T00:00:00Z",
    "2026-03-02T14:05:00+01:00",
    "2026-03-02",
    "2026-03-02T14:05:00.Z",
    "2026-03-02T14:05:00.1234Z",
    "2026-03-02T14:05:60Z",
    "2026-03-02t14:05:00Z",
    "1969-12-31T23:59:59Z",
    "2026-03-02T14:05:0aZ",
    42,
  ])("refuses %s", (text) => {
    expect(parseInstant(text, ["at"])).toMatchObject({ ok: false, error: { code: "invalid_instant", path: ["at"] } });
  });
  it("formats back what it parses", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
        expect(parseInstant(formatInstant(ms))).toEqual({ ok: true, value: ms });
        expect(formatInstant(ms).slice(0, 10)).toBe(utcDateOf(ms));
      }),
    );
  });
});
