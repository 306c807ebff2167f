import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { date, usFederalCalendar } from "../calendar/index.js";
import { achEffectiveEntryDate } from "./effective-date.js";
import { readNotificationOfChange } from "./notification-of-change.js";
import { achReturnRule, achReturnRules, decideAchReturn } from "./return-codes.js";
import { achReturnRates, achReturnRatesOfCounts } from "./return-rates.js";

describe("the R-code table", () => {
  it("R01 and R09 reverse, charge the NSF fee and allow two re-presentments (NACHA Rules 2.12.4)", () => {
    for (const code of ["R01", "R09"]) {
      expect(decideAchReturn(code, 0)).toMatchObject({
        reverse: true,
        chargeNsfFee: true,
        represent: true,
        disableInstrument: false,
      });
      expect(decideAchReturn(code, 1).represent).toBe(true);
      expect(decideAchReturn(code, 2).represent).toBe(false);
    }
  });

  it.each(["R02", "R03", "R04", "R07", "R10", "R16", "R20", "R29"])(
    "%s disables the instrument and autopay",
    (code) => {
      expect(decideAchReturn(code, 0)).toMatchObject({
        reverse: true,
        chargeNsfFee: false,
        represent: false,
        disableInstrument: true,
        disableAutopay: true,
      });
    },
  );

  it("only R01 and R09 charge a fee or retry; every unauthorized code disables autopay", () => {
    const rules = Object.values(achReturnRules);
    expect(rules.filter((r) => r.chargesNsfFee).map((r) => r.code)).toEqual(["R01", "R09"]);
    expect(rules.filter((r) => r.maxRepresentments > 0).map((r) => r.code)).toEqual(["R01", "R09"]);
    const unauthorized = rules.filter((r) => r.category === "unauthorized");
    expect(unauthorized.map((r) => r.code)).toEqual(["R05", "R07", "R10", "R11", "R29", "R51"]);
    expect(unauthorized.every((r) => r.disablesAutopay)).toBe(true);
  });

  it("an unknown code reverses only and asks for review", () => {
    expect(achReturnRule("R99")).toMatchObject({ isKnown: false, maxRepresentments: 0, disablesInstrument: false });
    expect(decideAchReturn("R99", 0)).toMatchObject({ reverse: true, chargeNsfFee: false, represent: false });
  });
});

describe("return rates against NACHA thresholds", () => {
  it("5 unauthorized returns in 1,000 debits is exactly 0.5 % (not over); 6 is over", () => {
    const at = achReturnRates(1000, ["R10", "R10", "R07", "R05", "R29"]);
    expect(at.unauthorized).toEqual({ returns: 5, basisPoints: 50n, exceedsThreshold: false });
    const over = achReturnRates(1000, ["R10", "R10", "R07", "R05", "R29", "R11"]);
    expect(over.unauthorized.exceedsThreshold).toBe(true);
    expect(over.overall).toEqual({ returns: 6, basisPoints: 60n, exceedsThreshold: false });
  });

  it("administrative returns count R02, R03 and R04 only (R12 is not one), no debits gives zero", () => {
    expect(achReturnRates(100, ["R12"]).administrative.returns).toBe(0);
    expect(achReturnRates(30, ["R02", "R03", "R01"]).administrative).toEqual({
      returns: 2,
      basisPoints: 667n, // 2/30 = 666.67 bp, half-even
      exceedsThreshold: true,
    });
    expect(achReturnRates(0, []).overall).toEqual({ returns: 0, basisPoints: 0n, exceedsThreshold: false });
  });
});

describe("return rates from counts per code", () => {
  it("equal the rates of the codes listed one by one, for any mix of codes", () => {
    const codes = fc.constantFrom("R01", "R02", "R03", "R05", "R07", "R10", "R11", "R16", "R29", "R99");
    fc.assert(
      fc.property(fc.array(codes, { maxLength: 60 }), fc.integer({ min: 0, max: 5000 }), (listed, debits) => {
        const counts = new Map<string, number>();
        for (const code of listed) counts.set(code, (counts.get(code) ?? 0) + 1);
        const grouped = [...counts].map(([code, returns]) => ({ code, returns }));
        expect(achReturnRatesOfCounts(debits, grouped)).toEqual(achReturnRates(debits, listed));
      }),
    );
  });
});

describe("notifications of change", () => {
  it.each([
    ["C01", "987654321", { accountNumber: "987654321" }],
    ["C02", "021000021", { routingNumber: "021000021" }],
    ["C03", `021000021   ${"55555".padEnd(17)}`, { routingNumber: "021000021", accountNumber: "55555" }],
    ["C05", "32", { accountKind: "savings" }],
    ["C06", `${"4444".padEnd(17)}   27`, { accountNumber: "4444", accountKind: "checking" }],
    [
      "C07",
      `011000015${"777".padEnd(17)}37`,
      { routingNumber: "011000015", accountNumber: "777", accountKind: "savings" },
    ],
  ])("%s %j", (code, data, want) => {
    expect(readNotificationOfChange(code, data)).toEqual({ ok: true, value: want });
  });

  it("refuses a bad routing number, a bad transaction code and a code with nothing to apply", () => {
    expect(readNotificationOfChange("C02", "021000022")).toMatchObject({
      ok: false,
      error: { code: "invalid_corrected_data" },
    });
    expect(readNotificationOfChange("C05", "99")).toMatchObject({
      ok: false,
      error: { code: "invalid_corrected_data" },
    });
    expect(readNotificationOfChange("C13", "")).toMatchObject({ ok: false, error: { code: "unknown_change_code" } });
    expect(readNotificationOfChange("C01", "   ")).toMatchObject({
      ok: false,
      error: { code: "invalid_corrected_data" },
    });
  });
});

describe("effective entry date", () => {
  it("is the next business day: Friday 2026-12-04 -> Monday 12-07; 2026-12-24 -> 12-28 over Christmas", () => {
    const calendar = usFederalCalendar(2026, 2027);
    expect(achEffectiveEntryDate(date("2026-12-04"), calendar)).toBe("2026-12-07");
    expect(achEffectiveEntryDate(date("2026-12-24"), calendar)).toBe("2026-12-28");
    expect(achEffectiveEntryDate(date("2026-12-03"), calendar, 2)).toBe("2026-12-07");
  });
});
