/**
 * What a return counts toward in NACHA's return-rate thresholds: unauthorized (R05, R07, R10,
 * R11, R29, R51; 0.5 %), administrative (R02, R03, R04; 3 %), insufficient funds, or other.
 *
 * @example const category: AchReturnCategory = "unauthorized";
 */
export type AchReturnCategory = "insufficient-funds" | "administrative" | "unauthorized" | "other";

/**
 * What Lendstack does when a debit comes back with an R code. Every return reverses the payment
 * it returns; the rest depends on the code.
 *
 * @example const rule: AchReturnRule = achReturnRules.R01;
 */
export interface AchReturnRule {
  readonly code: string;
  readonly description: string;
  readonly category: AchReturnCategory;
  /** Charge the product's NSF fee with the reversal. */
  readonly chargesNsfFee: boolean;
  /** How many times the entry may be re-presented (R01/R09: 2, per the NACHA Rules; otherwise 0). */
  readonly maxRepresentments: 0 | 2;
  /** Stop using the bank account (it is closed, wrong, frozen, or the debit was unauthorized). */
  readonly disablesInstrument: boolean;
  /** Cancel the loan's autopay enrollment. */
  readonly disablesAutopay: boolean;
}

type Row = readonly [
  description: string,
  category: AchReturnCategory,
  fee: boolean,
  retries: 0 | 2,
  instrument: boolean,
  autopay: boolean,
];

/**
 * The one table: R code -> description, category, NSF fee, re-presentments, disable instrument,
 * disable autopay.
 *
 * @see NACHA Operating Rules, Appendix Four (Return Entries), Subsection 2.12.4 (reinitiation)
 */
const rows: Readonly<Record<string, Row>> = {
  R01: ["Insufficient funds", "insufficient-funds", true, 2, false, false],
  R02: ["Account closed", "administrative", false, 0, true, true],
  R03: ["No account / unable to locate account", "administrative", false, 0, true, true],
  R04: ["Invalid account number structure", "administrative", false, 0, true, true],
  R05: ["Unauthorized debit to consumer account using corporate SEC code", "unauthorized", false, 0, true, true],
  R06: ["Returned per ODFI's request", "other", false, 0, false, false],
  R07: ["Authorization revoked by customer", "unauthorized", false, 0, true, true],
  R08: ["Payment stopped", "other", false, 0, false, true],
  R09: ["Uncollected funds", "insufficient-funds", true, 2, false, false],
  R10: ["Customer advises unauthorized, improper, ineligible or incomplete", "unauthorized", false, 0, true, true],
  R11: [
    "Customer advises entry not in accordance with the terms of the authorization",
    "unauthorized",
    false,
    0,
    false,
    true,
  ],
  R12: ["Account sold to another DFI", "other", false, 0, true, true],
  R13: ["Invalid ACH routing number", "other", false, 0, true, true],
  R14: ["Representative payee deceased", "other", false, 0, true, true],
  R15: ["Beneficiary or account holder deceased", "other", false, 0, true, true],
  R16: ["Account frozen / entry returned per OFAC instruction", "other", false, 0, true, true],
  R17: ["File record edit criteria / questionable transaction", "other", false, 0, false, false],
  R20: ["Non-transaction account", "other", false, 0, true, true],
  R21: ["Invalid company identification", "other", false, 0, false, false],
  R22: ["Invalid individual ID number", "other", false, 0, false, false],
  R23: ["Credit entry refused by receiver", "other", false, 0, false, false],
  R24: ["Duplicate entry", "other", false, 0, false, false],
  R29: ["Corporate customer advises not authorized", "unauthorized", false, 0, true, true],
  R31: ["Permissible return entry (CCD and CTX only)", "other", false, 0, false, false],
  R33: ["Return of XCK entry", "other", false, 0, false, false],
  R37: ["Source document presented for payment", "other", false, 0, false, false],
  R51: ["Item related to RCK entry is ineligible or improper", "unauthorized", false, 0, true, true],
};

/** @example achReturnRules.R02.disablesInstrument === true */
export const achReturnRules: Readonly<Record<string, AchReturnRule>> = Object.freeze(
  Object.fromEntries(
    Object.entries(rows).map(([code, [description, category, fee, retries, instrument, autopay]]) => [
      code,
      Object.freeze({
        code,
        description,
        category,
        chargesNsfFee: fee,
        maxRepresentments: retries,
        disablesInstrument: instrument,
        disablesAutopay: autopay,
      }),
    ]),
  ),
);

/**
 * The rule for an R code; an unknown code reverses the payment and nothing more (`isKnown: false`
 * asks for a person to look at it).
 *
 * @example achReturnRule("R01").maxRepresentments === 2
 */
export function achReturnRule(code: string): AchReturnRule & { readonly isKnown: boolean } {
  const rule = achReturnRules[code];
  if (rule) return { ...rule, isKnown: true };
  return {
    code,
    description: "Unknown return reason",
    category: "other",
    chargesNsfFee: false,
    maxRepresentments: 0,
    disablesInstrument: false,
    disablesAutopay: false,
    isKnown: false,
  };
}

/**
 * The actions for one return of a debit: always reverse; charge the NSF fee, re-present, disable
 * per the table. `representmentsSoFar` counts earlier re-presentments of the same original entry:
 * NACHA allows at most two after the original's return.
 *
 * @see NACHA Operating Rules, Subsection 2.12.4 (reinitiation of returned entries)
 * @example decideAchReturn("R01", 2).represent === false
 */
export function decideAchReturn(
  code: string,
  representmentsSoFar: number,
): {
  readonly rule: AchReturnRule & { readonly isKnown: boolean };
  readonly reverse: true;
  readonly chargeNsfFee: boolean;
  readonly represent: boolean;
  readonly disableInstrument: boolean;
  readonly disableAutopay: boolean;
} {
  const rule = achReturnRule(code);
  return {
    rule,
    reverse: true,
    chargeNsfFee: rule.chargesNsfFee,
    represent: representmentsSoFar < rule.maxRepresentments,
    disableInstrument: rule.disablesInstrument,
    disableAutopay: rule.disablesAutopay,
  };
}
