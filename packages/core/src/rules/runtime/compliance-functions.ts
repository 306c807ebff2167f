import type { LocalDate } from "../../calendar/index.js";
import {
  type Citation,
  type ComplianceCheckResult,
  type CreditorBusinessDays,
  checkGeneralQmPriceThreshold,
  checkHigherPricedMortgageLoan,
  checkMilitaryAnnualPercentageRate,
  checkStateUsuryCap,
  creditorClosedOnFederalHolidays,
  higherPricedMortgageLoanThresholds,
  loanEstimateDeadline,
  militaryLendingActCap,
  tridTimingRules,
  type UsuryCapTable,
} from "../../compliance/index.js";
import { dec, formatDecimal, normalize } from "../../money/index.js";
import type { Value, ValueType } from "../language/ast.js";
import { compareExact, type ExactNumber, subtractExact, toDecimal } from "./runtime-values.js";

/**
 * The compliance data a rule set's functions use, fixed at compile time: the usury cap table (from
 * the document's `compliance.usuryTable`, or `compileRuleSet`'s options), what `usuryCapOk` answers
 * when no rule covers a loan, and the creditor's general business days for TRID.
 *
 * @example const env: ComplianceEnvironment = { usuryTable: sampleUsuryCapTable, usuryWhenNoRule: "fail" };
 */
export interface ComplianceEnvironment {
  readonly usuryTable?: UsuryCapTable;
  readonly usuryWhenNoRule?: "pass" | "fail";
  /** Absent: open Monday to Friday, closed on the observed U.S. federal holidays. */
  readonly creditorBusinessDays?: CreditorBusinessDays;
}

/**
 * A compliance check as it fired in a rule: the function called, the check's stable code and
 * citation, and the values it used. `passed` is null when an argument was null or invalid (the
 * function then returned null).
 *
 * @example
 * { function: "mlaWithinCap", check: "mla_mapr", code: "mla_mapr_exceeds_cap", passed: false, citation: { source: "32 CFR 232.4(b); 10 U.S.C. 987(b)" }, values: { maprPercent: "36.01" } }
 */
export interface FiredComplianceCheck {
  readonly function: string;
  readonly check: string;
  readonly code: string;
  readonly passed: boolean | null;
  readonly citation: Citation;
  readonly values: Readonly<Record<string, string>>;
}

/**
 * One entry of the function table: its signature (checked like the built-ins), a compiled
 * implementation, and `explain`, which runs the compliance library's own check for the trace and
 * for the test oracle.
 */
export interface ComplianceFunction {
  readonly name: string;
  readonly parameters: ReadonlyArray<ValueType>;
  /** Parameters from this index on may be left out. */
  readonly required: number;
  readonly returns: ValueType;
  readonly check: string;
  readonly needsUsuryTable: boolean;
  /** The compiled implementation; arguments are never null here. */
  readonly evaluate: (args: ReadonlyArray<Value>, env: ComplianceEnvironment) => Value;
  /** The library check (null when it refuses the arguments), and the function's value from it. */
  readonly explain: (args: ReadonlyArray<Value>, env: ComplianceEnvironment) => ComplianceCheckResult | null;
  readonly valueOf: (result: ComplianceCheckResult) => Value;
}

/** A percentage argument as the decimal string compliance/ takes ("36.01"). */
function percent(value: Value): string {
  return formatDecimal(normalize(toDecimal(value as ExactNumber)));
}

/** A minor-units argument as a bigint; null when it has a fraction. */
function minor(value: Value): bigint | null {
  if (typeof value === "number") return BigInt(value);
  const normal = normalize(toDecimal(value as ExactNumber));
  return normal.scale === 0 ? normal.units : null;
}

function resultOf(result: { ok: true; value: ComplianceCheckResult } | { ok: false }): ComplianceCheckResult | null {
  return result.ok ? result.value : null;
}

const mlaCap = dec(militaryLendingActCap.maxMaprPercent);
const hpmlThreshold = {
  first: dec(higherPricedMortgageLoanThresholds.firstLien),
  jumbo: dec(higherPricedMortgageLoanThresholds.firstLienJumbo),
  subordinate: dec(higherPricedMortgageLoanThresholds.subordinateLien),
};

