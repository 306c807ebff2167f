/**
 * A field of a Metro 2 record: its 1-based start, its length, and how it is filled: `A`
 * alphanumeric (upper case, left-justified, blank-filled), `N` numeric (right-justified,
 * zero-filled), `D` a date `MMDDYYYY` (zero-filled when absent).
 *
 * @example const field: Metro2Field = { name: "accountStatus", start: 124, length: 2, kind: "A" };
 */
export interface Metro2Field {
  readonly name: string;
  readonly start: number;
  readonly length: number;
  readonly kind: "A" | "N" | "D";
}

type Row = readonly [name: string, length: number, kind: "A" | "N" | "D"];

/** Lays rows end to end from position 1. */
function layout(rows: ReadonlyArray<Row>): ReadonlyArray<Metro2Field> {
  let start = 1;
  return Object.freeze(
    rows.map(([name, length, kind]) => {
      const field = Object.freeze({ name, start, length, kind });
      start += length;
      return field;
    }),
  );
}

/**
 * The base segment, character format: 426 bytes.
 *
 * @see CDIA Credit Reporting Resource Guide (Metro 2 Format), Base Segment field definitions
 * @example metro2BaseLayout.find((f) => f.name === "accountStatus")?.start === 124
 */
export const metro2BaseLayout = layout([
  ["recordDescriptorWord", 4, "N"],
  ["processingIndicator", 1, "N"],
  ["timeStamp", 14, "N"],
  ["correctionIndicator", 1, "N"],
  ["identificationNumber", 20, "A"],
  ["cycleIdentifier", 2, "A"],
  ["consumerAccountNumber", 30, "A"],
  ["portfolioType", 1, "A"],
  ["accountType", 2, "A"],
  ["dateOpened", 8, "D"],
  ["creditLimit", 9, "N"],
  ["highestCredit", 9, "N"],
  ["termsDuration", 3, "A"],
  ["termsFrequency", 1, "A"],
  ["scheduledMonthlyPayment", 9, "N"],
  ["actualPayment", 9, "N"],
  ["accountStatus", 2, "A"],
  ["paymentRating", 1, "A"],
  ["paymentHistoryProfile", 24, "A"],
  ["specialComment", 2, "A"],
  ["complianceConditionCode", 2, "A"],
  ["currentBalance", 9, "N"],
  ["amountPastDue", 9, "N"],
  ["originalChargeOffAmount", 9, "N"],
  ["dateOfAccountInformation", 8, "D"],
  ["dateOfFirstDelinquency", 8, "D"],
  ["dateClosed", 8, "D"],
  ["dateOfLastPayment", 8, "D"],
  ["interestTypeIndicator", 1, "A"],
  ["reserved", 17, "A"],
  ["surname", 25, "A"],
  ["firstName", 20, "A"],
  ["middleName", 20, "A"],
  ["generationCode", 1, "A"],
  ["socialSecurityNumber", 9, "N"],
  ["dateOfBirth", 8, "D"],
  ["telephoneNumber", 10, "N"],
  ["ecoaCode", 1, "A"],
  ["consumerInformationIndicator", 2, "A"],
  ["countryCode", 2, "A"],
  ["firstLineOfAddress", 32, "A"],
  ["secondLineOfAddress", 32, "A"],
  ["city", 20, "A"],
  ["state", 2, "A"],
  ["postalZipCode", 9, "A"],
  ["addressIndicator", 1, "A"],
  ["residenceCode", 1, "A"],
]);

/** The header record, character format: 426 bytes. @example metro2HeaderLayout[1]?.name === "recordIdentifier" */
export const metro2HeaderLayout = layout([
  ["recordDescriptorWord", 4, "N"],
  ["recordIdentifier", 6, "A"],
  ["cycleIdentifier", 2, "A"],
  ["innovisProgramIdentifier", 10, "A"],
  ["equifaxProgramIdentifier", 10, "A"],
  ["experianProgramIdentifier", 5, "A"],
  ["transUnionProgramIdentifier", 10, "A"],
  ["activityDate", 8, "D"],
  ["dateCreated", 8, "D"],
  ["programDate", 8, "D"],
  ["programRevisionDate", 8, "D"],
  ["reporterName", 40, "A"],
  ["reporterAddress", 96, "A"],
  ["reporterTelephoneNumber", 10, "N"],
  ["softwareVendorName", 40, "A"],
  ["softwareVersionNumber", 5, "A"],
  ["prbcProgramIdentifier", 10, "A"],
  ["reserved", 146, "A"],
]);

