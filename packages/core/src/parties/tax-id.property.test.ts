import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkTaxId, formatTaxId, maskTaxId } from "./tax-id.js";

const digits = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(""));
const nineDigits = digits(9);

describe("tax id properties", () => {
  it("an SSN is valid exactly when its area, group and serial are in issued ranges", () => {
    fc.assert(
      fc.property(nineDigits, (value) => {
        const area = Number(value.slice(0, 3));
        const group = Number(value.slice(3, 5));
        const serial = Number(value.slice(5));
        const issued = area !== 0 && area !== 666 && area < 900 && group !== 0 && serial !== 0;
        const voided = value === "078051120" || value === "219099999";
        expect(checkTaxId("ssn", value, []).issues.length === 0).toBe(issued && !voided);
      }),
    );
  });

  it("no number is both a valid SSN and a valid ITIN", () => {
    fc.assert(
      fc.property(nineDigits, (value) => {
        const ssn = checkTaxId("ssn", value, []).issues.length === 0;
        const itin = checkTaxId("itin", value, []).issues.length === 0;
        expect(ssn && itin).toBe(false);
      }),
    );
  });

  it("the dashed and bare forms of a number give the same digits, and formatting round-trips", () => {
    fc.assert(
      fc.property(
        nineDigits,
        fc.constantFrom("ssn", "itin", "ein") as fc.Arbitrary<"ssn" | "itin" | "ein">,
        (value, type) => {
          const bare = checkTaxId(type, value, []);
          const dashed = checkTaxId(type, formatTaxId(type, value), []);
          expect(dashed).toEqual(bare);
          if (bare.digits !== undefined) expect(bare.digits).toBe(value);
        },
      ),
    );
  });

  it("a mask shows only the last four digits", () => {
    fc.assert(
      fc.property(
        nineDigits,
        fc.constantFrom("ssn", "itin", "ein") as fc.Arbitrary<"ssn" | "itin" | "ein">,
        (value, type) => {
          const masked = maskTaxId(type, value.slice(5));
          expect(masked.replace(/\D/g, "")).toBe(value.slice(5));
          expect(masked).toHaveLength(formatTaxId(type, value).length);
        },
      ),
    );
  });
});
