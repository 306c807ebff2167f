import { describe, expect, it } from "vitest";
import { checkTaxId, formatTaxId, maskTaxId, type TaxIdType } from "./tax-id.js";

// Ranges from the SSA (area 000, 666, 900-999, group 00, serial 0000 never issued; 078-05-1120 voided)
// and the IRS (ITIN groups 50-65, 70-88, 90-92, 94-99; its list of EIN prefixes).
const cases: ReadonlyArray<{ type: TaxIdType; given: string; want: string | ReadonlyArray<string> }> = [
  { type: "ssn", given: "123-45-6789", want: "123456789" },
  { type: "ssn", given: "123456789", want: "123456789" },
  { type: "ssn", given: "899-99-9999", want: "899999999" },
  { type: "ssn", given: "000-12-3456", want: ["invalid_ssn_area"] },
  { type: "ssn", given: "666-12-3456", want: ["invalid_ssn_area"] },
  { type: "ssn", given: "900-70-1234", want: ["invalid_ssn_area"] },
  { type: "ssn", given: "999-12-3456", want: ["invalid_ssn_area"] },
  { type: "ssn", given: "123-00-4567", want: ["invalid_ssn_group"] },
  { type: "ssn", given: "123-45-0000", want: ["invalid_ssn_serial"] },
  { type: "ssn", given: "000-00-0000", want: ["invalid_ssn_area", "invalid_ssn_group", "invalid_ssn_serial"] },
  { type: "ssn", given: "078-05-1120", want: ["invalid_ssn"] },
  { type: "ssn", given: "123-456-789", want: ["invalid_ssn_format"] },
  { type: "ssn", given: "12345678", want: ["invalid_ssn_format"] },
  { type: "ssn", given: "１２３-45-6789", want: ["invalid_ssn_format"] },
  { type: "itin", given: "900-70-1234", want: "900701234" },
  { type: "itin", given: "999-50-1234", want: "999501234" },
  { type: "itin", given: "912-65-1234", want: "912651234" },
  { type: "itin", given: "912-99-1234", want: "912991234" },
  { type: "itin", given: "912-93-1234", want: ["invalid_itin_group"] },
  { type: "itin", given: "912-49-1234", want: ["invalid_itin_group"] },
  { type: "itin", given: "912-66-1234", want: ["invalid_itin_group"] },
  { type: "itin", given: "912-89-1234", want: ["invalid_itin_group"] },
  { type: "itin", given: "123-70-1234", want: ["invalid_itin_area"] },
  { type: "ein", given: "12-3456789", want: "123456789" },
  { type: "ein", given: "013456789", want: "013456789" },
  { type: "ein", given: "99-1234567", want: "991234567" },
  { type: "ein", given: "00-1234567", want: ["invalid_ein_prefix"] },
  { type: "ein", given: "07-1234567", want: ["invalid_ein_prefix"] },
  { type: "ein", given: "49-1234567", want: ["invalid_ein_prefix"] },
  { type: "ein", given: "70-1234567", want: ["invalid_ein_prefix"] },
  { type: "ein", given: "96-1234567", want: ["invalid_ein_prefix"] },
  { type: "ein", given: "123-45-6789", want: ["invalid_ein_format"] },
];

describe("checkTaxId", () => {
  it.each(cases)("$type $given → $want", ({ type, given, want }) => {
    const result = checkTaxId(type, given, ["taxId"]);
    if (typeof want === "string") {
      expect(result).toEqual({ digits: want, issues: [] });
    } else {
      expect(result.digits).toBeUndefined();
      expect(result.issues.map((found) => found.code)).toEqual(want);
      for (const found of result.issues) {
        expect(found.path).toEqual(["taxId"]);
        expect(found.message).not.toContain(given);
        expect(found.message).not.toContain(given.replaceAll("-", ""));
      }
    }
  });
});

describe("formatting and masking", () => {
  it("writes each type in its one shape", () => {
    expect(formatTaxId("ssn", "123456789")).toBe("123-45-6789");
    expect(formatTaxId("itin", "912701234")).toBe("912-70-1234");
    expect(formatTaxId("ein", "123456789")).toBe("12-3456789");
  });

  it("masks all but the last four digits", () => {
    expect(maskTaxId("ssn", "6789")).toBe("***-**-6789");
    expect(maskTaxId("itin", "1234")).toBe("***-**-1234");
    expect(maskTaxId("ein", "6789")).toBe("**-***6789");
  });
});
