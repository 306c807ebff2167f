import { z } from "zod";
import type { IssueSink } from "./issues.js";
import type { productTypes } from "./vocabulary.js";

/**
 * Metro 2 portfolio types (base segment field 8): C line of credit, I installment, M mortgage, O open,
 * R revolving.
 *
 * @example const type: Metro2PortfolioType = "M";
 */
export const metro2PortfolioTypes = ["C", "I", "M", "O", "R"] as const;
/** @example const type: Metro2PortfolioType = "I"; */
export type Metro2PortfolioType = (typeof metro2PortfolioTypes)[number];

/**
 * The Metro 2 account types (base segment field 9) a lender of closed-end credit reports, each with the
 * portfolio types it may be reported under.
 *
 * @see CDIA Credit Reporting Resource Guide, "Account Type Codes" (the code table pairs each code with its portfolio types)
 */
export const metro2AccountTypes = {
  "00": { description: "Auto", portfolioTypes: ["I"] },
  "01": { description: "Unsecured", portfolioTypes: ["I"] },
  "02": { description: "Secured", portfolioTypes: ["I"] },
  "03": { description: "Partially secured", portfolioTypes: ["I"] },
  "04": { description: "Home improvement", portfolioTypes: ["I"] },
  "05": { description: "FHA home improvement", portfolioTypes: ["I"] },
  "06": { description: "Installment sales contract", portfolioTypes: ["I"] },
  "08": { description: "Real estate, specific type unknown", portfolioTypes: ["M"] },
  "0F": { description: "Construction loan", portfolioTypes: ["I", "M"] },
  "10": { description: "Business loan, personally guaranteed", portfolioTypes: ["I"] },
  "11": { description: "Recreational merchandise", portfolioTypes: ["I"] },
  "12": { description: "Education", portfolioTypes: ["I"] },
  "13": { description: "Lease", portfolioTypes: ["I"] },
  "15": { description: "Check credit or line of credit", portfolioTypes: ["C"] },
  "17": { description: "Manufactured housing", portfolioTypes: ["I", "M"] },
  "18": { description: "Credit card", portfolioTypes: ["R"] },
  "19": { description: "FHA real estate mortgage", portfolioTypes: ["M"] },
  "20": { description: "Note loan", portfolioTypes: ["I"] },
  "25": { description: "VA real estate mortgage", portfolioTypes: ["M"] },
  "26": { description: "Conventional real estate mortgage", portfolioTypes: ["M"] },
  "2C": { description: "FmHA real estate mortgage", portfolioTypes: ["M"] },
  "3A": { description: "Auto lease", portfolioTypes: ["I"] },
  "47": { description: "Credit line secured", portfolioTypes: ["C"] },
  "5A": { description: "Real estate, junior liens and non-purchase money first", portfolioTypes: ["I", "M"] },
  "5B": { description: "Second mortgage", portfolioTypes: ["I", "M"] },
  "6D": { description: "Home equity", portfolioTypes: ["I", "M"] },
  "89": { description: "Home equity line of credit", portfolioTypes: ["C"] },
  "90": { description: "Medical debt", portfolioTypes: ["O"] },
  "91": { description: "Debt consolidation", portfolioTypes: ["I"] },
} as const satisfies Record<
  string,
  { readonly description: string; readonly portfolioTypes: ReadonlyArray<Metro2PortfolioType> }
>;
/** @example const code: Metro2AccountType = "26"; */
export type Metro2AccountType = keyof typeof metro2AccountTypes;
const accountTypeCodes = Object.keys(metro2AccountTypes) as [Metro2AccountType, ...Metro2AccountType[]];

/** A product's Metro 2 classification, both codes known. @example { portfolioType: "M", accountType: "26" } */
export interface Metro2Classification {
  readonly portfolioType: Metro2PortfolioType;
  readonly accountType: Metro2AccountType;
}

