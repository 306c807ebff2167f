import type { CreditReport, PermissiblePurpose, PullKind } from "@lendstack/core/credit-reporting";
import type { IdentityToVerify } from "../identity/index.js";

/**
 * What a pull sends the bureau: the kind (soft or hard), the FCRA § 604 purpose, the person (name, date of
 * birth, address, tax id: held in memory for the call only), who is asking (the inquirer named on a hard
 * inquiry) and the business date.
 */
export interface CreditPullRequest {
  readonly kind: PullKind;
  readonly permissiblePurpose: PermissiblePurpose;
  readonly subject: IdentityToVerify;
  readonly inquirer: string;
  /** `YYYY-MM-DD`: the report's date; a hard pull's inquiry is dated it. */
  readonly requestedOn: string;
}

/**
 * The bureau's answer: a report (normalised, with the bureau's own document as `raw`), or the file is
 * frozen (FCRA § 605A(i): the consumer must lift the security freeze first; no report, no inquiry).
 */
export type CreditPullAnswer =
  | {
      readonly outcome: "completed";
      readonly providerReference: string;
      readonly report: CreditReport;
      /** The bureau's document as received (it holds the full tax id: stored only encrypted). */
      readonly raw: string;
    }
  | { readonly outcome: "frozen"; readonly providerReference: string; readonly raw: string };

/**
 * A credit bureau: the interface every implementation (the sandbox, the HTTP provider) provides. It must
 * never log what it is given. A hard pull's report lists the inquiry the pull made, dated `requestedOn`.
 *
 * @example
 * const answer = await bureau.pull({ kind: "soft", permissiblePurpose: "credit_transaction", subject, inquirer: "Acme Lending", requestedOn: "2026-03-02" });
 */
export interface CreditBureau {
  readonly name: string;
  pull(request: CreditPullRequest): Promise<CreditPullAnswer>;
}
