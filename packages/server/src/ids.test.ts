import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createIdGenerator, idTime, isIdWithPrefix } from "./ids.js";

describe("createIdGenerator", () => {
  it("encodes the time as ULID does: 2025-01-01T00:00:00Z is 01JGFJJZ00", () => {
    // 1735689600000 ms = 0x194_1F29_7C00; in Crockford base 32 (ULID spec, github.com/ulid/spec) "01JGFJJZ00".
    const ids = createIdGenerator({
      clock: () => new Date("2025-01-01T00:00:00Z"),
      randomBytes: () => new Uint8Array(10),
    });
    expect(ids.next("prd")).toBe("prd_01JGFJJZ000000000000000000");
    // Same millisecond: the random part counts up by one.
    expect(ids.next("prd")).toBe("prd_01JGFJJZ000000000000000001");
  });

  it("ids sort in creation order, also within one millisecond and across prefixes' shared clock", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 200 }), (steps) => {
        let now = 1_700_000_000_000;
        const ids = createIdGenerator({ clock: () => new Date(now) });
        const made: string[] = [];
        for (const step of steps) {
          now += step;
          made.push(ids.next("prd"));
        }
        expect([...made].sort()).toEqual(made);
        expect(new Set(made).size).toBe(made.length);
        for (const id of made) expect(isIdWithPrefix(id, "prd")).toBe(true);
      }),
    );
  });

  it("isIdWithPrefix rejects other prefixes and non-Crockford characters", () => {
    expect(isIdWithPrefix("prd_01JGFJJZ000000000000000000", "loan")).toBe(false);
    expect(isIdWithPrefix("prd_01JGFJJZ00000000000000000I", "prd")).toBe(false);
    expect(isIdWithPrefix("prd_01JGFJJZ00", "prd")).toBe(false);
  });
});

describe("idTime", () => {
  it("reads back the millisecond an id was made in", () => {
    expect(idTime("prd_01JGFJJZ000000000000000000").toISOString()).toBe("2025-01-01T00:00:00.000Z");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), (ms) => {
        const ids = createIdGenerator({ clock: () => new Date(ms) });
        expect(idTime(ids.next("doc")).getTime()).toBe(ms);
      }),
    );
  });
});
