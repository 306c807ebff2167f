import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createIdGenerator } from "./ids.js";

/** The ULID encoding written the obvious way, with BigInt: the reference the generator must match. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
function referenceEncode(value: bigint, length: number): string {
  let out = "";
  let rest = value;
  for (let index = 0; index < length; index += 1) {
    out = ALPHABET[Number(rest % 32n)] + out;
    rest /= 32n;
  }
  return out;
}
function referenceValue(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}

/** 10 random bytes, often ending in a run of 0xff so that the next increment carries into higher digits. */
const randomPart = fc
  .tuple(fc.uint8Array({ minLength: 10, maxLength: 10 }), fc.integer({ min: 0, max: 10 }))
  .map(([bytes, ones]) => bytes.map((byte, index) => (index >= 10 - ones ? 0xff : byte)));

const time = fc.integer({ min: 0, max: 2 ** 48 - 1 });

describe("createIdGenerator against a BigInt reference", () => {
  it("encodes the time and the 80 random bits, and counts up within a millisecond, as the reference does", () => {
    fc.assert(
      fc.property(time, randomPart, fc.integer({ min: 1, max: 4 }), (ms, bytes, count) => {
        const ids = createIdGenerator({ clock: () => new Date(ms), randomBytes: () => bytes });
        for (let step = 0n; step < BigInt(count); step += 1n) {
          const random = (referenceValue(bytes) + step) % 2n ** 80n;
          expect(ids.next("pmt")).toBe(`pmt_${referenceEncode(BigInt(ms), 10)}${referenceEncode(random, 16)}`);
        }
      }),
    );
  });

  it("carries an increment from the low 40 bits into the high 40", () => {
    const bytes = Uint8Array.of(0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff);
    const ids = createIdGenerator({ clock: () => new Date(0), randomBytes: () => bytes });
    expect(ids.next("pmt")).toBe("pmt_000000000000000000ZZZZZZZZ");
    expect(ids.next("pmt")).toBe("pmt_00000000000000000100000000");
  });

  it("ids sort in creation order, also when the random part carries within a millisecond", () => {
    const steps = fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 2, maxLength: 60 });
    fc.assert(
      fc.property(time, randomPart, steps, (start, bytes, advances) => {
        fc.pre(bytes.some((byte) => byte !== 0xff)); // 80 bits of ones would wrap to zero after 2^80 ids
        let now = start;
        const ids = createIdGenerator({ clock: () => new Date(now), randomBytes: () => bytes });
        const made = advances.map((advance) => {
          now += advance;
          return ids.next("pmt");
        });
        expect([...made].sort()).toEqual(made);
        expect(new Set(made).size).toBe(made.length);
      }),
    );
  });

  it("draws fresh randomness for each new millisecond from the default pool", () => {
    let now = 1_735_689_600_000;
    const ids = createIdGenerator({ clock: () => new Date(now++) });
    const randomParts = new Set(Array.from({ length: 2000 }, () => ids.next("pmt").slice(14)));
    expect(randomParts.size).toBe(2000);
  });
});
