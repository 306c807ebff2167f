import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createIdGenerator } from "../ids.js";
import { idSchema } from "./id-schema.js";

describe("idSchema", () => {
  it("accepts every id the generator makes for its prefix", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 47 }),
        fc.uint8Array({ minLength: 10, maxLength: 10 }),
        (ms, bytes) => {
          const id = createIdGenerator({ clock: () => new Date(ms), randomBytes: () => bytes }).next("loan");
          expect(idSchema("loan").safeParse(id).success).toBe(true);
        },
      ),
    );
  });

  it.each([
    ["another prefix", "prd_01JGFJJZ0000000000000000AB"],
    ["lower case", "loan_01jgfjjz0000000000000000ab"],
    ["a letter Crockford leaves out (U)", "loan_01JGFJJZ000000000000000U"],
    ["one character short", "loan_01JGFJJZ0000000000000000A"],
    ["one character long", "loan_01JGFJJZ0000000000000000ABC"],
    ["far too long", `loan_${"0".repeat(10_000)}`],
    ["empty", ""],
  ])("rejects %s", (_name, value) => {
    const parsed = idSchema("loan").safeParse(value);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues.map((issue) => issue.message).join()).toMatch(/loan id/);
  });

  it("bounds the length at the id's exact length (prefix, underscore and 26 characters)", () => {
    expect(idSchema("dec").maxLength).toBe(30);
    expect(idSchema("rls").maxLength).toBe(30);
    expect(idSchema("loan").maxLength).toBe(31);
  });
});
