/**
 * The chart-of-accounts template every loan posts to. Codes are stable identifiers that a lender
 * maps to its own general-ledger numbers; `normalBalance` says which side increases the account.
 */

/**
 * A ledger account in the loan chart of accounts.
 *
 * @example
 * const account: AccountCode = "interest_receivable";
 */
export type AccountCode =
  | "cash"
  | "principal_receivable"
  | "interest_receivable"
  | "fee_receivable"
  | "penalty_receivable"
  | "interest_income"
  | "fee_income"
  | "penalty_income"
  | "suspense_liability"
  | "allowance_for_loan_losses"
  | "charge_off_expense"
  | "recoveries_income";

/**
 * The five classic account types (an allowance is a contra-asset: an asset with a credit balance).
 *
 * @example
 * const type: AccountType = "contra-asset";
 */
export type AccountType = "asset" | "contra-asset" | "liability" | "income" | "expense";

/**
 * One account of the template.
 *
 * @example
 * const cash: AccountDefinition = { code: "cash", name: "Cash / funding bank", type: "asset", normalBalance: "debit" };
 */
export interface AccountDefinition {
  readonly code: AccountCode;
  readonly name: string;
  readonly type: AccountType;
  readonly normalBalance: "debit" | "credit";
}

/**
 * The loan chart of accounts, in statement order (assets, contra-assets, liabilities, income,
 * expense). The suspense liability holds overpayments (a credit balance owed to the borrower).
 *
 * @example
 * chartOfAccounts.find((account) => account.code === "interest_income")?.normalBalance === "credit"
 */
export const chartOfAccounts: ReadonlyArray<AccountDefinition> = [
  { code: "cash", name: "Cash / funding bank", type: "asset", normalBalance: "debit" },
  { code: "principal_receivable", name: "Loan principal receivable", type: "asset", normalBalance: "debit" },
  { code: "interest_receivable", name: "Interest receivable", type: "asset", normalBalance: "debit" },
  { code: "fee_receivable", name: "Fee receivable", type: "asset", normalBalance: "debit" },
  { code: "penalty_receivable", name: "Penalty receivable", type: "asset", normalBalance: "debit" },
  {
    code: "allowance_for_loan_losses",
    name: "Allowance for loan losses",
    type: "contra-asset",
    normalBalance: "credit",
  },
  { code: "suspense_liability", name: "Suspense / overpayment liability", type: "liability", normalBalance: "credit" },
  { code: "interest_income", name: "Interest income", type: "income", normalBalance: "credit" },
  { code: "fee_income", name: "Fee income", type: "income", normalBalance: "credit" },
  { code: "penalty_income", name: "Penalty income", type: "income", normalBalance: "credit" },
  { code: "recoveries_income", name: "Recoveries income", type: "income", normalBalance: "credit" },
  { code: "charge_off_expense", name: "Charge-off (credit loss) expense", type: "expense", normalBalance: "debit" },
];

/** All account codes in template order. @example accountCodes.includes("cash") */
export const accountCodes: ReadonlyArray<AccountCode> = chartOfAccounts.map((account) => account.code);

/**
 * Whether the books recognize income when earned (`accrual`: interest receivable grows daily and is
 * booked to income) or when cash arrives (`cash`: income is credited from the payment itself).
 *
 * @example
 * const basis: AccountingBasis = "accrual";
 */
export type AccountingBasis = "accrual" | "cash";
