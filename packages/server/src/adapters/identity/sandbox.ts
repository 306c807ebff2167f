import { createHash } from "node:crypto";
import type { IdentityOutcome, IdentityVerifier } from "./verifier.js";

/**
 * The sandbox's documented test inputs, by the tax id's last four digits (like Stripe's test cards). Any
 * other tax id is `review` with `identity_not_found`: the sandbox knows only these people. Listed in the
 * server README and the CHANGELOG.
 */
export const SANDBOX_IDENTITY_OUTCOMES: Readonly<
  Record<string, { readonly outcome: IdentityOutcome; readonly reasonCodes: ReadonlyArray<string> }>
> = {
  "0001": { outcome: "pass", reasonCodes: [] },
  "0002": { outcome: "fail", reasonCodes: ["date_of_birth_mismatch"] },
  "0003": { outcome: "review", reasonCodes: ["address_unverified"] },
};

const UNKNOWN = { outcome: "review" as const, reasonCodes: ["identity_not_found"] };

/**
 * The deterministic sandbox identity verifier: no network, the same answer for the same person every time,
 * decided by the tax id's last four digits (`SANDBOX_IDENTITY_OUTCOMES`).
 *
 * @example
 * (await sandboxIdentityVerifier.verify({ …, taxIdDigits: "123450002" })).outcome; // "fail"
 */
export const sandboxIdentityVerifier: IdentityVerifier = {
  name: "sandbox",
  async verify(subject) {
    const known = SANDBOX_IDENTITY_OUTCOMES[subject.taxIdDigits.slice(-4)] ?? UNKNOWN;
    const digest = createHash("sha256")
      .update(`${subject.taxIdDigits}:${subject.dateOfBirth}:${subject.name.last}`)
      .digest("hex");
    return {
      outcome: known.outcome,
      reasonCodes: [...known.reasonCodes],
      providerReference: `sbi_${digest.slice(0, 24)}`,
    };
  },
};
