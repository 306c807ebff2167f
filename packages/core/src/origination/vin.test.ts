import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateVin, vinCheckDigit } from "./vin.js";

describe("validateVin", () => {
  // Known valid VINs: 1M8GDM9AXKP042788 (Wikipedia's "Vehicle identification number" worked
  // example), 11111111111111111 (all ones checks to 1), and two VINs widely used as decoder samples.
  it.each(["1M8GDM9AXKP042788", "11111111111111111", "1HGCM82633A004352", "JH4KA7561PC008269"])("accepts %s", (vin) => {
    expect(validateVin(vin)).toEqual({ ok: true, value: vin });
  });

  it("works the check digit by hand for 11111111111111111", () => {
    // every character is 1: sum of weights = 8+7+6+5+4+3+2+10+0+9+8+7+6+5+4+3+2 = 89; 89 mod 11 = 1
    expect(vinCheckDigit("11111111111111111")).toBe("1");
    // 1M8GDM9AXKP042788: remainder 10 → "X"
    expect(vinCheckDigit("1M8GDM9AXKP042788")).toBe("X");
  });

  it("upper-cases and trims", () => {
    expect(validateVin(" 1m8gdm9axkp042788 ")).toEqual({ ok: true, value: "1M8GDM9AXKP042788" });
  });

  const refusals: Array<[string, string, Record<string, unknown> | undefined]> = [
    ["1M8GDM9AXKP04278", "invalid_vin_length", undefined],
    ["1M8GDM9AXKP0427888", "invalid_vin_length", undefined],
    ["1M8GDM9AXKP0427I8", "invalid_vin_character", { position: 16 }],
    ["OM8GDM9AXKP042788", "invalid_vin_character", { position: 1 }],
    ["1M8GDM9AXKQ042788", "invalid_vin_character", { position: 11 }],
    ["1M8GDM9A-KP042788", "invalid_vin_character", { position: 9 }],
    ["1M8GDM9A1KP042788", "invalid_vin_check_digit", { expected: "X", found: "1" }],
    ["11111111211111111", "invalid_vin_check_digit", { expected: "1", found: "2" }],
  ];
  it.each(refusals)("refuses %s with %s", (vin, code, details) => {
    const result = validateVin(vin, ["collateral", "vin"]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.path).toEqual(["collateral", "vin"]);
    if (details) expect(result.error.details).toEqual(details);
  });

  it("a VIN carrying its computed check digit passes; any other digit in position 9 fails", () => {
    const allowed = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ".split("");
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...allowed), { minLength: 17, maxLength: 17 }), (chars) => {
        const body = chars.join("");
        const digit = vinCheckDigit(body)!;
        const vin = `${body.slice(0, 8)}${digit}${body.slice(9)}`;
        expect(validateVin(vin)).toEqual({ ok: true, value: vin });
        const wrong = digit === "0" ? "1" : "0";
        expect(validateVin(`${body.slice(0, 8)}${wrong}${body.slice(9)}`)).toMatchObject({
          ok: false,
          error: { code: "invalid_vin_check_digit" },
        });
      }),
    );
  });
});
