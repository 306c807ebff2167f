import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, date, fromEpochDay, isoWeekday, toEpochDay } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { checkMilitaryAnnualPercentageRate } from "./military-lending.js";
import { checkGeneralQmPriceThreshold, checkHigherPricedMortgageLoan } from "./price-checks.js";
import { tridSpecificBusinessDays } from "./trid-business-days.js";
import { checkClosingDisclosureTiming } from "./trid-timing.js";

/** n thousandths of a percentage point as a decimal string: 6750 → "6.750". */
const thousandths = (n: number) => `${Math.trunc(n / 1000)}.${String(n % 1000).padStart(3, "0")}`;

describe("compliance check properties", () => {
  it("HPML agrees with an integer comparison in thousandths of a point", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30_000 }),
        fc.integer({ min: 0, max: 15_000 }),
        fc.constantFrom("first" as const, "subordinate" as const),
        fc.boolean(),
        (apr, apor, lien, jumbo) => {
          const result = unwrap(
            checkHigherPricedMortgageLoan({
              aprPercent: thousandths(apr),
              averagePrimeOfferRatePercent: thousandths(apor),
              lienStatus: lien,
              isAboveConformingLimit: jumbo,
            }),
          );
          const threshold = lien === "subordinate" ? 3500 : jumbo ? 2500 : 1500; // 12 CFR 1026.35(a)(1)
          expect(result.passed).toBe(apr - apor < threshold);
        },
      ),
    );
  });

  it("the General QM price test is monotone: a lower APR never turns a pass into a failure", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30_000 }),
        fc.integer({ min: 0, max: 30_000 }),
        fc.bigInt({ min: 1n, max: 100_000_000n }),
        fc.constantFrom("first" as const, "subordinate" as const),
        (a, b, amount, lien) => {
          const check = (apr: number) =>
            unwrap(
              checkGeneralQmPriceThreshold({
                aprPercent: thousandths(apr),
                averagePrimeOfferRatePercent: "6.000",
                lienStatus: lien,
                loanAmountMinor: amount,
                thresholdDate: date("2026-06-01"),
              }),
            ).passed;
          const [low, high] = a <= b ? [a, b] : [b, a];
          if (check(high)) expect(check(low)).toBe(true);
        },
      ),
    );
  });

  it("MLA passes exactly when MAPR ≤ 36.00 for a covered borrower", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), (hundredths) => {
        const text = `${Math.trunc(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;
        const result = unwrap(checkMilitaryAnnualPercentageRate({ maprPercent: text, isCoveredBorrower: true }));
        expect(result.passed).toBe(hundredths <= 3600);
      }),
    );
  });

  it("CD: consummation may happen on the 3rd specific business day after receipt, never a Sunday", () => {
    const specific = tridSpecificBusinessDays();
    const first = toEpochDay(date("1990-01-01"));
    const last = toEpochDay(date("2090-12-31"));
    fc.assert(
      fc.property(
        fc.integer({ min: first, max: last }),
        fc.constantFrom("in-person" as const, "mail" as const, "electronic" as const),
        (day, method) => {
          const provided = fromEpochDay(day);
          const result = unwrap(
            checkClosingDisclosureTiming({
              providedDate: provided,
              deliveryMethod: method,
              consummationDate: provided,
            }),
          );
          const received = result.values.receivedDate!;
          const earliest = result.values.earliestConsummationDate!;
          let count = 0;
          for (let d = addDays(date(received), 1); d <= earliest; d = addDays(d, 1)) {
            if (specific.isBusinessDay(d)) count += 1;
          }
          expect(count).toBe(3);
          expect(isoWeekday(date(earliest))).not.toBe(7);
          expect(result.passed).toBe(false); // consummating on the day it is provided is always too early
        },
      ),
    );
  });
});
