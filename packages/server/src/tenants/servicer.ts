import { z } from "@hono/zod-openapi";
import type { StatementParties } from "@lendstack/core/statements";

/** North American toll-free area codes. */
const TOLL_FREE_CODES = ["800", "833", "844", "855", "866", "877", "888"];

/**
 * The tenant as the servicer its borrowers deal with: the name printed on statements and notices, and the
 * contact information a mortgage statement must carry (a toll-free telephone number and, if it has one, an
 * email address).
 *
 * @see 12 CFR 1026.41(d)(6)
 * @example servicerContactSchema.parse({ name: "Prairie Home Loans", telephoneNumber: "8005550100" })
 */
export const servicerContactSchema = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .openapi({ description: "The servicer's name as printed on statements and notices", example: "Acme Lending" }),
    telephoneNumber: z
      .string()
      .max(10)
      .regex(/^\d{10}$/, "expected ten digits")
      .refine((digits) => TOLL_FREE_CODES.includes(digits.slice(0, 3)), {
        message: `expected a toll-free number (area code ${TOLL_FREE_CODES.join(", ")}): 12 CFR 1026.41(d)(6)`,
      })
      .openapi({ description: "Toll-free customer service number, ten digits", example: "8005550100" }),
    email: z.email().max(254).optional().openapi({ description: "Customer service email", example: "help@acme.test" }),
    mailingAddress: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: "Where borrowers write to", example: "PO Box 100, Austin TX 78701" }),
  })
  .openapi("ServicerContact");

/** @example const servicer: ServicerContact = settings.servicer!; */
export type ServicerContact = z.infer<typeof servicerContactSchema>;

/** Ten digits as printed: `1-800-555-0100`. @example printTelephone("8005550100") === "1-800-555-0100" */
export function printTelephone(digits: string): string {
  return `1-${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
}

/**
 * Who a statement or notice is from: the tenant's servicer setting; without one, the name it reports to the
 * credit bureaus under, else the tenant id (never a name of Lendstack's own), and no contact lines.
 *
 * @example const parties = documentParties(settings, "acme", "loan_…");
 */
export function documentParties(
  settings: { readonly servicer: ServicerContact | null; readonly creditReporting: { reporterName: string } | null },
  tenantId: string,
  loanReference: string,
): StatementParties {
  const servicer = settings.servicer;
  if (servicer === null) {
    return { loanReference, servicer: settings.creditReporting?.reporterName ?? tenantId };
  }
  return {
    loanReference,
    servicer: servicer.name,
    contact: {
      telephone: printTelephone(servicer.telephoneNumber),
      ...(servicer.email === undefined ? {} : { email: servicer.email }),
      ...(servicer.mailingAddress === undefined ? {} : { mailingAddress: servicer.mailingAddress }),
    },
  };
}