const mlaWithinCap: ComplianceFunction = {
  name: "mlaWithinCap",
  parameters: ["number", "boolean"],
  required: 2,
  returns: "boolean",
  check: "mla_mapr",
  needsUsuryTable: false,
  evaluate: ([mapr, covered]) => covered === false || compareExact(mapr as ExactNumber, mlaCap) <= 0,
  explain: ([mapr, covered]) =>
    resultOf(checkMilitaryAnnualPercentageRate({ maprPercent: percent(mapr!), isCoveredBorrower: covered === true })),
  valueOf: (result) => result.passed,
};

function explainQm(args: ReadonlyArray<Value>): ComplianceCheckResult | null {
  const [apr, apor, lien, amount, thresholdDate, manufactured] = args;
  const loanAmountMinor = minor(amount!);
  if (loanAmountMinor === null || (lien !== "first" && lien !== "subordinate")) return null;
  return resultOf(
    checkGeneralQmPriceThreshold({
      aprPercent: percent(apr!),
      averagePrimeOfferRatePercent: percent(apor!),
      lienStatus: lien,
      loanAmountMinor,
      thresholdDate: thresholdDate as LocalDate,
      isManufacturedHome: manufactured === true,
    }),
  );
}

const qmPriceWithinThreshold: ComplianceFunction = {
  name: "qmPriceWithinThreshold",
  parameters: ["number", "number", "string", "number", "date", "boolean"],
  required: 5,
  returns: "boolean",
  check: "general_qm_price",
  needsUsuryTable: false,
  evaluate: (args) => explainQm(args)?.passed ?? null,
  explain: explainQm,
  valueOf: (result) => result.passed,
};

const hpml: ComplianceFunction = {
  name: "hpml",
  parameters: ["number", "number", "string", "boolean"],
  required: 4,
  returns: "boolean",
  check: "higher_priced_mortgage_loan",
  needsUsuryTable: false,
  evaluate: ([apr, apor, lien, jumbo]) => {
    const threshold =
      lien === "subordinate"
        ? hpmlThreshold.subordinate
        : lien !== "first"
          ? undefined
          : jumbo === true
            ? hpmlThreshold.jumbo
            : hpmlThreshold.first;
    if (threshold === undefined) return null;
    return compareExact(subtractExact(apr as ExactNumber, apor as ExactNumber), threshold) >= 0;
  },
  explain: ([apr, apor, lien, jumbo]) => {
    if (lien !== "first" && lien !== "subordinate") return null;
    return resultOf(
      checkHigherPricedMortgageLoan({
        aprPercent: percent(apr!),
        averagePrimeOfferRatePercent: percent(apor!),
        lienStatus: lien,
        isAboveConformingLimit: jumbo === true,
      }),
    );
  },
  valueOf: (result) => !result.passed,
};

function explainUsury(args: ReadonlyArray<Value>, env: ComplianceEnvironment): ComplianceCheckResult | null {
  const [state, productType, lenderType, amount, asOf, contractRate, apr] = args;
  const loanAmountMinor = minor(amount!);
  if (loanAmountMinor === null || env.usuryTable === undefined) return null;
  const rates = {
    contractRatePercent: percent(contractRate!),
    ...(apr === undefined || apr === null ? {} : { aprPercent: percent(apr) }),
  };
  return resultOf(
    checkStateUsuryCap(
      {
        state: state as string,
        productType: productType as string,
        lenderType: lenderType as string,
        loanAmountMinor,
        asOf: asOf as LocalDate,
        rates,
        whenNoRule: env.usuryWhenNoRule ?? "fail",
      },
      env.usuryTable,
    ),
  );
}

const usuryCapOk: ComplianceFunction = {
  name: "usuryCapOk",
  parameters: ["string", "string", "string", "number", "date", "number", "number"],
  required: 6,
  returns: "boolean",
  check: "state_usury",
  needsUsuryTable: true,
  evaluate: (args, env) => explainUsury(args, env)?.passed ?? null,
  explain: explainUsury,
  valueOf: (result) => result.passed,
};

