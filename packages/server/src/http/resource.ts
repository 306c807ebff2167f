import type { OpenAPIHono } from "@hono/zod-openapi";
import type { CreditBureau } from "../adapters/credit-bureau/index.js";
import type { DocumentParser } from "../adapters/document-parsing/index.js";
import type { ESignatureProvider } from "../adapters/e-signature/index.js";
import type { IdentityVerifier } from "../adapters/identity/index.js";
import type { PaymentProcessor } from "../adapters/payment-processor/index.js";
import type { Db } from "../db/database.js";
import type { DocumentSettings } from "../documents/settings.js";
import type { IdGenerator } from "../ids.js";
import type { LoanChangeGroups } from "../loans/group-commit.js";
import type { MasterKeyring } from "../pii/master-keys.js";
import type { WebhookUrlPolicy } from "../webhook-endpoints/url-policy.js";
import type { AppEnv } from "./app-env.js";
import type { FaultHook } from "./faults.js";

/**
 * What resource handlers may use: the database handle (`db`, drizzle), the clock and the id generator.
 *
 * @example
 * const routes = productsResource.routes({ db: database.db, clock: () => new Date(), ids });
 */
export interface ResourceDeps {
  readonly db: Db;
  /** Group commit of payments (`LENDSTACK_GROUP_COMMIT=on`, `loans/group-commit.ts`); each in its own transaction when unset. */
  readonly loanChanges?: LoanChangeGroups | undefined;
  readonly clock: () => Date;
  readonly ids: IdGenerator;
  /** Test-only fault injection (see `FaultStep`); unset in production. */
  readonly faults?: FaultHook | undefined;
  /** Which webhook URLs endpoints may have; https to public addresses when unset. */
  readonly webhookUrlPolicy?: WebhookUrlPolicy | undefined;
  /** The master keys that wrap each tenant's PII keys. */
  readonly pii: MasterKeyring;
  /** The payment processor (ACH, cards); the deterministic sandbox when unset. */
  readonly paymentProcessor?: PaymentProcessor | undefined;
  /** Document storage and upload limits; in-memory storage with the default limits when unset. */
  readonly documents?: DocumentSettings | undefined;
  /** Sanctions screening's hit threshold (0.5 to 1); `DEFAULT_SANCTIONS_MATCH_THRESHOLD` when unset. */
  readonly sanctionsMatchThreshold?: number | undefined;
  /** The address clients use (`PUBLIC_URL`); signing links are built on it, else on the request's origin. */
  readonly publicUrl?: string | undefined;
  /** The identity verification (CIP) provider; the deterministic sandbox when unset. */
  readonly identityVerifier?: IdentityVerifier | undefined;
  /** The credit bureau; the deterministic sandbox when unset. */
  readonly creditBureau?: CreditBureau | undefined;
  /** Days a completed credit report is reused instead of pulled again (`CREDIT_REPORT_REUSE_DAYS`); 30 when unset. */
  readonly creditReportReuseDays?: number | undefined;
  /** The document parser extractions use; the built-in offline one when unset. */
  readonly documentParser?: DocumentParser | undefined;
  /** The server-wide default e-signature provider (`E_SIGNATURE_PROVIDER`); Lendstack's own signing when unset. */
  readonly eSignatureProvider?: ESignatureProvider | undefined;
  /** Other external e-signature providers a tenant may choose in its settings (`eSignatureProvider` is one too). */
  readonly eSignatureProviders?: ReadonlyArray<ESignatureProvider> | undefined;
  /** Reading an open external envelope asks its provider at most once per this many seconds; 60 when unset. */
  readonly eSignatureStatusRefreshSeconds?: number | undefined;
}

/**
 * One API resource (`<resource>/index.ts` exports one). Adding a resource is that folder plus one
 * line in `resources.ts`.
 *
 * @example
 * export const productsResource: ApiResource = {
 *   tag: { name: "Products", description: "Loan products and their versions" },
 *   scopes: ["products:read", "products:write"],
 *   routes: (deps) => productRoutes(deps),
 * };
 */
export interface ApiResource {
  /** The OpenAPI tag its operations carry. */
  readonly tag: { readonly name: string; readonly description: string };
  /** Scopes its operations check; a development token for "all scopes" gets these. */
  readonly scopes: ReadonlyArray<string>;
  /** Builds its router (paths are absolute, e.g. `/v1/products`), made with `createRouter()`. */
  readonly routes: (deps: ResourceDeps) => OpenAPIHono<AppEnv>;
}
