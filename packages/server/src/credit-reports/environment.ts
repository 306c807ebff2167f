import { z } from "zod";
import { type CreditBureau, httpCreditBureau, sandboxCreditBureau } from "../adapters/credit-bureau/index.js";

/**
 * The credit bureau the server pulls from (`CREDIT_BUREAU`: `sandbox`, the deterministic one, or `http`, the
 * HTTP provider at `CREDIT_BUREAU_URL` with `CREDIT_BUREAU_API_KEY`) and how long a report is reused
 * (`CREDIT_REPORT_REUSE_DAYS`, 0 to 365, default 30).
 *
 * @example
 * const { reuseDays } = loadConfig().creditReports;
 */
export interface CreditReportsConfig {
  readonly bureau: "sandbox" | "http";
  readonly url: string | undefined;
  readonly apiKey: string | undefined;
  readonly reuseDays: number;
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

/** The environment variables of {@link CreditReportsConfig}, merged into the server's environment schema. */
export const creditReportsEnvironment = {
  CREDIT_BUREAU: z.enum(["sandbox", "http"]).default("sandbox"),
  CREDIT_BUREAU_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  CREDIT_BUREAU_API_KEY: optionalText,
  CREDIT_REPORT_REUSE_DAYS: z.coerce.number().int().min(0).max(365).default(30),
};

type CreditReportsEnvironment = z.infer<z.ZodObject<typeof creditReportsEnvironment>>;

/** The settings, or the reason they do not hold together. @example creditReportsConfigOf(env) */
export function creditReportsConfigOf(env: CreditReportsEnvironment): CreditReportsConfig | string {
  if (env.CREDIT_BUREAU === "http" && env.CREDIT_BUREAU_URL === undefined) {
    return "CREDIT_BUREAU_URL: required when CREDIT_BUREAU=http";
  }
  return {
    bureau: env.CREDIT_BUREAU,
    url: env.CREDIT_BUREAU_URL,
    apiKey: env.CREDIT_BUREAU_API_KEY,
    reuseDays: env.CREDIT_REPORT_REUSE_DAYS,
  };
}

/** The configured bureau. @example createApp({ …, creditBureau: creditBureauOf(config.creditReports) }) */
export function creditBureauOf(config: CreditReportsConfig): CreditBureau {
  if (config.bureau === "sandbox" || config.url === undefined) return sandboxCreditBureau;
  return httpCreditBureau({ baseUrl: config.url, apiKey: config.apiKey });
}
