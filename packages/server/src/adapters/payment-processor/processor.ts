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

/** The instrument as the processor knows it: by its own reference (never an account number). */
export interface ProcessorInstrument {
  readonly processorReference: string;
}

/**
 * Micro-deposits sent to a bank account (Stripe's and Plaid's "amounts" verification): two deposits of 1 to 99
 * cents each, which the account holder reads off their statement and confirms.
 */
export interface MicroDepositsSent {
  readonly count: 2;
  readonly currency: "USD";
}

/** A one-off card charge, by the processor's token. The idempotency key makes a retried charge the same charge. */
export interface CardChargeRequest {
  readonly processorToken: string;
  /** Minor units of `currency`. */
  readonly amountMinor: bigint;
  readonly currency: string;
  /** The processor's idempotency key: the same key answers the same charge, never a second one. */
  readonly idempotencyKey: string;
}

/** What the processor answered a charge: succeeded with its charge id, or declined with a decline code. */
export type CardChargeResult =
  | { readonly status: "succeeded"; readonly chargeId: string }
  | {
      readonly status: "declined";
      readonly chargeId: string;
      /** Stripe's decline codes: `generic_decline`, `insufficient_funds`, … */
      readonly declineCode: string;
    };

/** A refund of (part of) a succeeded charge. */
export interface ChargeRefundRequest {
  readonly chargeId: string;
  /** Minor units. */
  readonly amountMinor: bigint;
  readonly currency: string;
  readonly idempotencyKey: string;
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
  /** Sends the two micro-deposits to a bank account the processor answered `micro_deposits_pending` for. */
  sendMicroDeposits(instrument: ProcessorInstrument): Promise<MicroDepositsSent>;
  /** Whether `amountsMinor` are the two deposits sent to the account, in either order. */
  confirmMicroDeposits(instrument: ProcessorInstrument, amountsMinor: ReadonlyArray<number>): Promise<boolean>;
  /**
   * Test processors only (the sandbox): the deposits' amounts, so a tester can confirm them through the API
   * (`microDeposits.sandboxAmounts`). A live processor does not have it and nothing reveals the amounts.
   */
  readonly testMicroDepositAmounts?: ((instrument: ProcessorInstrument) => readonly [number, number]) | undefined;
  /** Charges a card by its token: succeeded (with the charge id) or declined (with a decline code). */
  chargeCard(charge: CardChargeRequest): Promise<CardChargeResult>;
  /** Refunds (part of) a succeeded charge: the processor's refund id. */
  refundCharge(refund: ChargeRefundRequest): Promise<{ readonly refundId: string }>;
}
