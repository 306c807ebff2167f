import { z } from "@hono/zod-openapi";

const text = (max: number, description: string, example: string) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[\x20-\x7e]+$/, "printable ASCII only (the Metro 2 character set)")
    .openapi({ description, example });
const program = (max: number, bureau: string) =>
  text(max, `The program identifier ${bureau} assigned to the furnisher`, "ABC1234567".slice(0, max)).optional();

/**
 * The tenant as a Metro 2 furnisher: what the file's header and every base segment name it by.
 *
 * @example metro2FurnisherSchema.parse({ identificationNumber: "LENDSTACK01", reporterName: "Acme Lending", reporterAddress: "1 Main St, Austin TX 78701" })
 */
export const metro2FurnisherSchema = z
  .strictObject({
    identificationNumber: text(20, "The furnisher's identification number the bureaus assigned", "LENDSTACK01"),
    reporterName: text(40, "The furnisher's name on the header record", "Acme Lending"),
    reporterAddress: text(96, "The furnisher's address on the header record", "1 Main St, Austin TX 78701"),
    reporterTelephoneNumber: z
      .string()
      .regex(/^\d{10}$/, "expected ten digits")
      .max(10)
      .optional()
      .openapi({ description: "Ten digits", example: "5125550100" }),
    cycleIdentifier: z
      .string()
      .regex(/^[A-Z0-9]{1,2}$/, "expected one or two letters or digits")
      .max(2)
      .optional()
      .openapi({ description: "The reporting cycle, when the furnisher reports in cycles", example: "01" }),
    equifaxProgramIdentifier: program(10, "Equifax"),
    experianProgramIdentifier: program(5, "Experian"),
    transUnionProgramIdentifier: program(10, "TransUnion"),
    innovisProgramIdentifier: program(10, "Innovis"),
  })
  .openapi("Metro2Furnisher");

/** @example const furnisher: Metro2Furnisher = settings.creditReporting!; */
export type Metro2Furnisher = z.infer<typeof metro2FurnisherSchema>;

/** The settings a Metro 2 file cannot be built without. */
export const REQUIRED_FURNISHER_FIELDS = ["identificationNumber", "reporterName", "reporterAddress"] as const;

/**
 * Which required furnisher settings are missing (all of them when none are set), each as its settings path.
 *
 * @example missingFurnisherFields(null) // ["creditReporting.identificationNumber", …]
 */
export function missingFurnisherFields(furnisher: Partial<Metro2Furnisher> | null): string[] {
  return REQUIRED_FURNISHER_FIELDS.filter((field) => (furnisher?.[field] ?? "") === "").map(
    (field) => `creditReporting.${field}`,
  );
}
