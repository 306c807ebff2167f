import { describe, expect, it } from "vitest";
import { parseDateRangeText, parseDateText } from "./date-text.js";
import { inferPayFrequency, monthlyIncomeFromPay, readPayFrequency } from "./frequency.js";
import { incomeVarianceBasisPoints } from "./variance.js";

describe("dates as documents print them", () => {
  it.each([
    ["03/14/2026", "2026-03-14"],
    ["3/4/2026", "2026-03-04"],
    ["3-4-2026", "2026-03-04"],
    ["2026-03-14", "2026-03-14"],
    ["March 14, 2026", "2026-03-14"],
    ["Mar 14 2026", "2026-03-14"],
    ["Sept. 1, 2026", "2026-09-01"],
    ["02/29/2028", "2028-02-29"],
  ])("%s is %s", (text, want) => expect(parseDateText(text)).toBe(want));

  it.each(["02/29/2026", "13/01/2026", "Marchy 1, 2026", "2026/03/14", "14.5", ""])("%j is no date", (text) =>
    expect(parseDateText(text)).toBeUndefined(),
  );

  it("reads ranges joined by a dash, an en dash, to or through; refuses a backward one", () => {
    expect(parseDateRangeText("03/01/2026 - 03/14/2026")).toEqual({ start: "2026-03-01", end: "2026-03-14" });
    expect(parseDateRangeText("2026-03-01 – 2026-03-14")).toEqual({ start: "2026-03-01", end: "2026-03-14" });
    expect(parseDateRangeText("March 1, 2026 through March 31, 2026")).toEqual({
      start: "2026-03-01",
      end: "2026-03-31",
    });
    expect(parseDateRangeText("03/14/2026 to 03/01/2026")).toBeUndefined();
    expect(parseDateRangeText("03/14/2026")).toBeUndefined();
  });
});

describe("pay frequency and monthly income", () => {
  it.each([
    ["2026-03-01", "2026-03-07", "weekly"],
    ["2026-03-02", "2026-03-15", "biweekly"],
    ["2026-03-01", "2026-03-15", "semi-monthly"],
    ["2026-02-16", "2026-02-28", "semi-monthly"],
    ["2026-03-16", "2026-03-31", "semi-monthly"],
    ["2026-03-01", "2026-03-31", "monthly"],
    ["2026-03-01", "2026-03-20", undefined],
  ])("%s to %s is %s", (start, end, want) => {
    expect(inferPayFrequency(start as never, end as never)).toBe(want);
  });

  it("names frequencies as stubs print them", () => {
    expect(readPayFrequency("Bi-Weekly")).toBe("biweekly");
    expect(readPayFrequency("SEMI MONTHLY")).toBe("semi-monthly");
    expect(readPayFrequency("Quarterly")).toBeUndefined();
  });

  it.each([
    // 192,308 × 26 / 12 = 416,667.33… → 416,667 (half-up)
    [192_308n, "biweekly", 416_667n],
    // 100,100 × 52 / 12 = 433,766.66… → 433,767
    [100_100n, "weekly", 433_767n],
    // 250,000 × 2 = 500,000 exactly
    [250_000n, "semi-monthly", 500_000n],
    [500_000n, "monthly", 500_000n],
    // 6 × 26 / 12 = 13 exactly; 1 × 26 / 12 = 2.1666… → 2; 3 × 26 / 12 = 6.5 → 7 (the half goes up)
    [3n, "biweekly", 7n],
  ] as const)("%i gross %s is %i a month", (gross, frequency, want) => {
    expect(monthlyIncomeFromPay(gross, frequency)).toBe(want);
  });

  it("measures income variance in basis points of the stated income, half-up", () => {
    // |500,000 − 416,667| × 10,000 / 500,000 = 1,666.66 → 1,667
    expect(incomeVarianceBasisPoints(500_000n, 416_667n)).toBe(1_667n);
    // |400,000 − 420,000| × 10,000 / 400,000 = 500 exactly, over or under alike
    expect(incomeVarianceBasisPoints(400_000n, 420_000n)).toBe(500n);
    expect(incomeVarianceBasisPoints(400_000n, 380_000n)).toBe(500n);
    // 1 × 10,000 / 20,000 = 0.5 → 1
    expect(incomeVarianceBasisPoints(20_000n, 19_999n)).toBe(1n);
    expect(incomeVarianceBasisPoints(0n, 19_999n)).toBeUndefined();
  });
});
