import { achFilesResource } from "./ach-files/index.js";
import { achReturnsResource } from "./ach-returns/index.js";
import { applicationsResource } from "./applications/index.js";
import { auditRecordsResource } from "./audit-records/index.js";
import { autopayResource } from "./autopay/index.js";
import { cardPaymentsResource } from "./card-payments/index.js";
import { closeRunsResource } from "./close-runs/index.js";
import { collectionsResource } from "./collections/index.js";
import { conditionsResource } from "./conditions/index.js";
import { creditReportingResource } from "./credit-reporting/index.js";
import { creditReportsResource } from "./credit-reports/index.js";
import { decisionsResource } from "./decisions/index.js";
import { documentExtractionsResource } from "./document-extractions/index.js";
import { documentsResource } from "./documents/index.js";
import { envelopesResource } from "./envelopes/index.js";
import { eventsResource } from "./events/index.js";
import type { ApiResource } from "./http/resource.js";
import { identityChecksResource } from "./identity-checks/index.js";
import { importsResource } from "./imports/index.js";
import { loansResource } from "./loans/index.js";
import { partiesResource } from "./parties/index.js";
import { paymentInstrumentsResource } from "./payment-instruments/index.js";
import { productsResource } from "./products/index.js";
import { quotesResource } from "./quotes/index.js";
import { reportsResource } from "./reports/index.js";
import { ruleSetsResource } from "./rule-sets/index.js";
import { screeningsResource } from "./screenings/index.js";
import { servicemembersResource } from "./servicemembers/index.js";
import { settingsResource } from "./settings/index.js";
import { statementsResource } from "./statements/index.js";
import { tasksResource } from "./tasks/index.js";
import { webhookEndpointsResource } from "./webhook-endpoints/index.js";
import { workflowsResource } from "./workflows/index.js";

/**
 * Every API resource, in the order their tags appear in the OpenAPI document. To add one, create
 * `<resource>/index.ts` exporting an `ApiResource` and add it here.
 */
export const resources: ReadonlyArray<ApiResource> = [
  productsResource,
  quotesResource,
  ruleSetsResource,
  decisionsResource,
  partiesResource,
  identityChecksResource,
  screeningsResource,
  creditReportsResource,
  paymentInstrumentsResource,
  applicationsResource,
  conditionsResource,
  documentsResource,
  documentExtractionsResource,
  envelopesResource,
  workflowsResource,
  tasksResource,
  loansResource,
  importsResource,
  autopayResource,
  cardPaymentsResource,
  collectionsResource,
  servicemembersResource,
  statementsResource,
  achFilesResource,
  achReturnsResource,
  creditReportingResource,
  reportsResource,
  auditRecordsResource,
  eventsResource,
  webhookEndpointsResource,
  settingsResource,
  closeRunsResource,
];

/**
 * Every scope some operation checks (what an "all scopes" development token carries).
 *
 * @example
 * allScopes(); // ["products:read", "products:write"]
 */
export function allScopes(): string[] {
  return [...new Set(resources.flatMap((resource) => resource.scopes))].sort();
}
