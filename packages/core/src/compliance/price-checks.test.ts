import { describe, expect, it } from "vitest";
import { addMonths, date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { dec, formatDecimal, round } from "../money/index.js";
import { checkMilitaryAnnualPercentageRate, checkMilitaryLendingFromCashFlows } from "./military-lending.js";
import {
  checkGeneralQmPriceThreshold,
  checkHigherPricedCoveredTransaction,
  checkHigherPricedMortgageLoan,
  type LienStatus,
} from "./price-checks.js";

const apor = "6.75";
const in2026 = date("2026-03-02");

describe("checkGeneralQmPriceThreshold", () => {
  // Thresholds and 2026 bands: 12 CFR 1026.43(e)(2)(vi) with 90 FR 57890 ($137,958 / $82,775);
  // 2025 bands 89 FR 95080 ($134,841 / $80,905). "At or above" the threshold fails.
  const cases: ReadonlyArray<{
    apr: string;
    lien: LienStatus;
    amount: bigint;
    year?: string;
    mh?: boolean;
    passed: boolean;
    band: string;
  }> = [
    { apr: "8.99", lien: "first", amount: 13_795_800n, passed: true, band: "first_large" }, // 2.24 < 2.25
    { apr: "9.00", lien: "first", amount: 13_795_800n, passed: false, band: "first_large" }, // 2.25 = 2.25
    { apr: "9.01", lien: "first", amount: 13_795_800n, passed: false, band: "first_large" },
    { apr: "9.75", lien: "first", amount: 13_795_800n, passed: false, band: "first_large" }, // 3.00 at $137,958
    { apr: "9.75", lien: "first", amount: 13_795_799n, passed: true, band: "first_middle" }, // 3.00 one cent below
    { apr: "10.24", lien: "first", amount: 8_277_500n, passed: true, band: "first_middle" }, // 3.49
    { apr: "10.25", lien: "first", amount: 8_277_500n, passed: false, band: "first_middle" }, // 3.50
    { apr: "10.25", lien: "first", amount: 8_277_499n, passed: true, band: "first_small" },
    { apr: "13.24", lien: "first", amount: 5_000_000n, passed: true, band: "first_small" }, // 6.49
    { apr: "13.25", lien: "first", amount: 5_000_000n, passed: false, band: "first_small" }, // 6.50
    { apr: "12.75", lien: "first", amount: 13_795_799n, mh: true, passed: true, band: "first_manufactured_home" }, // 6.00 < 6.5
    { apr: "12.75", lien: "first", amount: 13_795_800n, mh: true, passed: false, band: "first_large" }, // 6.00 ≥ 2.25
    { apr: "10.24", lien: "subordinate", amount: 8_277_500n, passed: true, band: "subordinate_large" },
    { apr: "10.25", lien: "subordinate", amount: 8_277_500n, passed: false, band: "subordinate_large" },
    { apr: "10.25", lien: "subordinate", amount: 8_277_499n, passed: true, band: "subordinate_small" },
    { apr: "13.25", lien: "subordinate", amount: 8_277_499n, passed: false, band: "subordinate_small" },
    { apr: "9.75", lien: "first", amount: 13_484_100n, year: "2025-06-30", passed: false, band: "first_large" },
    { apr: "9.75", lien: "first", amount: 13_484_099n, year: "2025-06-30", passed: true, band: "first_middle" },
    { apr: "9.75", lien: "first", amount: 13_484_100n, passed: true, band: "first_middle" }, // same loan in 2026
  ];
  it.each(cases)(
    "APR $apr, $lien lien, $amount cents ($year) → passed $passed in $band",
    ({ apr, lien, amount, year, mh, passed, band }) => {
      const result = unwrap(
        checkGeneralQmPriceThreshold({
          aprPercent: apr,
          averagePrimeOfferRatePercent: apor,
          lienStatus: lien,
          loanAmountMinor: amount,
          thresholdDate: year ? date(year) : in2026,
          ...(mh === undefined ? {} : { isManufacturedHome: mh }),
        }),
      );
      expect([result.passed, result.values.band]).toEqual([passed, band]);
      expect(result.code).toBe(passed ? "general_qm_price_within_threshold" : "general_qm_price_threshold_exceeded");
      expect(result.citation.source).toContain("1026.43(e)(2)(vi)");
    },
  );

  const errors = [
    { name: "a year with no table", patch: { thresholdDate: date("2024-12-31") }, code: "no_threshold_table" },
    { name: "a float-looking rate", patch: { aprPercent: "9e0" }, code: "invalid_rate" },
    { name: "a zero loan amount", patch: { loanAmountMinor: 0n }, code: "invalid_amount" },
    { name: "an unknown lien", patch: { lienStatus: "third" as LienStatus }, code: "invalid_lien_status" },
  ];
  it.each(errors)("refuses $name with $code", ({ patch, code }) => {
    const base = {
      aprPercent: "9",
      averagePrimeOfferRatePercent: apor,
      lienStatus: "first" as const,
      loanAmountMinor: 1n,
      thresholdDate: in2026,
    };
    const result = checkGeneralQmPriceThreshold({ ...base, ...patch });
    expect(result.ok ? "" : result.error.code).toBe(code);
  });
});

describe("checkHigherPricedMortgageLoan and checkHigherPricedCoveredTransaction", () => {
  // 12 CFR 1026.35(a)(1): 1.5 / 2.5 (jumbo) / 3.5 points; 1026.43(b)(4): 1.5 / 3.5. "1.5 or more" is higher-priced.
  const hpml: ReadonlyArray<{ apr: string; lien: LienStatus; jumbo: boolean; higherPriced: boolean }> = [
    { apr: "8.24", lien: "first", jumbo: false, higherPriced: false },
    { apr: "8.25", lien: "first", jumbo: false, higherPriced: true },
    { apr: "8.26", lien: "first", jumbo: false, higherPriced: true },
    { apr: "9.24", lien: "first", jumbo: true, higherPriced: false },
    { apr: "9.25", lien: "first", jumbo: true, higherPriced: true },
    { apr: "10.24", lien: "subordinate", jumbo: false, higherPriced: false },
    { apr: "10.25", lien: "subordinate", jumbo: false, higherPriced: true },
  ];
  it.each(hpml)("HPML: APR $apr, $lien, jumbo $jumbo → $higherPriced", ({ apr, lien, jumbo, higherPriced }) => {
    const result = unwrap(
      checkHigherPricedMortgageLoan({
        aprPercent: apr,
        averagePrimeOfferRatePercent: apor,
        lienStatus: lien,
        isAboveConformingLimit: jumbo,
      }),
    );
    expect([result.passed, result.code]).toEqual([
      !higherPriced,
      higherPriced ? "higher_priced_mortgage_loan" : "not_higher_priced_mortgage_loan",
    ]);
  });

  const hpct: ReadonlyArray<{ apr: string; lien: LienStatus; higherPriced: boolean }> = [
    { apr: "8.24", lien: "first", higherPriced: false },
    { apr: "8.25", lien: "first", higherPriced: true },
    { apr: "10.24", lien: "subordinate", higherPriced: false },
    { apr: "10.25", lien: "subordinate", higherPriced: true },
  ];
  it.each(hpct)("HPCT: APR $apr, $lien → $higherPriced", ({ apr, lien, higherPriced }) => {
    const result = unwrap(
      checkHigherPricedCoveredTransaction({ aprPercent: apr, averagePrimeOfferRatePercent: apor, lienStatus: lien }),
    );
    expect(result.passed).toBe(!higherPriced);
  });
});

describe("checkMilitaryAnnualPercentageRate", () => {
  // 32 CFR 232.4(b): "may not ... exceed 36 percent"; 36.00 is allowed, anything above is not.
  const cases = [
    { mapr: "35.99", covered: true, passed: true, code: "mla_mapr_within_cap" },
    { mapr: "36", covered: true, passed: true, code: "mla_mapr_within_cap" },
    { mapr: "36.00", covered: true, passed: true, code: "mla_mapr_within_cap" },
    { mapr: "36.000001", covered: true, passed: false, code: "mla_mapr_exceeds_cap" },
    { mapr: "36.01", covered: true, passed: false, code: "mla_mapr_exceeds_cap" },
    { mapr: "99.00", covered: false, passed: true, code: "mla_not_covered" },
  ];
  it.each(cases)("MAPR $mapr, covered $covered → $code", ({ mapr, covered, passed, code }) => {
    const result = unwrap(checkMilitaryAnnualPercentageRate({ maprPercent: mapr, isCoveredBorrower: covered }));
    expect([result.passed, result.code, result.citation.source]).toEqual([
      passed,
      code,
      "32 CFR 232.4(b); 10 U.S.C. 987(b)",
    ]);
  });

  it("refuses a rate that is not a decimal string", () => {
    const result = checkMilitaryAnnualPercentageRate({ maprPercent: "36%", isCoveredBorrower: true });
    expect(result.ok ? "" : result.error.code).toBe("invalid_rate");
  });
});

describe("checkMilitaryLendingFromCashFlows", () => {
  // $1,000 financed, 12 monthly payments of $95 from 2026-02-01 (pricing/pricing.test.ts): the MAPR is
  // spreadsheet RATE(12, −95, 1000 − charges) × 12: 35.0742 % with $50 of charges, 46.0609 % with $100.
  const payments = Array.from({ length: 12 }, (_, k) => ({
    amountMinor: 9_500n,
    date: addMonths(date("2026-02-01"), k),
  }));
  const cases = [
    { chargesMinor: 5_000n, passed: true, starts: "35.0742" },
    { chargesMinor: 10_000n, passed: false, starts: "46.0609" },
  ];
  it.each(cases)("$chargesMinor of MLA charges → passed $passed", ({ chargesMinor, passed, starts }) => {
    const result = unwrap(
      checkMilitaryLendingFromCashFlows({
        consummationDate: date("2026-01-01"),
        amountFinancedMinor: 100_000n,
        additionalChargesMinor: chargesMinor,
        payments,
        isCoveredBorrower: true,
      }),
    );
    expect(result.passed).toBe(passed);
    expect(formatDecimal(round(dec(result.values.maprPercent ?? ""), 4, "half-up"))).toBe(starts);
  });
});
