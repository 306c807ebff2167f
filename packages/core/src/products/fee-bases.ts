import { feesSchema } from "./schema.js";
import type { FeeBase } from "./vocabulary.js";

/** A fee a product may charge: a key of the product's `fees`. @example const name: FeeName = "late"; */
export type FeeName = keyof typeof feesSchema.shape;

/**
 * Every fee the product schema knows, read from the schema's keys, so a fee added to the schema is
 * validated without anyone remembering to list it.
 *
 * @example feeNames.includes("nsf") === true
 */
export const feeNames = Object.keys(feesSchema.shape) as ReadonlyArray<FeeName>;

/**
 * The bases a percent fee may be taken of, per fee: the one table product validation and servicing
 * both read (servicing can honor exactly these). A new fee in the schema fails to compile until it
 * has a row here.
 *
 * @example feeBasesByFee.late // ["installment", "overdue-amount"]
 */
export const feeBasesByFee = {
  origination: ["principal"],
  late: ["installment", "overdue-amount"],
  nsf: ["installment"],
  prepayment: ["prepaid-amount", "outstanding-principal"],
} as const satisfies Readonly<Record<FeeName, ReadonlyArray<FeeBase>>>;
