import { z } from "zod";
import { maxAmount } from "../money/index.js";

/** An amount band's bound: an integer of minor units, 0 to the API's ceiling (10^13). */
const amountBound = z.int().min(0).max(maxAmount);
const percentText = z
  .string()
  .max(10)
  .regex(/^\d{1,3}(\.\d{1,6})?$/, 'must be a percentage decimal string such as "16"');
const dateText = z
  .string()
  .length(10)
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD");

/**
 * Which rate a statute caps: the contract (simple interest) rate, the TILA APR, or an all-in rate.
 *
 * @example usuryRateDefinitions.includes("apr") === true
 */
export const usuryRateDefinitions = ["contract-rate", "apr", "all-in-rate"] as const;

const usuryRule = z
  .strictObject({
    id: z.string().min(1).max(100),
    /** Two-letter state code, or `*` for a federal overlay that applies everywhere. */
    state: z
      .string()
      .max(2)
      .regex(/^([A-Z]{2}|\*)$/),
    productTypes: z.array(z.string().min(1).max(50)).min(1).max(50),
    /** Absent means any lender type. */
    lenderTypes: z.array(z.string().min(1).max(50)).min(1).max(50).optional(),
    /** The rule applies to loans of at least this amount, minor units. */
    amountAtLeast: amountBound.optional(),
    /** The rule applies to loans below this amount, minor units. */
    amountBelow: amountBound.optional(),
    rateDefinition: z.enum(usuryRateDefinitions),
    maxRatePercent: percentText.optional(),
    /** True when the rule removes the state cap (e.g. DIDMCA § 501 for first-lien mortgages). */
    isExempt: z.boolean().default(false),
    effectiveFrom: dateText,
    /** Exclusive; absent means still in force. */
    effectiveUntil: dateText.optional(),
    citation: z.strictObject({ source: z.string().min(1).max(300), url: z.string().max(500).optional() }),
    note: z.string().max(1000).optional(),
  })
  .refine((rule) => rule.isExempt || rule.maxRatePercent !== undefined, {
    message: "a rule needs maxRatePercent unless it is an exemption",
    path: ["maxRatePercent"],
  });

/**
 * A configurable, versioned table of usury caps. Rules are tried in order and the first that applies
 * wins (DMN "first" hit policy), so list narrower rules (state opt-outs, licensed-lender bands) first.
 *
 * @example usuryCapTableSchema.safeParse(sampleUsuryCapTable).success === true
 */
export const usuryCapTableSchema = z.strictObject({
  version: z.string().min(1).max(50),
  isSampleData: z.boolean(),
  rules: z.array(usuryRule).max(5000),
});

/** A usury cap table as written. @example const t: UsuryCapTable = sampleUsuryCapTable; */
export type UsuryCapTable = z.input<typeof usuryCapTableSchema>;
/** One rule of a parsed usury cap table. @example type Definition = UsuryCapRule["rateDefinition"]; */
export type UsuryCapRule = z.output<typeof usuryCapTableSchema>["rules"][number];

/**
 * SAMPLE DATA, NOT LEGAL ADVICE: a handful of rules to show the table's shape. Real caps depend on
 * license, product, amount bands, fee rules and bank preemption (12 U.S.C. 85, 1831d); verify every
 * row with counsel before use.
 *
 * @example sampleUsuryCapTable.rules.map((r) => r.id)
 */
export const sampleUsuryCapTable = {
  version: "sample-2026-11",
  isSampleData: true,
  rules: [
    {
      id: "federal-didmca-first-lien",
      state: "*",
      productTypes: ["mortgage-first-lien"],
      rateDefinition: "contract-rate",
      isExempt: true,
      effectiveFrom: "1980-04-01",
      citation: { source: "12 U.S.C. 1735f-7a (DIDMCA § 501)" },
      note: "Preempts state rate limits on first-lien residential mortgages unless the state opted out; put opt-out rules first.",
    },
    {
      id: "ny-civil-usury",
      state: "NY",
      productTypes: ["consumer-closed-end", "consumer-open-end"],
      lenderTypes: ["unlicensed"],
      rateDefinition: "contract-rate",
      maxRatePercent: "16",
      effectiveFrom: "1980-01-01",
      citation: { source: "N.Y. Gen. Oblig. Law § 5-501; N.Y. Banking Law § 14-a(1)" },
    },
    {
      id: "ny-criminal-usury",
      state: "NY",
      productTypes: ["consumer-closed-end", "consumer-open-end"],
      rateDefinition: "contract-rate",
      maxRatePercent: "25",
      effectiveFrom: "1980-01-01",
      citation: { source: "N.Y. Penal Law § 190.40" },
    },
    {
      id: "ar-constitutional-cap",
      state: "AR",
      productTypes: ["consumer-closed-end"],
      rateDefinition: "contract-rate",
      maxRatePercent: "17",
      effectiveFrom: "2011-01-01",
      citation: { source: "Ark. Const. art. 19, § 13 (Amendment 89)" },
    },
    {
      id: "ca-constitutional-cap",
      state: "CA",
      productTypes: ["consumer-closed-end"],
      lenderTypes: ["unlicensed"],
      rateDefinition: "contract-rate",
      maxRatePercent: "10",
      effectiveFrom: "1979-01-01",
      citation: { source: "Cal. Const. art. XV, § 1" },
    },
  ],
} as const satisfies UsuryCapTable;
