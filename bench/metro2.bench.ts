/**
 * Credit reporting: `metro2.core.100k` writes the month-end Metro 2 file for 100,000 loans from their
 * month-end states; baseline: the same base segments as plain padded concatenation with no validation,
 * no layout table and no trailer. `metro2.month.100k` (issue 12, goal < 10 s) is the month as the server
 * runs it after loading: 100,000 loans mapped by `metro2AccountFromLoan` (each its replayed month-end state,
 * 24 month-end snapshots, consumer, dispute code), checked, then built into one file; baseline: building the
 * file from the already mapped accounts. The replays themselves (four loan shapes here, reused) and the
 * database reads are not in it.
 */
import { addDays, date } from "../packages/core/src/calendar/index.js";
import {
  buildMetro2File,
  type Metro2AccountState,
  type Metro2FileHeaderInput,
  type Metro2HistoryMonth,
  metro2AccountFromLoan,
  validateMetro2Account,
} from "../packages/core/src/credit-reporting/index.js";
import { InvariantError, unwrap } from "../packages/core/src/errors/index.js";
import { monthInputs } from "./fixtures/metro2-loans.js";
import { microsecondsPerCall, type Suite, timeResult } from "./harness.js";

function makeRandom(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % n;
  };
}

const header: Metro2FileHeaderInput = {
  identificationNumber: "LENDSTACK01",
  activityDate: date("2026-11-30"),
  dateCreated: date("2026-12-01"),
  reporterName: "Lendstack Demo Lending",
  reporterAddress: "1 Main St, Austin TX 78701",
};

const random = makeRandom(11);
const accounts: Metro2AccountState[] = Array.from({ length: 100_000 }, (_, i) => {
  const daysPastDue = random(10) < 8 ? 0 : random(200);
  const history: Metro2HistoryMonth[] = Array.from({ length: 24 }, () => ({
    kind: "reported",
    daysPastDue: random(10) < 9 ? 0 : random(120),
  }));
  return {
    accountNumber: `LN-${i}`,
    portfolioType: "I",
    accountType: "01",
    dateOpened: addDays(date("2023-01-01"), random(1000)),
    dateOfAccountInformation: date("2026-11-30"),
    highestCreditMinor: BigInt(100_000 + random(4_900_000)),
    termsDurationMonths: 36,
    termsFrequency: "M",
    scheduledMonthlyPaymentMinor: BigInt(5_000 + random(150_000)),
    actualPaymentMinor: BigInt(random(150_000)),
    standing: "open",
    daysPastDue,
    paymentHistory: history,
    currentBalanceMinor: BigInt(random(4_000_000)),
    amountPastDueMinor: daysPastDue > 0 ? BigInt(random(300_000)) : 0n,
    ...(daysPastDue >= 30 ? { dateOfFirstDelinquency: date("2026-09-15") } : {}),
    primary: {
      surname: `Borrower${i}`,
      firstName: "Pat",
      socialSecurityNumber: String(100_000_000 + random(800_000_000)),
      dateOfBirth: addDays(date("1960-01-01"), random(15_000)),
      ecoaCode: "1",
      address: { line1: `${i} Main St`, city: "Austin", state: "TX", postalCode: "78701" },
    },
  };
});

function concatenateOnly(): number {
  let bytes = 0;
  for (const a of accounts) {
    const line =
      `0426 ${"".padStart(15, "0")}LENDSTACK01${" ".repeat(9)}  ${a.accountNumber.padEnd(30)}I01` +
      `${a.dateOpened}${(a.highestCreditMinor / 100n).toString().padStart(9, "0")}`.padEnd(426);
    bytes += line.length;
  }
  return bytes;
}

const suite: Suite = {
  name: "metro2",
  run() {
    const file = unwrap(buildMetro2File(header, accounts));
    if (file.recordCount !== accounts.length + 2) throw new InvariantError("wrong record count");
    const buildUs = microsecondsPerCall(() => buildMetro2File(header, accounts), { samples: 5, sampleMs: 1 });
    const baselineUs = microsecondsPerCall(concatenateOnly, { samples: 5, sampleMs: 1 });
    const month = monthInputs(100_000);
    const mapAndBuild = () => {
      const mapped: Metro2AccountState[] = [];
      for (const input of month) {
        const result = metro2AccountFromLoan(input);
        if (result.kind === "account" && validateMetro2Account(result.account).ok) mapped.push(result.account);
      }
      return buildMetro2File(header, mapped);
    };
    const mapped = month.flatMap((input) => {
      const result = metro2AccountFromLoan(input);
      return result.kind === "account" ? [result.account] : [];
    });
    if (mapped.length !== month.length) throw new InvariantError("a synthetic loan was skipped");
    const monthUs = microsecondsPerCall(mapAndBuild, { samples: 3, sampleMs: 1 });
    const buildOnlyUs = microsecondsPerCall(() => buildMetro2File(header, mapped), { samples: 3, sampleMs: 1 });
    return [
      timeResult(
        "metro2.month.100k",
        monthUs,
        buildOnlyUs,
        `100,000 loans mapped from month-end states and snapshots, checked and built, ${(monthUs / 1e6).toFixed(2)} s ` +
          "(goal < 10 s; replays and database reads not included); baseline builds the mapped accounts only",
      ),
      timeResult(
        "metro2.core.100k",
        buildUs,
        baselineUs,
        `buildMetro2File, 100,000 month-end states (no co-borrowers), ${(buildUs / 1e6).toFixed(2)} s; ` +
          "the issue's metro2.month.100k (< 10 s) adds the server's snapshot mapping; baseline pads base lines only",
      ),
    ];
  },
};
export default suite;
