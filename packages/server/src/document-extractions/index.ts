import { ok } from "@lendstack/core/errors";
import { builtinDocumentParser } from "../adapters/document-parsing/builtin.js";
import { inMemoryDocumentSettings } from "../documents/settings.js";
import { documentsStore } from "../documents/store.js";
import { createRouter } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { idOrder, listRoute } from "../http/list-route.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource } from "../http/resource.js";
import { extractDocumentRoute, getExtractionRoute, listDocumentExtractionsDefinition } from "./routes.js";
import { extractDocument } from "./service.js";
import { documentExtractionsStore } from "./store.js";
import { toExtractionBody } from "./view.js";

/**
 * Document extractions: a pay stub's or bank statement's fields read by the document parsing adapter (the
 * built-in offline reader unless a provider is configured), kept as history.
 *
 * @example
 * export const resources = [documentsResource, documentExtractionsResource, …];
 */
export const documentExtractionsResource: ApiResource = {
  tag: {
    name: "Document extractions",
    description: "Fields read from pay stubs and bank statements, with confidence and position",
  },
  scopes: ["documents:read", "documents:write"],
  routes: (deps) => {
    const router = createRouter();
    const extraction = {
      db: deps.db,
      documents: deps.documents ?? inMemoryDocumentSettings(),
      parser: deps.documentParser ?? builtinDocumentParser,
    };
    router.openapi(extractDocumentRoute, async (c) => {
      const { documentId } = c.req.valid("param");
      const extracted = await extractDocument(extraction, changeContext(c, deps), documentId);
      if (!extracted.ok) return domainProblem(c, extracted.error, "path");
      return c.json(toExtractionBody(extracted.value), 201);
    });
    router.openapi(getExtractionRoute, async (c) => {
      const { extractionId } = c.req.valid("param");
      const row = await documentExtractionsStore(deps.db, c.get("principal").tenantId).find(extractionId);
      if (row === undefined) {
        return domainProblem(c, { code: "extraction_not_found", message: `No extraction ${extractionId}.` });
      }
      return c.json(toExtractionBody(row), 200);
    });
    listRoute(router, listDocumentExtractionsDefinition, idOrder("dxt"), async ({ tenantId, params, after, take }) => {
      if ((await documentsStore(deps.db, tenantId).find(params.documentId)) === undefined) {
        return {
          ok: false,
          error: { code: "document_not_found", message: `No document ${params.documentId}.`, path: ["documentId"] },
        };
      }
      const rows = await documentExtractionsStore(deps.db, tenantId).listOfDocument(params.documentId, after, take);
      return ok(rows.map(toExtractionBody));
    });
    return router;
  },
};