type ProductType = (typeof productTypes)[number];
/** What a product of each kind reports when it sets no classification (no `productType`: unsecured installment). */
const defaultsByProductType: Readonly<Record<ProductType | "unset", Metro2Classification>> = {
  mortgage: { portfolioType: "M", accountType: "26" },
  auto: { portfolioType: "I", accountType: "00" },
  personal: { portfolioType: "I", accountType: "01" },
  student: { portfolioType: "I", accountType: "12" },
  "point-of-sale": { portfolioType: "I", accountType: "06" },
  other: { portfolioType: "I", accountType: "01" },
  unset: { portfolioType: "I", accountType: "01" },
};

/** The product's `creditReporting` section: either code may be left to the default of its `productType`. */
export const creditReportingSchema = z
  .strictObject({
    portfolioType: z
      .enum(metro2PortfolioTypes)
      .optional()
      .describe("Metro 2 portfolio type: C line of credit, I installment, M mortgage, O open, R revolving"),
    accountType: z
      .enum(accountTypeCodes)
      .optional()
      .describe("Metro 2 account type code, e.g. 00 auto, 01 unsecured, 12 education, 26 conventional mortgage"),
  })
  .describe(
    "How the product's loans are reported to the credit bureaus (Metro 2 base segment fields 8 and 9); an omitted " +
      "code takes the default of `productType`: mortgage M/26, auto I/00, personal I/01, student I/12, " +
      "point-of-sale I/06, other or none I/01",
  );

/** The product fields the classification depends on. */
export interface ClassifiedProduct {
  readonly productType?: ProductType | undefined;
  readonly creditReporting?: z.output<typeof creditReportingSchema> | undefined;
}

/**
 * The portfolio and account type a product's loans are reported under: the product's own codes, each
 * missing one from its `productType`'s default. A portfolio type given without an account type keeps the
 * default account type only when the table allows the pair, else the first account type that does.
 *
 * @example metro2ClassificationOf({ productType: "mortgage" }) // { portfolioType: "M", accountType: "26" }
 */
export function metro2ClassificationOf(product: ClassifiedProduct): Metro2Classification {
  const fallback = defaultsByProductType[product.productType ?? "unset"];
  const given = product.creditReporting ?? {};
  const accountType = given.accountType ?? defaultAccountTypeFor(given.portfolioType, fallback);
  const portfolioType = given.portfolioType ?? defaultPortfolioTypeFor(accountType, fallback);
  return { portfolioType, accountType };
}

function defaultAccountTypeFor(portfolio: Metro2PortfolioType | undefined, fallback: Metro2Classification) {
  if (portfolio === undefined || allows(fallback.accountType, portfolio)) return fallback.accountType;
  return accountTypeCodes.find((code) => allows(code, portfolio)) ?? fallback.accountType;
}

function defaultPortfolioTypeFor(accountType: Metro2AccountType, fallback: Metro2Classification) {
  const allowed: ReadonlyArray<Metro2PortfolioType> = metro2AccountTypes[accountType].portfolioTypes;
  return allowed.includes(fallback.portfolioType) ? fallback.portfolioType : (allowed[0] ?? fallback.portfolioType);
}

function allows(accountType: Metro2AccountType, portfolio: Metro2PortfolioType): boolean {
  return (metro2AccountTypes[accountType].portfolioTypes as ReadonlyArray<Metro2PortfolioType>).includes(portfolio);
}

/**
 * Cross-field rule: the account type must be one the portfolio type may carry (`unsupported_combination`
 * at `creditReporting.accountType`), e.g. 26 conventional mortgage only under M.
 */
export function checkMetro2Classification(product: ClassifiedProduct, report: IssueSink): void {
  if (product.creditReporting === undefined) return;
  const { portfolioType, accountType } = metro2ClassificationOf(product);
  if (allows(accountType, portfolioType)) return;
  const allowed = metro2AccountTypes[accountType].portfolioTypes.join(", ");
  report(
    ["creditReporting", "accountType"],
    "unsupported_combination",
    `Metro 2 account type ${accountType} (${metro2AccountTypes[accountType].description}) is reported under ` +
      `portfolio type ${allowed}, not ${portfolioType}`,
  );
}
