import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { buildMetro2File } from "./metro2-file.js";
import { delinquent, header } from "./metro2-fixtures.js";
import {
  type Metro2Field,
  metro2BaseLayout,
  metro2HeaderLayout,
  metro2J1Layout,
  metro2J2Layout,
  metro2TrailerLayout,
} from "./metro2-layout.js";

/**
 * Base segment positions as the CDIA Credit Reporting Resource Guide gives them (1-based, inclusive),
 * typed in from the published field list independently of `metro2-layout.ts`.
 */
const publishedBase: ReadonlyArray<readonly [string, number, number]> = [
  ["recordDescriptorWord", 1, 4],
  ["processingIndicator", 5, 5],
  ["timeStamp", 6, 19],
  ["correctionIndicator", 20, 20],
  ["identificationNumber", 21, 40],
  ["cycleIdentifier", 41, 42],
  ["consumerAccountNumber", 43, 72],
  ["portfolioType", 73, 73],
  ["accountType", 74, 75],
  ["dateOpened", 76, 83],
  ["creditLimit", 84, 92],
  ["highestCredit", 93, 101],
  ["termsDuration", 102, 104],
  ["termsFrequency", 105, 105],
  ["scheduledMonthlyPayment", 106, 114],
  ["actualPayment", 115, 123],
  ["accountStatus", 124, 125],
  ["paymentRating", 126, 126],
  ["paymentHistoryProfile", 127, 150],
  ["specialComment", 151, 152],
  ["complianceConditionCode", 153, 154],
  ["currentBalance", 155, 163],
  ["amountPastDue", 164, 172],
  ["originalChargeOffAmount", 173, 181],
  ["dateOfAccountInformation", 182, 189],
  ["dateOfFirstDelinquency", 190, 197],
  ["dateClosed", 198, 205],
  ["dateOfLastPayment", 206, 213],
  ["interestTypeIndicator", 214, 214],
  ["reserved", 215, 231],
  ["surname", 232, 256],
  ["firstName", 257, 276],
  ["middleName", 277, 296],
  ["generationCode", 297, 297],
  ["socialSecurityNumber", 298, 306],
  ["dateOfBirth", 307, 314],
  ["telephoneNumber", 315, 324],
  ["ecoaCode", 325, 325],
  ["consumerInformationIndicator", 326, 327],
  ["countryCode", 328, 329],
  ["firstLineOfAddress", 330, 361],
  ["secondLineOfAddress", 362, 393],
  ["city", 394, 413],
  ["state", 414, 415],
  ["postalZipCode", 416, 424],
  ["addressIndicator", 425, 425],
  ["residenceCode", 426, 426],
];

/** Header, trailer, J1 and J2 anchors from the same guide. */
const publishedAnchors: ReadonlyArray<readonly [ReadonlyArray<Metro2Field>, string, number, number]> = [
  [metro2HeaderLayout, "recordIdentifier", 5, 10],
  [metro2HeaderLayout, "activityDate", 48, 55],
  [metro2HeaderLayout, "reporterName", 80, 119],
  [metro2HeaderLayout, "reporterAddress", 120, 215],
  [metro2HeaderLayout, "reserved", 281, 426],
  [metro2TrailerLayout, "recordIdentifier", 5, 11],
  [metro2TrailerLayout, "totalBaseRecords", 12, 20],
  [metro2TrailerLayout, "totalJ1Segments", 39, 47],
  [metro2TrailerLayout, "blockCount", 57, 65],
  [metro2TrailerLayout, "totalStatusCode11", 84, 92],
  [metro2TrailerLayout, "totalStatusCode71", 147, 155],
  [metro2TrailerLayout, "totalStatusCode97", 255, 263],
  [metro2TrailerLayout, "totalTelephoneNumbersAllSegments", 399, 407],
  [metro2J1Layout, "surname", 4, 28],
  [metro2J1Layout, "ecoaCode", 97, 97],
  [metro2J2Layout, "ecoaCode", 97, 97],
  [metro2J2Layout, "firstLineOfAddress", 102, 133],
  [metro2J2Layout, "postalZipCode", 188, 196],
];

describe("Metro 2 layouts", () => {
  it("put every base segment field where the guide says", () => {
    expect(metro2BaseLayout.map((f) => [f.name, f.start, f.start + f.length - 1])).toEqual(publishedBase);
  });

  it.each(publishedAnchors.map(([layout, name, from, to]) => [name, from, to, layout] as const))(
    "%s is at %i-%i",
    (name, from, to, layout) => {
      const field = layout.find((f) => f.name === name);
      expect(field && [field.start, field.start + field.length - 1]).toEqual([from, to]);
    },
  );

  it.each([
    ["header", metro2HeaderLayout, 426],
    ["base", metro2BaseLayout, 426],
    ["trailer", metro2TrailerLayout, 426],
    ["J1", metro2J1Layout, 100],
    ["J2", metro2J2Layout, 200],
  ] as const)("the %s layout is contiguous and %i bytes", (_, layout, length) => {
    let next = 1;
    for (const field of layout) {
      expect(field.start).toBe(next);
      next += field.length;
    }
    expect(next - 1).toBe(length);
  });

  it("writes every record at its length, and each base field holds its value at its position", () => {
    const file = unwrap(buildMetro2File(header, [delinquent]));
    const lines = file.text.split("\n").slice(0, -1);
    expect(lines.map((l) => l.length)).toEqual([426, 726, 426]);
    const record = lines[1]!;
    const at = (name: string) => {
      const [, from, to] = publishedBase.find(([n]) => n === name)!;
      return record.slice(from - 1, to);
    };
    expect(at("recordDescriptorWord")).toBe("0726"); // 426 + J1 100 + J2 200
    expect(at("identificationNumber")).toBe("LENDSTACK01         ");
    expect(at("consumerAccountNumber")).toBe("LN-000123".padEnd(30));
    expect(at("dateOpened")).toBe("12152024");
    expect(at("highestCredit")).toBe("000005000");
    expect(at("termsDuration") + at("termsFrequency")).toBe("036M");
    expect(at("scheduledMonthlyPayment")).toBe("000000166"); // $166.07, cents dropped
    expect(at("accountStatus")).toBe("71");
    expect(at("paymentRating")).toBe(" ");
    expect(at("paymentHistoryProfile")).toBe(`${"0".repeat(22)}BB`); // 15 days late is still bucket 0
    expect(at("currentBalance")).toBe("000003456");
    expect(at("amountPastDue")).toBe("000000332");
    expect(at("originalChargeOffAmount")).toBe("000000000");
    expect(at("dateOfAccountInformation")).toBe("11302026");
    expect(at("dateOfFirstDelinquency")).toBe("10152026");
    expect(at("dateClosed")).toBe("00000000");
    expect(at("surname") + at("firstName")).toBe(`${"DOE".padEnd(25)}${"JANE".padEnd(20)}`);
    expect([at("socialSecurityNumber"), at("dateOfBirth"), at("telephoneNumber"), at("ecoaCode")]).toEqual([
      "123456789",
      "05011990",
      "5125550199",
      "2",
    ]);
    expect(at("state") + at("postalZipCode")).toBe("TX78702    ");
    expect(record.slice(426, 428)).toBe("J1");
    expect(record.slice(526, 528)).toBe("J2");
  });
});
