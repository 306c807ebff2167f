import { createRoute, z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { reportWindow } from "../credit-reports/latest.js";
import { documentSchema } from "../documents/schemas.js";
import type { DocumentSettings } from "../documents/settings.js";
import { documentsStore } from "../documents/store.js";
import { toDocumentBody } from "../documents/view.js";
import type { Router } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { idSchema } from "../http/id-schema.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { domainProblem } from "../http/problem.js";
import type { ResourceDeps } from "../http/resource.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import { GENERATED_TEMPLATES, generateDocument } from "./service.js";

/** `POST /v1/applications/{applicationId}/generated-documents` body (registered as `DocumentGeneration`). */
export const documentGenerationSchema = z
  .strictObject({
    template: z.enum(GENERATED_TEMPLATES).openapi({
      description:
        "tila_disclosure: the Regulation Z § 1026.18 disclosure of the accepted offer; loan_agreement: its loan agreement and promissory note; adverse_action_notice: the Regulation B notice of a declined application",
    }),
  })
  .openapi("DocumentGeneration");

const applicationPathSchema = z.object({ applicationId: idSchema("app", { param: "applicationId" }) });

/** `POST /v1/applications/{applicationId}/generated-documents` (generateApplicationDocument). */
export const generateApplicationDocumentRoute = createRoute({
  method: "post",
  path: "/v1/applications/{applicationId}/generated-documents",
  operationId: "generateApplicationDocument",
  summary: "Generate a document of an application (PDF)",
  description: [
    "Renders a template to PDF and stores it as a document of the application, with the template's name as its `type`; a later generation of the same template supersedes the earlier one (kept in `versions`).",
    "`tila_disclosure` and `loan_agreement` print the accepted offer quoted again exactly as `POST /v1/quotes` would (APR, finance charge, amount financed, total of payments, every scheduled payment) for the closing's funding date, else the date the offer was priced for; no accepted offer is 409 `offer_not_accepted`, a product naming no creditor (`origination.adverseAction.creditor`) 422 `creditor_not_configured`. Money prints in the offer's currency with its own minor units (`$15,000.00`, `€15,000.00`, `¥1,500,000`, `KWD 1,500.000`); `tila_disclosure` is a US federal form in dollars, so an offer in another currency is 422 `tila_disclosure_not_applicable` (its `loan_agreement` states the same figures).",
    "`adverse_action_notice` prints the notice of `GET …/adverse-action-notice` (409 `application_not_declined`, 422 `adverse_action_not_configured`).",
    "The PDF's creation date is the tenant's business date and nothing else varies, so the same data on the same business date gives the same bytes and SHA-256.",
  ].join(" "),
  tags: ["Documents"],
  security: [{ bearerAuth: [] }],
  middleware: requireScope("documents:write"),
  request: {
    headers: optionalIdempotencyKey,
    params: applicationPathSchema,
    body: { required: true, content: { "application/json": { schema: documentGenerationSchema } } },
  },
  responses: {
    201: { description: "The stored document", content: { "application/json": { schema: documentSchema } } },
    ...problemResponses(404, 409, ...BODY_PROBLEMS),
  },
});

/**
 * Registers the generation route on the documents router (it stores into the same document storage).
 *
 * @example registerGeneratedDocuments(router, deps, settings);
 */
export function registerGeneratedDocuments(router: Router, deps: ResourceDeps, settings: DocumentSettings): void {
  router.openapi(generateApplicationDocumentRoute, async (c) => {
    const { applicationId } = c.req.valid("param");
    const { template } = c.req.valid("json");
    const generated = await generateDocument(
      deps.db,
      changeContext(c, deps),
      settings,
      applicationId,
      template,
      reportWindow(deps),
    );
    if (!generated.ok) return domainProblem(c, generated.error);
    const tenantId = c.get("principal").tenantId;
    const row = generated.value;
    const earlier = row.supersedesId === null ? [] : await documentsStore(deps.db, tenantId).lineage(row.lineageId);
    const history = { earlier: earlier.filter((version) => version.version < row.version), supersededBy: null };
    return c.json(toDocumentBody(row, history), 201);
  });
}
