import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import {
  type AdverseActionNoticeInput,
  buildAdverseActionNotice,
  ecoaNoticeStatement,
} from "./adverse-action-notice.js";

const address = { line1: "1 Main St", city: "Austin", region: "TX", postalCode: "78701", country: "US" };
const input: AdverseActionNoticeInput = {
  applicationId: "app_1",
  applicantNames: ["Ann Lee"],
  decidedOn: date("2026-03-02"),
  reasons: [
    { code: "RECENT_INQUIRIES", weight: 12 },
    { code: "DTI_HIGH", weight: 40 },
    { code: "DELINQUENT", weight: 25 },
    { code: "DTI_VERY_HIGH", weight: 40 },
    { code: "SHORT_HISTORY", weight: 18 },
    { code: "NO_COLLATERAL", weight: 5 },
  ],
  reasonMap: {
    DTI_HIGH: { statementId: "excessive_obligations_in_relation_to_income" },
    DTI_VERY_HIGH: { statementId: "excessive_obligations_in_relation_to_income" },
    DELINQUENT: { statementId: "delinquent_credit_obligations_with_others" },
    SHORT_HISTORY: { statementId: "limited_credit_experience" },
    RECENT_INQUIRIES: { statementId: "number_of_recent_inquiries" },
    NO_COLLATERAL: { statementId: "collateral_value_or_type_insufficient" },
  },
  creditor: { name: "Lendstack Demo Bank", address },
  ecoaAgency: {
    name: "Consumer Financial Protection Bureau",
    address: { line1: "1700 G Street NW", city: "Washington", region: "DC", postalCode: "20552", country: "US" },
  },
};

describe("buildAdverseActionNotice", () => {
  it("keeps four principal reasons by weight, deduplicated by statement, due 30 calendar days after", () => {
    const notice = buildAdverseActionNotice(input);
    expect(notice.ok).toBe(true);
    if (!notice.ok) return;
    // weights: DTI_HIGH 40, DTI_VERY_HIGH 40 (same statement), DELINQUENT 25, SHORT_HISTORY 18, RECENT_INQUIRIES 12, NO_COLLATERAL 5
    expect(notice.value.principalReasons.map((r) => [r.statement, r.reasonCodes])).toEqual([
      ["Excessive obligations in relation to income", ["DTI_HIGH", "DTI_VERY_HIGH"]],
      ["Delinquent past or present credit obligations with others", ["DELINQUENT"]],
      ["Limited credit experience", ["SHORT_HISTORY"]],
      ["Number of recent inquiries on credit bureau report", ["RECENT_INQUIRIES"]],
    ]);
    expect(notice.value.dueOn).toBe("2026-04-01"); // March 2 + 30 days
    expect(notice.value.ecoaNotice).toEqual({ statement: ecoaNoticeStatement, agency: input.ecoaAgency });
    expect(notice.value.ecoaNotice.statement).toContain(
      "race, color, religion, national origin, sex, marital status, age",
    );
    expect(notice.value.fcraDisclosure).toBeUndefined();
    expect(notice.value.citations).toEqual(["12 CFR 1002.9"]);
  });

  it("adds the FCRA § 615(a) block with the score and up to four key factors (five with inquiries)", () => {
    const factors = [
      "Serious delinquency",
      "Proportion of balances to limits",
      "Length of history",
      "Too many accounts",
      "Number of inquiries",
      "Recent account opened",
    ].map((description, i) => ({
      code: `F${i + 1}`,
      description,
      ...(description.includes("inquiries") ? { isInquiries: true } : {}),
    }));
    const agency = { name: "Example Credit Bureau", address, phone: "1-800-555-0100" };
    const creditScore = {
      agency,
      score: 602,
      rangeLow: 300,
      rangeHigh: 850,
      scoredOn: date("2026-03-01"),
      source: "Example Credit Bureau",
      keyFactors: factors,
    };
    const notice = buildAdverseActionNotice({ ...input, creditScore });
    expect(notice.ok).toBe(true);
    if (!notice.ok) return;
    expect(notice.value.fcraDisclosure).toMatchObject({
      agency,
      score: 602,
      rangeLow: 300,
      rangeHigh: 850,
      scoredOn: "2026-03-01",
    });
    expect(notice.value.fcraDisclosure?.keyFactors.map((f) => f.code)).toEqual(["F1", "F2", "F3", "F4", "F5"]);
    const withoutInquiries = buildAdverseActionNotice({
      ...input,
      creditScore: { ...creditScore, keyFactors: factors.filter((f) => !f.isInquiries) },
    });
    expect(withoutInquiries.ok && withoutInquiries.value.fcraDisclosure?.keyFactors.map((f) => f.code)).toEqual([
      "F1",
      "F2",
      "F3",
      "F4",
    ]);
    expect(notice.value.citations).toContain("15 U.S.C. 1681m(a)");
  });

  it("refuses a decline without reasons and an unmapped reason code", () => {
    expect(buildAdverseActionNotice({ ...input, reasons: [] })).toMatchObject({
      ok: false,
      error: { code: "no_reasons" },
    });
    expect(buildAdverseActionNotice({ ...input, reasons: [{ code: "MYSTERY", weight: 1 }] })).toMatchObject({
      ok: false,
      error: { code: "unmapped_reason_code" },
    });
  });
});
