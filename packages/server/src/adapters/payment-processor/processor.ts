/** What a processor says of a bank account or card it was asked to verify. */
export type VerificationStatus = "unverified" | "micro_deposits_pending" | "verified" | "failed";

/** A bank account as the processor is asked to verify it (the account number in the clear, in memory only). */
export interface BankAccountToVerify {
  readonly routingNumber: string;
  readonly accountNumber: string;
  readonly accountType: "checking" | "savings";
  readonly holderName: string;
}

/** The processor's answer for an instrument: its status and its own reference. */
export interface InstrumentVerification {
  readonly verificationStatus: VerificationStatus;
  readonly processorReference: string;
}

/** What the processor knows of a card token. */
export interface CardVerification extends InstrumentVerification {
  readonly brand: string | null;
  readonly lastFour: string | null;
}

/**
 * What happens to an ACH debit sent to this account: it settles, is returned with an R code some business
 * days after its effective entry date, or settles with a notification of change (C code and corrected value).
 */
export type AchDebitOutcome =
  | { readonly kind: "settles" }
  | { readonly kind: "returned"; readonly returnCode: string; readonly afterBusinessDays: number }
  | { readonly kind: "changed"; readonly changeCode: string; readonly correctedData: string };

/**
 * A payment processor (ACH origination, card charges, status): the interface every implementation, the
 * sandbox included, provides. Calls are deterministic for the sandbox so tests and demos run offline.
 *
 * @example
 * const verification = await processor.verifyBankAccount({ routingNumber, accountNumber, accountType, holderName });
 */
export interface PaymentProcessor {
  readonly name: string;
  verifyBankAccount(account: BankAccountToVerify): Promise<InstrumentVerification>;
  verifyCardToken(token: string): Promise<CardVerification>;
  /** What a debit to this account will come to (the sandbox decides it from the account number). */
  achDebitOutcome(account: { readonly routingNumber: string; readonly accountNumber: string }): AchDebitOutcome;
}