/** Account status codes the trailer counts, in its order. */
export const metro2TrailerStatusCodes = [
  "DA",
  "05",
  "11",
  "13",
  "61",
  "62",
  "63",
  "64",
  "65",
  "71",
  "78",
  "80",
  "82",
  "83",
  "84",
  "88",
  "89",
  "93",
  "94",
  "95",
  "96",
  "97",
] as const;

const count = (name: string): Row => [name, 9, "N"];

/** The trailer record, character format: 426 bytes. @example metro2TrailerLayout.at(-1)?.start === 408 */
export const metro2TrailerLayout = layout([
  ["recordDescriptorWord", 4, "N"],
  ["recordIdentifier", 7, "A"],
  count("totalBaseRecords"),
  ["reserved1", 9, "A"],
  count("totalStatusCodeDF"),
  count("totalJ1Segments"),
  count("totalJ2Segments"),
  count("blockCount"),
  ...metro2TrailerStatusCodes.map((code) => count(`totalStatusCode${code}`)),
  count("totalEcoaCodeZ"),
  count("totalEmploymentSegments"),
  count("totalOriginalCreditorSegments"),
  count("totalPurchasedToSoldToSegments"),
  count("totalMortgageInformationSegments"),
  count("totalSpecializedPaymentSegments"),
  count("totalChangeSegments"),
  count("totalSocialSecurityNumbersAllSegments"),
  count("totalSocialSecurityNumbersBaseSegments"),
  count("totalSocialSecurityNumbersJ1Segments"),
  count("totalSocialSecurityNumbersJ2Segments"),
  count("totalDatesOfBirthAllSegments"),
  count("totalDatesOfBirthBaseSegments"),
  count("totalDatesOfBirthJ1Segments"),
  count("totalDatesOfBirthJ2Segments"),
  count("totalTelephoneNumbersAllSegments"),
  ["reserved2", 19, "A"],
]);

const consumerRows: ReadonlyArray<Row> = [
  ["surname", 25, "A"],
  ["firstName", 20, "A"],
  ["middleName", 20, "A"],
  ["generationCode", 1, "A"],
  ["socialSecurityNumber", 9, "N"],
  ["dateOfBirth", 8, "D"],
  ["telephoneNumber", 10, "N"],
  ["ecoaCode", 1, "A"],
  ["consumerInformationIndicator", 2, "A"],
];

/** J1: an associated consumer at the primary consumer's address, 100 bytes. @example metro2J1Layout.length */
export const metro2J1Layout = layout([
  ["segmentIdentifier", 2, "A"],
  ["reserved1", 1, "A"],
  ...consumerRows,
  ["reserved2", 1, "A"],
]);

/** J2: an associated consumer at another address, 200 bytes. @example metro2J2Layout.length */
export const metro2J2Layout = layout([
  ["segmentIdentifier", 2, "A"],
  ["reserved1", 1, "A"],
  ...consumerRows,
  ["countryCode", 2, "A"],
  ["firstLineOfAddress", 32, "A"],
  ["secondLineOfAddress", 32, "A"],
  ["city", 20, "A"],
  ["state", 2, "A"],
  ["postalZipCode", 9, "A"],
  ["addressIndicator", 1, "A"],
  ["residenceCode", 1, "A"],
  ["reserved2", 2, "A"],
]);

/** Lengths in bytes. @example metro2Lengths.base === 426 */
export const metro2Lengths = Object.freeze({ base: 426, header: 426, trailer: 426, j1: 100, j2: 200 });
