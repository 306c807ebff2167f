import { describe, expect, it } from "vitest";
import { type CallRecord, checkCallAllowed } from "./call-frequency.js";

const ny = "America/New_York";
const outbound = (at: string, extra: Partial<CallRecord> = {}): CallRecord => ({
  at,
  direction: "outbound",
  connected: true,
  isConversation: false,
  ...extra,
});
/** One attempt a day at 10:00 New York time (15:00Z in December), Mon 2026-11-30 to Sun 12-06. */
const week = ["30", "01", "02", "03", "04", "05", "06"].map((d) =>
  outbound(d === "30" ? "2026-11-30T15:00:00Z" : `2026-12-${d}T15:00:00Z`),
);

function decide(proposedAt: string, history: ReadonlyArray<CallRecord>, timeZone = ny, otherTimeZones: string[] = []) {
  const result = checkCallAllowed({ proposedAt, timeZone, otherTimeZones, history });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("Regulation F call limits (12 CFR 1006.14(b), 1006.6(b)(1)(i))", () => {
  it("refuses an eighth attempt within 7 consecutive days; the 8th day frees one", () => {
    const eighth = decide("2026-12-06T20:00:00Z", week);
    expect(eighth.allowed).toBe(false);
    expect(eighth.refusals.map((r) => r.code)).toEqual(["reg_f_call_frequency"]);
    expect(eighth.attemptsInBusiestWindow).toBe(7);
    const nextMonday = decide("2026-12-07T15:00:00Z", week); // window 12-01..12-07 holds 6
    expect(nextMonday).toMatchObject({ allowed: true, attemptsInBusiestWindow: 6, refusals: [] });
  });

  it("checks windows that start after the call too (history logged out of order)", () => {
    const later = week.map((call) => ({ ...call, at: call.at.replace("2026-11-30", "2026-12-07") }));
    expect(decide("2026-12-01T16:00:00Z", later).allowed).toBe(false); // 12-01..12-07 would hold 8
  });

  it("does not count calls that did not connect, nor inbound calls", () => {
    const history = [
      ...week.slice(0, 6),
      outbound("2026-12-06T15:00:00Z", { connected: false }),
      { ...week[6]!, direction: "inbound" as const },
    ];
    expect(decide("2026-12-06T20:00:00Z", history).allowed).toBe(true);
  });

  it("refuses any call for 7 days after a conversation, the conversation's day being the first", () => {
    const talk = [outbound("2026-12-01T15:00:00Z", { isConversation: true })];
    expect(decide("2026-12-01T16:00:00Z", talk).refusals.map((r) => r.code)).toEqual(["reg_f_after_conversation"]);
    expect(decide("2026-12-07T23:00:00Z", talk).allowed).toBe(false); // 18:00 on day 7
    expect(decide("2026-12-08T13:00:00Z", talk).allowed).toBe(true); // 08:00 on day 8
    expect(decide("2026-12-01T14:00:00Z", talk).allowed).toBe(true); // before the conversation
  });

  it("an inbound conversation also starts the 7 days", () => {
    const talk = [{ ...outbound("2026-12-01T15:00:00Z", { isConversation: true }), direction: "inbound" as const }];
    expect(decide("2026-12-03T15:00:00Z", talk).allowed).toBe(false);
  });

  it("allows 8:00:00 to 9:00:00 p.m. local, by the borrower's zone and its daylight saving", () => {
    expect(decide("2026-12-03T12:59:59Z", []).refusals.map((r) => r.code)).toEqual(["reg_f_inconvenient_time"]);
    expect(decide("2026-12-03T13:00:00Z", []).allowed).toBe(true);
    expect(decide("2026-12-04T02:00:00Z", []).allowed).toBe(true); // 21:00:00 EST
    expect(decide("2026-12-04T02:00:01Z", []).allowed).toBe(false);
    expect(decide("2026-12-04T03:30:00Z", [], "America/Los_Angeles").allowed).toBe(true); // 19:30 PST
    expect(decide("2026-03-08T12:30:00Z", []).allowed).toBe(true); // 08:30 EDT, the day DST starts
    expect(decide("2026-03-07T12:30:00Z", []).allowed).toBe(false); // 07:30 EST
  });

  it("reads the local date in the borrower's zone: 03:30Z on 12-04 is still 12-03 in New York", () => {
    expect(decide("2026-12-04T01:30:00Z", []).local).toEqual({ date: "2026-12-03", secondOfDay: 20 * 3600 + 30 * 60 });
  });

  it("must be convenient in every zone the borrower may be in", () => {
    const result = decide("2026-12-03T13:30:00Z", [], ny, ["America/Los_Angeles"]); // 08:30 NY, 05:30 LA
    expect(result.refusals).toEqual([
      { code: "reg_f_inconvenient_time", message: "outside 8 a.m.-9 p.m. in America/Los_Angeles" },
    ]);
  });

  it.each([
    [{ timeZone: "Mars/Olympus" }, "invalid_time_zone", ["timeZone"]],
    [{ otherTimeZones: ["Nowhere"] }, "invalid_time_zone", ["otherTimeZones", 0]],
    [{ proposedAt: "2026-12-03T10:00:00" }, "invalid_instant", ["proposedAt"]],
    [{ history: [outbound("yesterday")] }, "invalid_instant", ["history", 0, "at"]],
  ])("refuses %o with %s", (change, code, path) => {
    const result = checkCallAllowed({ proposedAt: "2026-12-03T15:00:00Z", timeZone: ny, history: [], ...change });
    expect(result).toMatchObject({ ok: false, error: { code, path } });
  });
});
