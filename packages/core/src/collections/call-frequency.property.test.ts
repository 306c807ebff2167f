import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../calendar/index.js";
import { type CallRecord, checkCallAllowed } from "./call-frequency.js";
import { localReading } from "./instant.js";

const zones = ["America/New_York", "America/Chicago", "America/Los_Angeles", "Pacific/Honolulu", "America/Anchorage"];
const start = Date.UTC(2026, 9, 25); // spans the end of daylight saving time on 2026-11-01

describe("Regulation F properties", () => {
  it("never allows an eighth call in seven days, nor a call outside 8 a.m.-9 p.m. local", () => {
    const proposal = fc.record({
      minute: fc.integer({ min: 0, max: 12 * 24 * 60 }),
      connected: fc.constantFrom(true, true, true, false),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.array(proposal, { minLength: 40, maxLength: 120 }),
        (timeZone, proposals) => {
          const history: CallRecord[] = [];
          for (const { minute, connected } of proposals) {
            const at = new Date(start + minute * 60_000).toISOString();
            const decision = checkCallAllowed({ proposedAt: at, timeZone, history });
            if (!decision.ok) throw new Error(decision.error.message);
            if (decision.value.allowed) history.push({ at, direction: "outbound", connected, isConversation: false });
          }
          const readings = history.filter((c) => c.connected).map((c) => localReading(Date.parse(c.at), timeZone));
          for (const reading of readings) {
            const last = addDays(reading.date, 6);
            const inWindow = readings.filter((r) => r.date >= reading.date && r.date <= last).length;
            expect(inWindow).toBeLessThanOrEqual(7);
            expect(reading.secondOfDay).toBeGreaterThanOrEqual(8 * 3600);
            expect(reading.secondOfDay).toBeLessThanOrEqual(21 * 3600);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
