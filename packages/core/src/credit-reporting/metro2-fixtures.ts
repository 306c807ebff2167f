/** Test fixtures: a month-end state and a file header (not part of the public surface). */
import { date } from "../calendar/index.js";
import type { Metro2AccountState, Metro2FileHeaderInput, Metro2HistoryMonth } from "./metro2-input.js";

export const header: Metro2FileHeaderInput = {
  identificationNumber: "LENDSTACK01",
  equifaxProgramIdentifier: "EQ12345",
  activityDate: date("2026-11-30"),
  dateCreated: date("2026-12-01"),
  reporterName: "Lendstack Demo Lending",
  reporterAddress: "1 Main St, Austin TX 78701",
  reporterTelephoneNumber: "5125550100",
};

const current: Metro2HistoryMonth = { kind: "reported", daysPastDue: 0 };

/** 45 days past due at month end (status 71); the month before it was 15 days late, then 21 current months. */
export const delinquent: Metro2AccountState = {
  accountNumber: "LN-000123",
  portfolioType: "I",
  accountType: "01",
  dateOpened: date("2024-12-15"),
  dateOfAccountInformation: date("2026-11-30"),
  highestCreditMinor: 500_000n,
  termsDurationMonths: 36,
  termsFrequency: "M",
  scheduledMonthlyPaymentMinor: 16_607n,
  actualPaymentMinor: 0n,
  standing: "open",
  daysPastDue: 45,
  paymentHistory: [
    { kind: "reported", daysPastDue: 15 },
    ...Array<Metro2HistoryMonth>(21).fill(current),
    { kind: "before-open" },
  ],
  currentBalanceMinor: 345_678n,
  amountPastDueMinor: 33_214n,
  dateOfFirstDelinquency: date("2026-10-15"),
  dateOfLastPayment: date("2026-09-15"),
  interestTypeIndicator: "F",
  primary: {
    surname: "Doe",
    firstName: "Jane",
    socialSecurityNumber: "123456789",
    dateOfBirth: date("1990-05-01"),
    telephoneNumber: "5125550199",
    ecoaCode: "2",
    address: { line1: "12 Elm St", city: "Austin", state: "TX", postalCode: "78702" },
  },
  coBorrowers: [
    { surname: "Doe", firstName: "John", socialSecurityNumber: "987654321", ecoaCode: "2" },
    {
      surname: "Roe",
      firstName: "Rita",
      ecoaCode: "5",
      dateOfBirth: date("1960-02-29"),
      address: { line1: "9 Oak Ave", city: "Dallas", state: "TX", postalCode: "752010001" },
    },
  ],
};
