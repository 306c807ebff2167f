import type { Citation } from "./check-result.js";

/**
 * HMDA action-taken codes (FFIEC Filing Instructions Guide): 1 originated … 8 preapproval approved, not accepted.
 *
 * @example const denied: HmdaActionTaken = 3;
 */
export type HmdaActionTaken = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/**
 * When a data point is required; absent means always. Both parts must hold when both are given.
 *
 * @example const onlyDenials: HmdaCondition = { actionTaken: [3, 7] };
 */
export interface HmdaCondition {
  readonly actionTaken?: ReadonlyArray<HmdaActionTaken>;
  readonly field?: string;
  readonly in?: ReadonlyArray<string | number | boolean>;
  readonly atLeast?: number;
}

/**
 * One HMDA data point and where the application object keeps it (a dotted path).
 *
 * @example const point: HmdaDataPoint = { id: "loanTerm", label: "Loan term", paragraph: "(25)", field: "loanTermMonths" };
 */
export interface HmdaDataPoint {
  readonly id: string;
  readonly label: string;
  /** Paragraph of 12 CFR 1003.4(a). */
  readonly paragraph: string;
  readonly field: string;
  readonly requiredWhen?: HmdaCondition;
}

/** @example hmdaDataPointsCitation.source */
export const hmdaDataPointsCitation: Citation = {
  source: "12 CFR 1003.4(a)(1)-(38); FFIEC HMDA Filing Instructions Guide (conditions simplified)",
  url: "https://www.consumerfinance.gov/rules-policy/regulations/1003/4/",
  tableVersion: "2018-rule",
};

const pricedActions: ReadonlyArray<HmdaActionTaken> = [1, 2, 8];
const underwrittenActions: ReadonlyArray<HmdaActionTaken> = [1, 2, 3, 7, 8];
const notPurchased: ReadonlyArray<HmdaActionTaken> = [1, 2, 3, 4, 5, 7, 8];

/**
 * The HMDA data points of § 1003.4(a) with simplified applicability conditions: NA codes, the
 * partial exemptions of EGRRCPA § 104(a) and TRID-only cost fields are not modeled, so a field
 * marked required here may legitimately be reported as NA or Exempt. Review before filing.
 *
 * @example hmdaDataPoints.find((p) => p.id === "rateSpread")?.paragraph === "(12)"
 */
