import { describe, expect, it } from "vitest";
import { gatherHmdaDataPoints } from "./gather-hmda.js";
import { hmdaDataPoints } from "./hmda-data-points.js";

// A single-family, site-built, originated first-lien purchase with every § 1003.4(a) field filled in.
const originated = {
  uli: "5493001KJTIIGC8Y1R12A1B2C3D4E5F6G7H8I9J0K1L2M3N4O5P6Q7R8S9T0U1V2W3X4Y5Z6",
  applicationDate: "2026-03-02",
  loanType: 1,
  loanPurpose: 1,
  preapproval: 2,
  constructionMethod: 1,
  occupancyType: 1,
  loanAmountMinor: 30_000_000n,
  actionTaken: 1,
  actionTakenDate: "2026-04-15",
  property: { address: "1 Main St", state: "VA", county: "51059", censusTract: "51059482203", totalUnits: 1 },
  applicant: { ethnicity: [2], race: [5], sex: 1, age: 41 },
  incomeMinor: 12_000_000n,
  typeOfPurchaser: 1,
  rateSpreadPercent: "0.875",
  hoepaStatus: 2,
  lienStatus: 1,
  creditScore: { score: 741, model: 1 },
  totalLoanCostsMinor: 650_000n,
  originationChargesMinor: 150_000n,
  discountPointsMinor: 0n,
  lenderCreditsMinor: 0n,
  interestRatePercent: "6.5",
  prepaymentPenaltyTermMonths: 0,
  debtToIncomePercent: "36",
  combinedLoanToValuePercent: "80",
  loanTermMonths: 360,
  isAdjustableRate: false,
  nonAmortizingFeatures: { balloon: false, interestOnly: false, negativeAmortization: false, other: false },
  propertyValueMinor: 37_500_000n,
  applicationChannel: { submittedDirectly: true, initiallyPayableToInstitution: true },
  mloNmlsrId: "123456",
  automatedUnderwritingSystem: { name: 1, result: 1 },
  isReverseMortgage: false,
  isOpenEndLineOfCredit: false,
  isBusinessOrCommercialPurpose: false,
};

describe("gatherHmdaDataPoints", () => {
  it("covers every paragraph of § 1003.4(a)(1)-(38), with unique ids", () => {
    const paragraphs = new Set(hmdaDataPoints.map((p) => Number(/^\((\d+)\)/.exec(p.paragraph)?.[1])));
    expect([...paragraphs].sort((a, b) => a - b)).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
    expect(new Set(hmdaDataPoints.map((p) => p.id)).size).toBe(hmdaDataPoints.length);
  });

  it("finds nothing missing on a complete originated loan", () => {
    const result = gatherHmdaDataPoints(originated);
    expect([result.isComplete, result.missing, result.actionTaken]).toEqual([true, [], 1]);
    // Not required for a site-built single-family originated loan with a fixed rate and no denial.
    expect(result.dataPoints.filter((p) => p.status === "not_applicable").map((p) => p.id)).toEqual([
      "denialReasons",
      "introductoryRatePeriod",
      "manufacturedHomePropertyType",
      "manufacturedHomeLandInterest",
      "multifamilyAffordableUnits",
    ]);
  });

  // Each case changes the application; the want lists what § 1003.4(a) then needs but does not have.
  const cases: ReadonlyArray<{ name: string; patch: Record<string, unknown>; want: string[] }> = [
    { name: "a denial without reasons", patch: { actionTaken: 3, denialReasons: [] }, want: ["denialReasons"] },
    {
      name: "a denial needs no pricing fields",
      patch: {
        actionTaken: 3,
        denialReasons: [1],
        rateSpreadPercent: null,
        interestRatePercent: null,
        totalLoanCostsMinor: null,
      },
      want: [],
    },
    {
      name: "an originated loan without rate spread or census tract",
      patch: { rateSpreadPercent: "", property: { ...originated.property, censusTract: undefined } },
      want: ["censusTract", "rateSpread"],
    },
    {
      name: "a manufactured home",
      patch: { constructionMethod: 2 },
      want: ["manufacturedHomePropertyType", "manufacturedHomeLandInterest"],
    },
    {
      name: "a 12-unit property",
      patch: { property: { ...originated.property, totalUnits: 12 } },
      want: ["multifamilyAffordableUnits"],
    },
    { name: "an adjustable rate", patch: { isAdjustableRate: true }, want: ["introductoryRatePeriod"] },
    { name: "a purchased loan without demographics", patch: { actionTaken: 6, applicant: {} }, want: [] },
    // With no valid action, action-dependent fields count as required (denial reasons here).
    { name: "an unknown action code", patch: { actionTaken: 9 }, want: ["actionTaken", "denialReasons"] },
  ];
  it.each(cases)("$name", ({ patch, want }) => {
    expect(gatherHmdaDataPoints({ ...originated, ...patch }).missing).toEqual(want);
  });
});
