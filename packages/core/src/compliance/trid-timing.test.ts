import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { creditorClosedOnFederalHolidays, tridSpecificBusinessDays } from "./trid-business-days.js";
import {
  checkClosingDisclosureTiming,
  checkLoanEstimateTiming,
  type DisclosureDeliveryMethod,
  disclosureReceivedDate,
  loanEstimateDeadline,
} from "./trid-timing.js";

// Calendars used below: Thanksgiving 2026 is Thursday 2026-11-26; July 4, 2026 is a Saturday
// (observed Friday July 3); Juneteenth 2022 was a Sunday (observed Monday June 20); Christmas 2027
// and New Year's Day 2028 are Saturdays (observed Fridays December 24 and 31).
const federal = creditorClosedOnFederalHolidays(2015, 2028);

describe("tridSpecificBusinessDays (all days but Sundays and actual-date federal holidays)", () => {
  const specific = tridSpecificBusinessDays();
  const cases = [
    { day: "2026-11-28", isBusinessDay: true, why: "Saturday counts" },
    { day: "2026-11-29", isBusinessDay: false, why: "Sunday" },
    { day: "2026-11-26", isBusinessDay: false, why: "Thanksgiving" },
    { day: "2026-11-27", isBusinessDay: true, why: "day after Thanksgiving is not a federal holiday" },
    { day: "2026-07-03", isBusinessDay: true, why: "observed Independence Day is not the actual date" },
    { day: "2026-07-04", isBusinessDay: false, why: "Independence Day on its actual (Saturday) date" },
    { day: "2022-06-20", isBusinessDay: true, why: "Monday observance of a Sunday Juneteenth" },
    { day: "2020-06-19", isBusinessDay: true, why: "Juneteenth before it became a holiday in 2021" },
    { day: "2026-01-19", isBusinessDay: false, why: "Martin Luther King Jr. Day" },
    { day: "2027-12-31", isBusinessDay: true, why: "observance of New Year's Day 2028" },
    { day: "2028-01-01", isBusinessDay: false, why: "New Year's Day on a Saturday" },
  ];
  it.each(cases)("$day: $why", ({ day, isBusinessDay }) => {
    expect(specific.isBusinessDay(date(day))).toBe(isBusinessDay);
  });
});

describe("Loan Estimate timing (general business days)", () => {
  // Arithmetic: count forward 3 days on which the creditor is open, starting the day after application.
  const cases = [
    {
      name: "Wednesday before Thanksgiving, open Mon-Fri: Fri 27, Mon 30, Tue 1",
      app: "2026-11-25",
      creditor: federal,
      want: "2026-12-01",
    },
    {
      name: "also closed the day after Thanksgiving: Mon 30, Tue 1, Wed 2",
      app: "2026-11-25",
      creditor: { ...federal, closedDates: [...federal.closedDates, date("2026-11-27")] },
      want: "2026-12-02",
    },
    {
      name: "open Saturdays: Fri 27, Sat 28, Mon 30",
      app: "2026-11-25",
      creditor: { ...federal, closedWeekdays: [7] },
      want: "2026-11-30",
    },
    { name: "a plain Monday: Tue, Wed, Thu", app: "2026-11-02", creditor: federal, want: "2026-11-05" },
    {
      name: "before an observed July 4: Mon 6, Tue 7, Wed 8",
      app: "2026-07-02",
      creditor: federal,
      want: "2026-07-08",
    },
  ];
  it.each(cases)("$name", ({ app, creditor, want }) => {
    expect(unwrap(loanEstimateDeadline(date(app), creditor))).toBe(want);
  });

  it("is timely on the deadline and late the day after", () => {
    const onTime = unwrap(
      checkLoanEstimateTiming({
        applicationDate: date("2026-11-25"),
        providedDate: date("2026-12-01"),
        creditor: federal,
      }),
    );
    const late = unwrap(
      checkLoanEstimateTiming({
        applicationDate: date("2026-11-25"),
        providedDate: date("2026-12-02"),
        creditor: federal,
      }),
    );
    expect([onTime.passed, onTime.code]).toEqual([true, "loan_estimate_timely"]);
    expect([late.passed, late.code, late.values.deliveryDeadline]).toEqual([false, "loan_estimate_late", "2026-12-01"]);
  });

  it("needs 7 specific business days before consummation", () => {
    // LE delivered Monday 2015-06-01: Tue 2, Wed 3, Thu 4, Fri 5, Sat 6, Mon 8, Tue 9 → consummation on or after Tuesday June 9.
    const base = { applicationDate: date("2015-05-29"), providedDate: date("2015-06-01"), creditor: federal };
    const ok9 = unwrap(checkLoanEstimateTiming({ ...base, consummationDate: date("2015-06-09") }));
    const early = unwrap(checkLoanEstimateTiming({ ...base, consummationDate: date("2015-06-08") }));
    expect([ok9.passed, ok9.values.earliestConsummationDate]).toEqual([true, "2015-06-09"]);
    expect([early.passed, early.code]).toEqual([false, "loan_estimate_seven_day_wait_not_met"]);
  });
});

