import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, toPage } from "./pagination.js";

const anyId = () => true;

describe("cursors", () => {
  it("round-trip any position", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), (afterId) => {
        const decoded = decodeCursor(encodeCursor({ afterId }), anyId);
        expect(decoded).toEqual({ ok: true, value: { afterId } });
      }),
    );
  });

  it.each([
    ["not base64url", "a+b/c="],
    ["no version", Buffer.from("prd_1").toString("base64url")],
    ["unknown version", Buffer.from("v9:prd_1").toString("base64url")],
    ["empty", ""],
  ])("rejects %s with invalid_cursor", (_name, cursor) => {
    const decoded = decodeCursor(cursor, anyId);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error.code).toBe("invalid_cursor");
  });

  it("rejects a well-formed cursor whose id the resource does not accept", () => {
    expect(decodeCursor(encodeCursor({ afterId: "loan_1" }), (id) => id.startsWith("prd_")).ok).toBe(false);
  });
});

describe("toPage", () => {
  it("returns at most `limit` items and a cursor exactly when more follow", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 10 }), (fetched, limit) => {
        const rows = Array.from({ length: Math.min(fetched, limit + 1) }, (_, index) => `id${index}`);
        const page = toPage(rows, limit, (row) => row);
        expect(page.data).toEqual(rows.slice(0, limit));
        if (rows.length > limit) expect(page.nextCursor).toBe(encodeCursor({ afterId: `id${limit - 1}` }));
        else expect(page.nextCursor).toBeNull();
      }),
    );
  });
});
