import { fail, ok, type Result } from "../errors/index.js";
import type { Metro2AccountState, Metro2Consumer, Metro2FileHeaderInput } from "./metro2-input.js";
import { metro2Lengths, metro2TrailerLayout, metro2TrailerStatusCodes } from "./metro2-layout.js";
import { writeMetro2Record } from "./metro2-record.js";
import { metro2AccountRecord, metro2HeaderRecord } from "./metro2-segments.js";
import { validateMetro2Account } from "./metro2-validate.js";

/** A built Metro 2 file: one record per line (header, one per account, trailer). */
export interface Metro2File {
  readonly text: string;
  readonly recordCount: number;
  /** The trailer's figures, by trailer field name (`totalBaseRecords`, `totalStatusCode71`, …). */
  readonly totals: Readonly<Record<string, number>>;
}

type Tally = Record<string, number>;

function tallyAccount(tally: Tally, state: Metro2AccountState, status: string): void {
  const add = (name: string, n = 1) => {
    tally[name] = (tally[name] ?? 0) + n;
  };
  add("totalBaseRecords");
  add(`totalStatusCode${status}`);
  const consumers: { consumer: Metro2Consumer; segment: string }[] = [{ consumer: state.primary, segment: "Base" }];
  for (const co of state.coBorrowers ?? []) consumers.push({ consumer: co, segment: co.address ? "J2" : "J1" });
  for (const { consumer, segment } of consumers) {
    if (segment !== "Base") add(`total${segment}Segments`);
    if (consumer.ecoaCode === "Z") add("totalEcoaCodeZ");
    if (consumer.socialSecurityNumber) add(`totalSocialSecurityNumbers${segment}Segments`);
    if (consumer.socialSecurityNumber) add("totalSocialSecurityNumbersAllSegments");
    if (consumer.dateOfBirth) add(`totalDatesOfBirth${segment}Segments`);
    if (consumer.dateOfBirth) add("totalDatesOfBirthAllSegments");
    if (consumer.telephoneNumber) add("totalTelephoneNumbersAllSegments");
  }
}

function emptyTally(): Tally {
  const tally: Tally = {};
  for (const field of metro2TrailerLayout)
    if (field.kind === "N" && field.name !== "recordDescriptorWord") tally[field.name] = 0;
  for (const code of metro2TrailerStatusCodes) tally[`totalStatusCode${code}`] = 0;
  return tally;
}

function validateHeader(header: Metro2FileHeaderInput): Result<true> {
  if (!/^\S.{0,19}$/.test(header.identificationNumber)) {
    return fail("invalid_field", "1-20 characters", ["header", "identificationNumber"]);
  }
  if (header.reporterTelephoneNumber !== undefined && !/^\d{10}$/.test(header.reporterTelephoneNumber)) {
    return fail("invalid_field", "ten digits", ["header", "reporterTelephoneNumber"]);
  }
  return ok(true);
}

/**
 * Builds a month's Metro 2 furnishing file (character format, variable-length records, one per
 * line): the header, one record per account (base segment + J1/J2 segments for co-borrowers), and
 * the trailer with its totals. The block count is the number of physical records, header and
 * trailer included (records are not blocked). Errors: those of `validateMetro2Account`, with the
 * account's index in the path.
 *
 * @see CDIA Credit Reporting Resource Guide (Metro 2 Format): Header, Base, J1, J2, Trailer
 * @example const file = buildMetro2File(header, [state]); if (file.ok) file.value.text;
 */
export function buildMetro2File(
  header: Metro2FileHeaderInput,
  accounts: ReadonlyArray<Metro2AccountState>,
  options: { readonly lineEnding?: "\n" | "\r\n" } = {},
): Result<Metro2File> {
  const headerCheck = validateHeader(header);
  if (!headerCheck.ok) return headerCheck;
  for (const [i, state] of accounts.entries()) {
    const valid = validateMetro2Account(state, ["accounts", i]);
    if (!valid.ok) return valid;
  }
  const lines: string[] = [metro2HeaderRecord(header)];
  const tally = emptyTally();
  for (const state of accounts) {
    const record = metro2AccountRecord(state, header.identificationNumber, header.cycleIdentifier);
    lines.push(record.text);
    tallyAccount(tally, state, record.status);
  }
  tally.blockCount = lines.length + 1;
  lines.push(
    writeMetro2Record(metro2TrailerLayout, {
      ...tally,
      recordDescriptorWord: metro2Lengths.trailer,
      recordIdentifier: "TRAILER",
    }),
  );
  const lineEnding = options.lineEnding ?? "\n";
  return ok({ text: lines.join(lineEnding) + lineEnding, recordCount: lines.length, totals: tally });
}
