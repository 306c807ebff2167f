import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { buildMetro2File } from "./metro2-file.js";
import { delinquent, header } from "./metro2-fixtures.js";
import type { Metro2AccountState } from "./metro2-input.js";
import { metro2HeaderLayout, metro2J1Layout, metro2J2Layout, metro2TrailerLayout } from "./metro2-layout.js";
import { readMetro2Record } from "./metro2-record.js";
import { metro2AccountStatus, metro2PaymentRating, paymentHistoryProfile } from "./metro2-status.js";

const paid: Metro2AccountState = {
  ...delinquent,
  accountNumber: "LN-000124",
  standing: "paid",
  daysPastDue: 0,
  currentBalanceMinor: 0n,
  amountPastDueMinor: 0n,
  dateClosed: date("2026-11-20"),
  coBorrowers: [],
};
const chargedOff: Metro2AccountState = {
  ...delinquent,
  accountNumber: "LN-000125",
  standing: "charged-off",
  daysPastDue: 190,
  originalChargeOffMinor: 410_055n,
  complianceConditionCode: "XB",
  coBorrowers: [],
  primary: {
    surname: "Doe",
    firstName: "Jane",
    dateOfBirth: date("1990-05-01"),
    telephoneNumber: "5125550100",
    ecoaCode: "1",
    address: delinquent.primary.address,
  },
};

describe("Metro 2 status codes (CRRG fields 17A, 17B, 18)", () => {
  it.each([
    [0, "11"],
    [29, "11"],
    [30, "71"],
    [59, "71"],
    [60, "78"],
    [90, "80"],
    [120, "82"],
    [150, "83"],
    [179, "83"],
    [180, "84"],
    [400, "84"],
  ] as const)("open at %i days past due is %s", (days, status) => {
    expect(metro2AccountStatus("open", days)).toBe(status);
  });

  it("paid is 13 with a payment rating; charged off is 97; paid after charge-off is 64", () => {
    expect([metro2AccountStatus("paid", 0), metro2PaymentRating("paid", 0)]).toEqual(["13", "0"]);
    expect(metro2PaymentRating("paid", 65)).toBe("2");
    expect([metro2AccountStatus("charged-off", 200), metro2PaymentRating("charged-off", 200)]).toEqual(["97", ""]);
    expect(metro2AccountStatus("paid-after-charge-off", 0)).toBe("64");
  });

  it("writes the history profile most recent first, B-filled to 24", () => {
    expect(
      paymentHistoryProfile([
        { kind: "reported", daysPastDue: 31 },
        { kind: "reported", daysPastDue: 185 },
        { kind: "charged-off" },
        { kind: "zero-balance" },
        { kind: "no-data" },
      ]),
    ).toBe("16LEDBBBBBBBBBBBBBBBBBBB");
  });
});

describe("buildMetro2File", () => {
  const file = unwrap(buildMetro2File(header, [delinquent, paid, chargedOff]));
  const lines = file.text.split("\n").slice(0, -1);

  it("writes the header", () => {
    const fields = readMetro2Record(metro2HeaderLayout, lines[0]!);
    expect(fields).toMatchObject({
      recordDescriptorWord: "0426",
      recordIdentifier: "HEADER",
      equifaxProgramIdentifier: "EQ12345   ",
      activityDate: "11302026",
      dateCreated: "12012026",
      reporterTelephoneNumber: "5125550100",
    });
  });

  it("writes J1 for a co-borrower at the same address and J2 for one elsewhere", () => {
    const j1 = readMetro2Record(metro2J1Layout, lines[1]!.slice(426, 526));
    expect(j1).toMatchObject({
      segmentIdentifier: "J1",
      surname: "DOE".padEnd(25),
      socialSecurityNumber: "987654321",
      ecoaCode: "2",
    });
    const j2 = readMetro2Record(metro2J2Layout, lines[1]!.slice(526));
    expect(j2).toMatchObject({
      segmentIdentifier: "J2",
      city: "DALLAS".padEnd(20),
      postalZipCode: "752010001",
      dateOfBirth: "02291960",
      ecoaCode: "5",
    });
  });

  it("reports paid (13, rating 0, date closed) and charged off (97, charge-off amount, XB dispute)", () => {
    expect([lines[2]!.slice(123, 126), lines[2]!.slice(197, 205)]).toEqual(["130", "11202026"]);
    expect([lines[3]!.slice(123, 125), lines[3]!.slice(152, 154), lines[3]!.slice(172, 181)]).toEqual([
      "97",
      "XB",
      "000004100",
    ]);
  });

  it("totals the trailer: base records, J1/J2, status codes, SSNs, dates of birth, phones, block count", () => {
    const trailer = readMetro2Record(metro2TrailerLayout, lines[4]!);
    expect(trailer).toMatchObject({
      recordIdentifier: "TRAILER",
      totalBaseRecords: "000000003",
      totalJ1Segments: "000000001",
      totalJ2Segments: "000000001",
      blockCount: "000000005",
      totalStatusCode71: "000000001",
      totalStatusCode13: "000000001",
      totalStatusCode97: "000000001",
      totalStatusCode11: "000000000",
      totalSocialSecurityNumbersAllSegments: "000000003", // Jane twice (71, 13) + John; the 97 has none
      totalSocialSecurityNumbersBaseSegments: "000000002",
      totalSocialSecurityNumbersJ1Segments: "000000001",
      totalDatesOfBirthAllSegments: "000000004",
      totalDatesOfBirthJ2Segments: "000000001",
      totalTelephoneNumbersAllSegments: "000000003",
    });
  });

  it.each([
    [
      { standing: "charged-off", originalChargeOffMinor: undefined },
      "metro2_missing_charge_off_amount",
      "originalChargeOffMinor",
    ],
    [{ dateOfFirstDelinquency: undefined }, "metro2_missing_first_delinquency", "dateOfFirstDelinquency"],
    [{ standing: "paid", dateClosed: undefined }, "metro2_missing_date_closed", "dateClosed"],
    [{ amountPastDueMinor: -1n }, "invalid_amount", "amountPastDueMinor"],
    [{ complianceConditionCode: "ZZ" }, "invalid_field", "complianceConditionCode"],
    [{ accountType: "1" }, "invalid_field", "accountType"],
  ])("refuses %o: %s", (change, code, field) => {
    const { [field as keyof Metro2AccountState]: _, ...rest } = delinquent;
    const state = {
      ...rest,
      ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)),
    } as Metro2AccountState;
    expect(buildMetro2File(header, [paid, state])).toMatchObject({
      ok: false,
      error: { code, path: ["accounts", 1, field] },
    });
  });

  it("refuses a bad SSN on a co-borrower with its path", () => {
    const bad = { ...delinquent, coBorrowers: [{ ...delinquent.coBorrowers![0]!, socialSecurityNumber: "12345" }] };
    expect(buildMetro2File(header, [bad])).toMatchObject({
      ok: false,
      error: { code: "invalid_field", path: ["accounts", 0, "coBorrowers", 0, "socialSecurityNumber"] },
    });
  });
});
