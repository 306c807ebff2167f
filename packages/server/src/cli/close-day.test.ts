import { describe, expect, it } from "vitest";
import { ConfigError } from "../config.js";
import { parseCloseDayArgs } from "./close-day.js";

const now = new Date("2026-04-01T23:30:00Z");

describe("parseCloseDayArgs", () => {
  // given argv -> want the parsed request (the default date is the UTC date of `now`).
  const cases: ReadonlyArray<[string[], object]> = [
    [[], { businessDate: "2026-04-01", batchSize: 500, tenantId: undefined }],
    [["--date", "2024-02-29", "--batch", "20"], { businessDate: "2024-02-29", batchSize: 20, tenantId: undefined }],
    [["--tenant", "acme"], { businessDate: "2026-04-01", batchSize: 500, tenantId: "acme" }],
  ];
  it.each(cases)("%j", (args, want) => {
    expect(parseCloseDayArgs(args, now)).toEqual(want);
  });

  const bad: ReadonlyArray<string[]> = [
    ["--date", "2025-02-29"],
    ["--date", "31/03/2026"],
    ["--batch", "0"],
    ["--batch", "1.5"],
    ["--batch", "10001"],
  ];
  it.each(bad)("refuses %j", (...args) => {
    expect(() => parseCloseDayArgs(args, now)).toThrow(ConfigError);
  });
});
