import { fail, ok, type Result } from "../errors/index.js";
import { type Metro2AccountState, type Metro2Consumer, metro2ComplianceConditionCodes } from "./metro2-input.js";
import { metro2AccountStatus } from "./metro2-status.js";

type Path = ReadonlyArray<string | number>;
type Check = Result<true>;
const passed: Check = ok(true);

/** Nine digits of whole dollars: the largest amount in cents a Metro 2 money field holds. */
const maxAmountMinor = 99_999_999_999n;

function check(condition: boolean, code: string, message: string, path: Path): Check {
  return condition ? passed : fail(code, message, path);
}

function checkConsumer(consumer: Metro2Consumer, path: Path): Check {
  const checks: ReadonlyArray<Check> = [
    check(consumer.surname.trim() !== "", "invalid_field", "a surname is required", [...path, "surname"]),
    check(/^\d{9}$/.test(consumer.socialSecurityNumber ?? "000000000"), "invalid_field", "nine digits", [
      ...path,
      "socialSecurityNumber",
    ]),
    check(/^\d{10}$/.test(consumer.telephoneNumber ?? "0000000000"), "invalid_field", "ten digits", [
      ...path,
      "telephoneNumber",
    ]),
    check(
      consumer.address === undefined || /^[A-Za-z]{2}$/.test(consumer.address.state),
      "invalid_field",
      "a two-letter state",
      [...path, "address", "state"],
    ),
    check(
      consumer.address === undefined || /^\d{5}(\d{4})?$/.test(consumer.address.postalCode),
      "invalid_field",
      "five or nine digits",
      [...path, "address", "postalCode"],
    ),
  ];
  return checks.find((c) => !c.ok) ?? passed;
}

function checkAmounts(state: Metro2AccountState, path: Path): Check {
  const amounts: ReadonlyArray<readonly [string, bigint | undefined]> = [
    ["creditLimitMinor", state.creditLimitMinor],
    ["highestCreditMinor", state.highestCreditMinor],
    ["scheduledMonthlyPaymentMinor", state.scheduledMonthlyPaymentMinor],
    ["actualPaymentMinor", state.actualPaymentMinor],
    ["currentBalanceMinor", state.currentBalanceMinor < 0n ? 0n : state.currentBalanceMinor],
    ["amountPastDueMinor", state.amountPastDueMinor],
    ["originalChargeOffMinor", state.originalChargeOffMinor],
  ];
  for (const [name, value] of amounts) {
    if (value !== undefined && (value < 0n || value > maxAmountMinor)) {
      return fail("invalid_amount", `${name} must be 0 to ${maxAmountMinor} cents`, [...path, name]);
    }
  }
  return passed;
}

function checkStatusFields(state: Metro2AccountState, path: Path): Check {
  const status = metro2AccountStatus(state.standing, state.daysPastDue);
  const delinquent = status !== "11" && status !== "13" && status !== "64";
  const checks: ReadonlyArray<Check> = [
    check(
      !delinquent || state.dateOfFirstDelinquency !== undefined,
      "metro2_missing_first_delinquency",
      `status ${status} needs the date of first delinquency`,
      [...path, "dateOfFirstDelinquency"],
    ),
    check(
      !(status === "97" || status === "64") || state.originalChargeOffMinor !== undefined,
      "metro2_missing_charge_off_amount",
      `status ${status} needs the original charge-off amount`,
      [...path, "originalChargeOffMinor"],
    ),
    check(
      !(status === "13" || status === "64") || state.dateClosed !== undefined,
      "metro2_missing_date_closed",
      `status ${status} needs the date closed`,
      [...path, "dateClosed"],
    ),
  ];
  return checks.find((c) => !c.ok) ?? passed;
}

/**
 * Checks one account's month-end state before it is written. Errors carry the field's path:
 * `invalid_field`, `invalid_amount`, `metro2_missing_first_delinquency`,
 * `metro2_missing_charge_off_amount`, `metro2_missing_date_closed`.
 *
 * @example validateMetro2Account(state, ["accounts", 0]).ok
 */
export function validateMetro2Account(state: Metro2AccountState, path: Path = []): Check {
  const shape: ReadonlyArray<Check> = [
    check(/^\S.{0,29}$/.test(state.accountNumber), "invalid_field", "1-30 characters", [...path, "accountNumber"]),
    check(/^[0-9A-Z]{2}$/.test(state.accountType), "invalid_field", "two characters", [...path, "accountType"]),
    check(
      Number.isInteger(state.termsDurationMonths) && state.termsDurationMonths >= 0 && state.termsDurationMonths <= 999,
      "invalid_field",
      "0-999 months",
      [...path, "termsDurationMonths"],
    ),
    check(
      Number.isSafeInteger(state.daysPastDue) && state.daysPastDue >= 0,
      "invalid_field",
      "whole days, not negative",
      [...path, "daysPastDue"],
    ),
    check(state.paymentHistory.length <= 24, "invalid_field", "at most 24 months", [...path, "paymentHistory"]),
    check(
      state.complianceConditionCode === undefined ||
        metro2ComplianceConditionCodes.includes(state.complianceConditionCode),
      "invalid_field",
      `one of ${metro2ComplianceConditionCodes.join(", ")}`,
      [...path, "complianceConditionCode"],
    ),
  ];
  const failed = shape.find((c) => !c.ok);
  if (failed) return failed;
  const consumers = [state.primary, ...(state.coBorrowers ?? [])];
  for (const [i, consumer] of consumers.entries()) {
    const consumerCheck = checkConsumer(consumer, i === 0 ? [...path, "primary"] : [...path, "coBorrowers", i - 1]);
    if (!consumerCheck.ok) return consumerCheck;
  }
  const amounts = checkAmounts(state, path);
  return amounts.ok ? checkStatusFields(state, path) : amounts;
}
