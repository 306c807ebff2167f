import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CorruptRecordError } from "./corrupt-record.js";
import { cachedDecoder } from "./decode-cache.js";

const schema = z.object({ name: z.string(), limits: z.array(z.int().nonnegative()), rate: z.string().optional() });
const at = { table: "things", id: "thing_1", column: "document" };
const document = fc.record(
  { name: fc.string(), limits: fc.array(fc.integer({ min: -3, max: 1_000 }), { maxLength: 5 }), rate: fc.string() },
  { requiredKeys: ["name", "limits"] },
);

describe("cachedDecoder", () => {
  it("answers every document as the schema does: equal values, shared and frozen when valid, a throw when not", () => {
    fc.assert(
      fc.property(fc.array(document, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 8 }), (docs, size) => {
        const decode = cachedDecoder(schema, size);
        const seen = new Map<string, unknown>();
        for (const doc of [...docs, ...docs]) {
          const copy = JSON.parse(JSON.stringify(doc));
          const expected = schema.safeParse(copy);
          if (!expected.success) {
            expect(() => decode(copy, at)).toThrow(CorruptRecordError);
            continue;
          }
          const value = decode(copy, at);
          expect(value).toEqual(expected.data);
          expect(Object.isFrozen(value) && Object.isFrozen(value.limits)).toBe(true);
          const text = JSON.stringify(copy);
          // While the cache holds it (fewer distinct documents than its size), the same text gives the same object.
          if (seen.has(text) && new Set(docs.map((d) => JSON.stringify(d))).size < size) {
            expect(value).toBe(seen.get(text));
          }
          seen.set(text, value);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("decodes an altered copy afresh and never keeps a rejected document", () => {
    const decode = cachedDecoder(schema, 16);
    const first = decode({ name: "a", limits: [1, 2] }, at);
    expect(decode({ name: "a", limits: [1, 2] }, at)).toBe(first);
    expect(decode({ name: "a", limits: [1, 3] }, at)).toEqual({ name: "a", limits: [1, 3] });
    for (let attempt = 0; attempt < 2; attempt++) {
      expect(() => decode({ name: "a", limits: [-1] }, at)).toThrow(CorruptRecordError);
    }
    expect(() => decode(undefined, at)).toThrow(CorruptRecordError);
  });
});