describe("Closing Disclosure timing (specific business days, mailbox rule)", () => {
  // Arithmetic: receipt = provided (in person) or provided + 3 specific business days; consummation may
  // occur on the 3rd specific business day after receipt.
  const cases: ReadonlyArray<{
    name: string;
    provided: string;
    method: DisclosureDeliveryMethod;
    received: string;
    earliest: string;
  }> = [
    {
      name: "in person Wed before Thanksgiving: Fri 27, Sat 28, Mon 30",
      provided: "2026-11-25",
      method: "in-person",
      received: "2026-11-25",
      earliest: "2026-11-30",
    },
    {
      name: "mailed Tue 24: deemed received Sat 28 (Wed, Fri, Sat); then Mon 30, Tue 1, Wed 2",
      provided: "2026-11-24",
      method: "mail",
      received: "2026-11-28",
      earliest: "2026-12-02",
    },
    {
      name: "e-mailed Wed 25: received Mon 30 (Fri, Sat, Mon); then Tue 1, Wed 2, Thu 3",
      provided: "2026-11-25",
      method: "electronic",
      received: "2026-11-30",
      earliest: "2026-12-03",
    },
    {
      name: "mailed Monday 2015-06-01: received Thu 4; then Fri 5, Sat 6, Mon 8",
      provided: "2015-06-01",
      method: "mail",
      received: "2015-06-04",
      earliest: "2015-06-08",
    },
    {
      name: "received Tue 2026-06-30: the observed July 3 counts",
      provided: "2026-06-30",
      method: "in-person",
      received: "2026-06-30",
      earliest: "2026-07-03",
    },
    {
      name: "received Fri 2022-06-17: Sat 18, Mon 20 (observance counts), Tue 21",
      provided: "2022-06-17",
      method: "in-person",
      received: "2022-06-17",
      earliest: "2022-06-21",
    },
    {
      name: "received Tue 2027-12-21: Wed 22, Thu 23, Fri 24 (observed Christmas counts)",
      provided: "2027-12-21",
      method: "in-person",
      received: "2027-12-21",
      earliest: "2027-12-24",
    },
    {
      name: "received Wed 2027-12-29: Thu 30, Fri 31, (Sat Jan 1, Sun) Mon Jan 3",
      provided: "2027-12-29",
      method: "in-person",
      received: "2027-12-29",
      earliest: "2028-01-03",
    },
  ];
  it.each(cases)("$name", ({ provided, method, received, earliest }) => {
    const atEarliest = unwrap(
      checkClosingDisclosureTiming({
        providedDate: date(provided),
        deliveryMethod: method,
        consummationDate: date(earliest),
      }),
    );
    expect([atEarliest.passed, atEarliest.values.receivedDate, atEarliest.values.earliestConsummationDate]).toEqual([
      true,
      received,
      earliest,
    ]);
  });

  it("fails one day before the earliest consummation date", () => {
    const result = unwrap(
      checkClosingDisclosureTiming({
        providedDate: date("2026-11-25"),
        deliveryMethod: "in-person",
        consummationDate: date("2026-11-28"),
      }),
    );
    expect([result.passed, result.code]).toEqual([false, "closing_disclosure_waiting_period_not_met"]);
  });

  it("uses evidence of earlier receipt, never a later one", () => {
    const earlier = disclosureReceivedDate({
      providedDate: date("2026-11-24"),
      deliveryMethod: "electronic",
      evidencedReceiptDate: date("2026-11-24"),
    });
    const later = disclosureReceivedDate({
      providedDate: date("2026-11-24"),
      deliveryMethod: "mail",
      evidencedReceiptDate: date("2026-12-05"),
    });
    expect([unwrap(earlier), unwrap(later)]).toEqual(["2026-11-24", "2026-11-28"]);
  });

  const errors = [
    {
      name: "receipt before sending",
      input: {
        providedDate: date("2026-11-24"),
        deliveryMethod: "mail" as const,
        evidencedReceiptDate: date("2026-11-23"),
      },
      code: "invalid_receipt_date",
    },
    {
      name: "unknown method",
      input: { providedDate: date("2026-11-24"), deliveryMethod: "fax" as DisclosureDeliveryMethod },
      code: "invalid_delivery_method",
    },
    {
      name: "an impossible date",
      input: { providedDate: "2026-02-30" as ReturnType<typeof date>, deliveryMethod: "mail" as const },
      code: "invalid_date",
    },
    {
      name: "a year with no holiday data",
      input: { providedDate: date("1980-01-02"), deliveryMethod: "mail" as const },
      code: "date_out_of_range",
    },
  ];
  it.each(errors)("refuses $name with $code", ({ input, code }) => {
    const result = disclosureReceivedDate(input);
    expect(result.ok ? "" : result.error.code).toBe(code);
  });
});