export const hmdaDataPoints: ReadonlyArray<HmdaDataPoint> = [
  { id: "uli", label: "Universal loan identifier", paragraph: "(1)(i)", field: "uli" },
  { id: "applicationDate", label: "Application date", paragraph: "(1)(ii)", field: "applicationDate" },
  { id: "loanType", label: "Loan type", paragraph: "(2)", field: "loanType" },
  { id: "loanPurpose", label: "Loan purpose", paragraph: "(3)", field: "loanPurpose" },
  { id: "preapproval", label: "Preapproval", paragraph: "(4)", field: "preapproval" },
  { id: "constructionMethod", label: "Construction method", paragraph: "(5)", field: "constructionMethod" },
  { id: "occupancyType", label: "Occupancy type", paragraph: "(6)", field: "occupancyType" },
  { id: "loanAmount", label: "Loan amount", paragraph: "(7)", field: "loanAmountMinor" },
  { id: "actionTaken", label: "Action taken", paragraph: "(8)(i)", field: "actionTaken" },
  { id: "actionTakenDate", label: "Action taken date", paragraph: "(8)(ii)", field: "actionTakenDate" },
  { id: "propertyAddress", label: "Property address", paragraph: "(9)(i)", field: "property.address" },
  { id: "propertyState", label: "State", paragraph: "(9)(ii)(A)", field: "property.state" },
  { id: "propertyCounty", label: "County", paragraph: "(9)(ii)(B)", field: "property.county" },
  { id: "censusTract", label: "Census tract", paragraph: "(9)(ii)(C)", field: "property.censusTract" },
  {
    id: "ethnicity",
    label: "Applicant ethnicity",
    paragraph: "(10)(i)",
    field: "applicant.ethnicity",
    requiredWhen: { actionTaken: notPurchased },
  },
  {
    id: "race",
    label: "Applicant race",
    paragraph: "(10)(i)",
    field: "applicant.race",
    requiredWhen: { actionTaken: notPurchased },
  },
  {
    id: "sex",
    label: "Applicant sex",
    paragraph: "(10)(i)",
    field: "applicant.sex",
    requiredWhen: { actionTaken: notPurchased },
  },
  {
    id: "age",
    label: "Applicant age",
    paragraph: "(10)(ii)",
    field: "applicant.age",
    requiredWhen: { actionTaken: notPurchased },
  },
  {
    id: "income",
    label: "Gross annual income relied on",
    paragraph: "(10)(iii)",
    field: "incomeMinor",
    requiredWhen: { actionTaken: underwrittenActions },
  },
  { id: "typeOfPurchaser", label: "Type of purchaser", paragraph: "(11)", field: "typeOfPurchaser" },
  {
    id: "rateSpread",
    label: "Rate spread (APR − APOR)",
    paragraph: "(12)",
    field: "rateSpreadPercent",
    requiredWhen: { actionTaken: pricedActions },
  },
  { id: "hoepaStatus", label: "HOEPA status", paragraph: "(13)", field: "hoepaStatus" },
  { id: "lienStatus", label: "Lien status", paragraph: "(14)", field: "lienStatus" },
  {
    id: "creditScore",
    label: "Credit score and model",
    paragraph: "(15)",
    field: "creditScore",
    requiredWhen: { actionTaken: underwrittenActions },
  },
  {
    id: "denialReasons",
    label: "Reasons for denial",
    paragraph: "(16)",
    field: "denialReasons",
    requiredWhen: { actionTaken: [3, 7] },
  },
  {
    id: "totalLoanCosts",
    label: "Total loan costs or points and fees",
    paragraph: "(17)",
    field: "totalLoanCostsMinor",
    requiredWhen: { actionTaken: [1] },
  },
  {
    id: "originationCharges",
    label: "Origination charges",
    paragraph: "(18)",
    field: "originationChargesMinor",
    requiredWhen: { actionTaken: [1] },
  },
  {
    id: "discountPoints",
    label: "Discount points",
    paragraph: "(19)",
    field: "discountPointsMinor",
    requiredWhen: { actionTaken: [1] },
  },
  {
    id: "lenderCredits",
    label: "Lender credits",
    paragraph: "(20)",
    field: "lenderCreditsMinor",
    requiredWhen: { actionTaken: [1] },
  },
  {
    id: "interestRate",
    label: "Interest rate",
    paragraph: "(21)",
    field: "interestRatePercent",
    requiredWhen: { actionTaken: pricedActions },
  },
  {
    id: "prepaymentPenaltyTerm",
    label: "Prepayment penalty term",
    paragraph: "(22)",
    field: "prepaymentPenaltyTermMonths",
    requiredWhen: { actionTaken: pricedActions },
  },
  {
    id: "debtToIncome",
    label: "Debt-to-income ratio",
    paragraph: "(23)",
    field: "debtToIncomePercent",
    requiredWhen: { actionTaken: underwrittenActions },
  },
  {
    id: "combinedLoanToValue",
    label: "Combined loan-to-value ratio",
    paragraph: "(24)",
    field: "combinedLoanToValuePercent",
    requiredWhen: { actionTaken: underwrittenActions },
  },
  { id: "loanTerm", label: "Loan term", paragraph: "(25)", field: "loanTermMonths" },
  {
    id: "introductoryRatePeriod",
    label: "Introductory rate period",
    paragraph: "(26)",
    field: "introductoryRatePeriodMonths",
    requiredWhen: { field: "isAdjustableRate", in: [true] },
  },
  {
    id: "nonAmortizingFeatures",
    label: "Balloon, interest-only, negative amortization, other",
    paragraph: "(27)",
    field: "nonAmortizingFeatures",
  },
  {
    id: "propertyValue",
    label: "Property value",
    paragraph: "(28)",
    field: "propertyValueMinor",
    requiredWhen: { actionTaken: underwrittenActions },
  },
  {
    id: "manufacturedHomePropertyType",
    label: "Manufactured home secured property type",
    paragraph: "(29)",
    field: "manufacturedHome.securedPropertyType",
    requiredWhen: { field: "constructionMethod", in: [2] },
  },
  {
    id: "manufacturedHomeLandInterest",
    label: "Manufactured home land property interest",
    paragraph: "(30)",
    field: "manufacturedHome.landPropertyInterest",
    requiredWhen: { field: "constructionMethod", in: [2] },
  },
  { id: "totalUnits", label: "Total units", paragraph: "(31)", field: "property.totalUnits" },
  {
    id: "multifamilyAffordableUnits",
    label: "Multifamily affordable units",
    paragraph: "(32)",
    field: "property.multifamilyAffordableUnits",
    requiredWhen: { field: "property.totalUnits", atLeast: 5 },
  },
  {
    id: "applicationChannel",
    label: "Submission of application and initially payable to",
    paragraph: "(33)",
    field: "applicationChannel",
  },
  { id: "mloNmlsrId", label: "Loan originator NMLSR ID", paragraph: "(34)", field: "mloNmlsrId" },
  {
    id: "automatedUnderwritingSystem",
    label: "AUS name and result",
    paragraph: "(35)",
    field: "automatedUnderwritingSystem",
    requiredWhen: { actionTaken: notPurchased },
  },
  { id: "reverseMortgage", label: "Reverse mortgage flag", paragraph: "(36)", field: "isReverseMortgage" },
  {
    id: "openEndLineOfCredit",
    label: "Open-end line of credit flag",
    paragraph: "(37)",
    field: "isOpenEndLineOfCredit",
  },
  {
    id: "businessOrCommercialPurpose",
    label: "Business or commercial purpose flag",
    paragraph: "(38)",
    field: "isBusinessOrCommercialPurpose",
  },
];
