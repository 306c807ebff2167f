import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMoneyText } from "./money-text.js";

// Printing an amount the ways documents do and reading it back gives the same minor units, exactly.

const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

function print(minor: bigint, style: { comma: boolean; dollar: boolean; negative: "minus" | "parens" | "trailing" }) {
  const magnitude = minor < 0n ? -minor : minor;
  const whole = (magnitude / 100n).toString();
  const body = `${style.dollar ? "$" : ""}${style.comma ? grouped(whole) : whole}.${(magnitude % 100n).toString().padStart(2, "0")}`;
  if (minor >= 0n) return body;
  if (style.negative === "parens") return `(${body})`;
  return style.negative === "trailing" ? `${body}-` : `-${body}`;
}

describe("parseMoneyText properties", () => {
  it("reads back every printed amount exactly", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -999_999_999_999_999n, max: 999_999_999_999_999n }),
        fc.record({
          comma: fc.boolean(),
          dollar: fc.boolean(),
          negative: fc.constantFrom("minus" as const, "parens" as const, "trailing" as const),
        }),
        (minor, style) => {
          expect(parseMoneyText(print(minor, style))).toEqual({ ok: true, value: minor });
        },
      ),
    );
  });

  it("never throws, and anything it accepts is a whole number of minor units within 13 integer digits", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), (text) => {
        const parsed = parseMoneyText(text);
        if (parsed.ok) {
          expect(typeof parsed.value).toBe("bigint");
          expect(parsed.value < 10n ** 15n && parsed.value > -(10n ** 15n)).toBe(true);
        }
      }),
    );
  });
});
