import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { abaCheckDigit, hasValidAbaChecksum, parseRoutingNumber } from "./routing-number.js";

describe("ABA routing numbers", () => {
  // Published routing numbers (Federal Reserve E-Payments Routing Directory): FRB Boston, JPMorgan
  // Chase NY, Bank of America NY, Wells Fargo CA and MN, Chase CA, JPMorgan Chase TX.
  const known = ["011000015", "021000021", "026009593", "121000248", "091000019", "322271627", "111000614"];

  it.each(known)("accepts %s", (text) => {
    expect(parseRoutingNumber(text)).toEqual({ ok: true, value: text });
  });

  it("works the check digit by hand: 021000021 -> 3·0+7·2+1·1+3·0+7·0+1·0+3·0+7·2+1·1 = 30", () => {
    expect(hasValidAbaChecksum("021000021")).toBe(true);
    expect(abaCheckDigit("02100002")).toBe(1);
    expect(abaCheckDigit("01100001")).toBe(5);
  });

  it.each([
    ["021000022", "routing_number_checksum"],
    ["123456789", "routing_number_checksum"],
    ["130000000", "invalid_routing_number"],
    ["000000000", "invalid_routing_number"],
    ["02100002", "invalid_routing_number"],
    ["02100002a", "invalid_routing_number"],
    [" 21000021", "invalid_routing_number"],
  ])("refuses %s with %s", (text, code) => {
    const parsed = parseRoutingNumber(text, ["routingNumber"]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatchObject({ code, path: ["routingNumber"] });
  });

  it("the check digit completes any eight digits, and changing one digit breaks it", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{8}$/),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (eight, at, bump) => {
          const full = eight + String(abaCheckDigit(eight));
          expect(hasValidAbaChecksum(full)).toBe(true);
          const digit = (Number(full[at]) + bump) % 10;
          const changed = full.slice(0, at) + String(digit) + full.slice(at + 1);
          expect(hasValidAbaChecksum(changed)).toBe(false); // weights 3, 7, 1 are prime to 10
        },
      ),
    );
  });
});
