import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHECKPOINT_FORMAT } from "./checkpoint.js";
import { replay } from "./replay.js";
import { asOfArb, eventsArb, loanArb } from "./replay-arbitrary.js";

// Stored checkpoints are replay's working state. A change to what replay computes makes the stored ones
// stale, and only a new CHECKPOINT_FORMAT makes the server ignore them. This pins replay's results over a
// fixed sample of histories to the format: when it fails, replay's results changed — bump CHECKPOINT_FORMAT
// in checkpoint.ts and put the new digest (printed below) beside it.
const pinned = { format: 1, digest: "302d15fa8a26cafc" };

/** FNV-1a, 64 bits, over the text's UTF-16 code units: a stable digest without Node's crypto (core is pure). */
function fnv1a(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}

describe("the checkpoint format", () => {
  it("changes whenever replay's results do", () => {
    const sample = fc.sample(fc.tuple(loanArb, eventsArb, asOfArb), { seed: 20_261_206, numRuns: 200 });
    const results = sample.map(([loan, events, asOf]) => {
      const state = replay(loan, events, asOf);
      if (!state.ok) return state.error.code;
      const { loan: _loan, ...rest } = state.value;
      return JSON.stringify(rest, (_key, value) => (typeof value === "bigint" ? `${value}n` : value));
    });
    const digest = fnv1a(results.join("\n"));
    expect({ format: CHECKPOINT_FORMAT, digest }, `replay's results changed (digest ${digest})`).toEqual(pinned);
  });
});
