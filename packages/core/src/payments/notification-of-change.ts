import { fail, ok, type Result } from "../errors/index.js";
import type { AchAccountKind } from "./ach-input.js";
import { parseRoutingNumber } from "./routing-number.js";

/**
 * What a notification of change says to update on the bank account. Only the fields the C code
 * corrects are present.
 *
 * @example const change: InstrumentCorrection = { accountNumber: "12345678" };
 */
export interface InstrumentCorrection {
  readonly routingNumber?: string;
  readonly accountNumber?: string;
  readonly accountKind?: AchAccountKind;
  readonly individualId?: string;
}

/** C codes and what they correct. @example achChangeCodes.C01 === "Incorrect DFI account number" */
export const achChangeCodes: Readonly<Record<string, string>> = Object.freeze({
  C01: "Incorrect DFI account number",
  C02: "Incorrect routing number",
  C03: "Incorrect routing number and DFI account number",
  C05: "Incorrect transaction code",
  C06: "Incorrect DFI account number and transaction code",
  C07: "Incorrect routing number, DFI account number and transaction code",
  C09: "Incorrect individual identification number",
  C13: "Addenda format error",
  C14: "Incorrect SEC code for outbound international payment",
});

function kindOf(code: string): AchAccountKind | null {
  if (["22", "23", "27", "28"].includes(code)) return "checking";
  if (["32", "33", "37", "38"].includes(code)) return "savings";
  return null;
}

type Slice = readonly [key: keyof InstrumentCorrection, from: number, to: number];

/** Where each C code puts its corrected fields inside the 29-character corrected data (1-based). */
const layouts: Readonly<Record<string, ReadonlyArray<Slice>>> = {
  C01: [["accountNumber", 1, 17]],
  C02: [["routingNumber", 1, 9]],
  C03: [
    ["routingNumber", 1, 9],
    ["accountNumber", 13, 29],
  ],
  C05: [["accountKind", 1, 2]],
  C06: [
    ["accountNumber", 1, 17],
    ["accountKind", 21, 22],
  ],
  C07: [
    ["routingNumber", 1, 9],
    ["accountNumber", 10, 26],
    ["accountKind", 27, 28],
  ],
  C09: [["individualId", 1, 22]],
};

/**
 * Reads the corrected data of a NOC (addenda type 98) by its C code. Errors: `unknown_change_code`
 * (a code with no correction to apply, e.g. C13), `invalid_corrected_data` (an empty field, a bad
 * routing number, or a transaction code that is no account kind).
 *
 * @see NACHA Operating Rules, Appendix Five (Notification of Change), corrected data formats
 * @example readNotificationOfChange("C01", "987654321        ") // ok({ accountNumber: "987654321" })
 */
export function readNotificationOfChange(changeCode: string, correctedData: string): Result<InstrumentCorrection> {
  const layout = layouts[changeCode];
  if (!layout) return fail("unknown_change_code", `${changeCode} carries no instrument correction`, ["changeCode"]);
  const correction: { -readonly [K in keyof InstrumentCorrection]: string } = {};
  for (const [key, from, to] of layout) {
    const value = correctedData
      .padEnd(29, " ")
      .slice(from - 1, to)
      .trim();
    if (value === "") return fail("invalid_corrected_data", `${changeCode}: ${key} is blank`, ["correctedData"]);
    if (key === "accountKind") {
      const kind = kindOf(value);
      if (!kind) return fail("invalid_corrected_data", `${value} is not a transaction code`, ["correctedData"]);
      correction[key] = kind;
    } else correction[key] = value;
  }
  if (correction.routingNumber !== undefined) {
    const routing = parseRoutingNumber(correction.routingNumber, ["correctedData"]);
    if (!routing.ok) return fail("invalid_corrected_data", routing.error.message, ["correctedData"]);
  }
  return ok(correction as InstrumentCorrection);
}
