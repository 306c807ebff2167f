/** What an identity verification (CIP) concludes. */
export type IdentityOutcome = "pass" | "fail" | "review";

/**
 * The person to verify, as the Customer Identification Program collects them (31 CFR 1020.220): name,
 * date of birth, address and tax id. Held in memory only, for the call.
 */
export interface IdentityToVerify {
  readonly name: { readonly first: string; readonly middle?: string | undefined; readonly last: string };
  /** `YYYY-MM-DD`. */
  readonly dateOfBirth: string;
  readonly address: {
    readonly line1: string;
    readonly city: string;
    readonly region?: string | undefined;
    readonly postalCode?: string | undefined;
    readonly country: string;
  };
  /** The nine digits. */
  readonly taxIdDigits: string;
}

/** The provider's answer: the outcome, why (stable snake_case reason codes) and its own reference. */
export interface IdentityVerification {
  readonly outcome: IdentityOutcome;
  readonly reasonCodes: ReadonlyArray<string>;
  readonly providerReference: string;
}

/**
 * An identity verification provider: the interface every implementation, the sandbox included, provides.
 * It must never log what it is given.
 *
 * @example
 * const verification = await verifier.verify({ name, dateOfBirth, address, taxIdDigits });
 */
export interface IdentityVerifier {
  readonly name: string;
  verify(subject: IdentityToVerify): Promise<IdentityVerification>;
}
