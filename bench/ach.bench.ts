/**
 * ACH origination: `ach.file.10k` builds a NACHA file of 10,000 debit entries (validation, ABA check
 * digits, 94-character records, controls, trace numbers, 9-padding) — goal < 200 ms — against a
 * baseline that only concatenates the same 10,000 entry lines, padded, with no validation or controls.
 */
import { date } from "../packages/core/src/calendar/index.js";
import { InvariantError, unwrap } from "../packages/core/src/errors/index.js";
import {
  type AchEntryInput,
  type AchFileInput,
  abaCheckDigit,
  buildAchFile,
  checkAchControls,
  parseAchFile,
} from "../packages/core/src/payments/index.js";
import { microsecondsPerCall, type Suite, timeResult } from "./harness.js";

/** A deterministic book (LCG, so every run measures the same entries). */
function makeRandom(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % n;
  };
}

const random = makeRandom(7);
const entries: AchEntryInput[] = Array.from({ length: 10_000 }, (_, i) => {
  const eight = `0${String(10_000_000 + random(2_000_000)).slice(1)}`;
  return {
    direction: "debit",
    accountKind: random(5) === 0 ? "savings" : "checking",
    routingNumber: eight + String(abaCheckDigit(eight)),
    accountNumber: String(100_000 + random(900_000_000)),
    amountMinor: BigInt(5_000 + random(200_000)),
    individualId: `loan_${i}`,
    individualName: `Borrower ${i}`,
    discretionaryData: "R",
  };
});

const input: AchFileInput = {
  immediateDestination: "021000021",
  immediateDestinationName: "JPMorgan Chase",
  immediateOrigin: "1234567890",
  immediateOriginName: "Lendstack Demo",
  creationDate: date("2026-12-03"),
  creationTime: "2200",
  fileIdModifier: "A",
  batches: [
    {
      companyName: "Lendstack Demo",
      companyId: "1234567890",
      secCode: "WEB",
      entryDescription: "LOAN PMT",
      effectiveEntryDate: date("2026-12-04"),
      originatingDfi: "02100002",
      entries,
    },
  ],
};

/** Baseline: the entry lines alone, padded and joined; no validation, no controls, no trace bookkeeping. */
function concatenateOnly(): string {
  const lines: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    lines.push(
      `627${e.routingNumber}${e.accountNumber.padEnd(17)}${e.amountMinor.toString().padStart(10, "0")}` +
        `${e.individualId.padEnd(15)}${e.individualName.padEnd(22)}R 0${String(i).padStart(15, "0")}`,
    );
  }
  return lines.join("\n");
}

const suite: Suite = {
  name: "ach",
  run() {
    const built = unwrap(buildAchFile(input));
    const problems = checkAchControls(unwrap(parseAchFile(built.text)));
    if (problems.length > 0) throw new InvariantError(`controls do not match: ${problems[0]?.message}`);
    const buildUs = microsecondsPerCall(() => buildAchFile(input), { samples: 15, sampleMs: 200 });
    const baselineUs = microsecondsPerCall(concatenateOnly, { samples: 15, sampleMs: 200 });
    return [
      timeResult(
        "ach.file.10k",
        buildUs,
        baselineUs,
        `buildAchFile, 10,000 WEB debits, ${built.recordCount} records; goal < 200 ms (${(buildUs / 1000).toFixed(1)} ms); ` +
          "baseline concatenates the entry lines only",
      ),
    ];
  },
};
export default suite;