function creditorDays(env: ComplianceEnvironment, applicationDate: LocalDate): CreditorBusinessDays {
  if (env.creditorBusinessDays !== undefined) return env.creditorBusinessDays;
  const year = Number(applicationDate.slice(0, 4));
  return creditorClosedOnFederalHolidays(year, year + 1);
}

function explainTrid(args: ReadonlyArray<Value>, env: ComplianceEnvironment): ComplianceCheckResult | null {
  const applicationDate = args[0] as LocalDate;
  const year = Number(applicationDate.slice(0, 4));
  if (env.creditorBusinessDays === undefined && (year < 1986 || year > 9997)) return null;
  const deadline = loanEstimateDeadline(applicationDate, creditorDays(env, applicationDate));
  if (!deadline.ok) return null;
  return {
    check: "trid_loan_estimate_deadline",
    passed: true,
    code: "loan_estimate_deadline",
    message: `the Loan Estimate must be delivered or mailed by ${deadline.value}`,
    values: { applicationDate, deliveryDeadline: deadline.value },
    citation: tridTimingRules.citations.loanEstimateDelivery,
  };
}

const tridLoanEstimateDeadline: ComplianceFunction = {
  name: "tridLoanEstimateDeadline",
  parameters: ["date"],
  required: 1,
  returns: "date",
  check: "trid_loan_estimate_deadline",
  needsUsuryTable: false,
  evaluate: (args, env) => explainTrid(args, env)?.values.deliveryDeadline ?? null,
  explain: explainTrid,
  valueOf: (result) => result.values.deliveryDeadline ?? null,
};

/**
 * The compliance checks a rule set can call, by name. Percentages are `number` (a decimal fact or
 * literal, e.g. `36.01` means 36.01%), amounts are `number` in USD minor units (a whole number),
 * dates are `date`, lien status and state/product/lender codes are `string`. Every function
 * returns null when an argument is null or refused by the check (an unknown lien status, a year
 * with no threshold table, a rate the matched usury rule needs but was not given), so a rule
 * written on it does not fire. Booleans answer the question in the name:
 *
 * - `mlaWithinCap(maprPercent, isCoveredBorrower)`: MAPR ≤ 36% or not covered (32 CFR 232.4(b)).
 * - `qmPriceWithinThreshold(aprPercent, aporPercent, lienStatus, loanAmountMinor, thresholdDate[, isManufacturedHome])`:
 *   APR − APOR below the year's General QM threshold (12 CFR 1026.43(e)(2)(vi)).
 * - `hpml(aprPercent, aporPercent, lienStatus, isAboveConformingLimit)`: the loan IS a higher-priced
 *   mortgage loan, APR − APOR ≥ 1.5 / 2.5 / 3.5 (12 CFR 1026.35(a)(1)).
 * - `usuryCapOk(state, productType, lenderType, loanAmountMinor, asOf, contractRatePercent[, aprPercent])`:
 *   within the first applicable cap of the rule set's usury table (each rule cites its statute).
 * - `tridLoanEstimateDeadline(applicationDate)`: a date, the 3rd general business day after
 *   application (12 CFR 1026.19(e)(1)(iii)(A)).
 *
 * @example complianceFunctions.get("mlaWithinCap")?.check === "mla_mapr"
 */
export const complianceFunctions: ReadonlyMap<string, ComplianceFunction> = new Map(
  [mlaWithinCap, qmPriceWithinThreshold, hpml, usuryCapOk, tridLoanEstimateDeadline].map((fn) => [fn.name, fn]),
);

/**
 * Runs the library check behind a call for the trace: the check's code, pass/fail and citation.
 *
 * @example explainComplianceCall(complianceFunctions.get("mlaWithinCap")!, [dec("36.01"), true], {})
 */
export function explainComplianceCall(
  fn: ComplianceFunction,
  args: ReadonlyArray<Value>,
  env: ComplianceEnvironment,
): FiredComplianceCheck {
  const result = args.slice(0, fn.required).includes(null) ? null : fn.explain(args, env);
  if (result === null) {
    return {
      function: fn.name,
      check: fn.check,
      code: "check_not_evaluated",
      passed: null,
      citation: { source: "not evaluated: an argument was null or refused by the check" },
      values: {},
    };
  }
  const { check, code, passed, citation, values } = result;
  return { function: fn.name, check, code, passed, citation, values };
}
