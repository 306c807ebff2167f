import { describe, expect, it } from "vitest";
import { addDays, type LocalDate } from "../calendar/index.js";
import { decodeState, encodeState } from "./checkpoint-codec.js";

const installments = [
  { n: 1, due: "2026-01-31", principalMinor: 1_000n, note: "#first", kind: "level", odd: "2026-02-30" },
  { n: 2, due: "2026-02-28", principalMinor: 2_000n, kind: "level", odd: "2026-02-30" },
  { n: 3, due: "2026-03-31", principalMinor: 9_007_199_254_740_993n, kind: "level", odd: "2026-02-31" },
];

describe("the checkpoint codec", () => {
  it("writes the format it always wrote: constants once, minor units and dates as numbers, not-dates as text", () => {
    const text = encodeState({ amountMinor: 5n, installments: installments.slice(0, 2) });
    // As the codec wrote it before its conversions were remembered (the same text, so stored checkpoints hold).
    expect(text).toBe(
      '{"amountMinor":"#5","installments":{"#k":["n","due","principalMinor","note"],' +
        '"#c":{"kind":"level","odd":"2026-02-30"},"#n":["principalMinor"],"#d":["due"],' +
        '"#r":[[1,20484,1000,"##first"],[2,20512,2000,"#u"]]}}',
    );
  });

  it("reads back what it wrote, the same every time (remembered conversions), beyond safe integers too", () => {
    const state = { installments, flags: [true, null, "#x"], nested: { at: "2026-01-31" } };
    const first = encodeState(state);
    expect(encodeState(state)).toBe(first);
    expect(decodeState(first)).toEqual(state);
    expect(decodeState(first)).toEqual(decodeState(encodeState(decodeState(first))));
  });

  it("round-trips more distinct dates than it remembers", () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => ({ i, on: addDays("1900-01-01" as LocalDate, i) }));
    const text = encodeState(rows);
    expect(JSON.parse(text)["#d"]).toEqual(["on"]);
    expect(decodeState(text)).toEqual(rows);
    expect(encodeState(rows)).toBe(text);
  });
});
