import { Readable } from "node:stream";
import { ok, type Result } from "@lendstack/core/errors";
import type { Context } from "hono";
import { memoryDocumentStorage } from "../adapters/document-storage/index.js";
import { clearConditionsByDocument } from "../conditions/by-document.js";
import type { DocumentRow } from "../db/schema/index.js";
import { registerGeneratedDocuments } from "../generated-documents/routes.js";
import { type AppEnv, createRouter, type Router } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { idOrder, listRoute } from "../http/list-route.js";
import { domainProblem, problemResponse } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import { contentDisposition } from "./file-name.js";
import * as routes from "./routes.js";
import { documentJsonUploadSchema } from "./schemas.js";
import { reviewDocument } from "./service.js";
import { DEFAULT_DOCUMENT_CONTENT_TYPES, DEFAULT_DOCUMENT_MAX_BYTES, type DocumentSettings } from "./settings.js";
import { documentsStore } from "./store.js";
import { receiveMultipart, recordReceived, uploadJson } from "./upload.js";
import { toDocumentBody } from "./view.js";

export { DEFAULT_DOCUMENT_CONTENT_TYPES, DEFAULT_DOCUMENT_MAX_BYTES, type DocumentSettings } from "./settings.js";

/** A row as returned by a get: with its earlier versions and its successor. */
async function withHistory(deps: ResourceDeps, tenantId: string, row: DocumentRow) {
  const lineage = await documentsStore(deps.db, tenantId).lineage(row.lineageId);
  const successor = lineage.find((version) => version.supersedesId === row.id);
  return toDocumentBody(row, {
    earlier: lineage.filter((version) => version.version < row.version),
    supersededBy: successor?.id ?? null,
  });
}

function registerUpload(router: Router, deps: ResourceDeps, settings: DocumentSettings) {
  router.openAPIRegistry.register("DocumentJsonUpload", documentJsonUploadSchema);
  router.openapi(routes.uploadDocumentRoute, async (c) => {
    const mediaType = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    if (mediaType !== "multipart/form-data" && mediaType !== "application/json") {
      return problemResponse(c, {
        code: "unsupported_media_type",
        detail: "Send the document as multipart/form-data (streamed) or application/json (base64 content).",
      });
    }
    const respond = async (row: DocumentRow) => c.json(await withHistory(deps, c.get("principal").tenantId, row), 201);
    if (mediaType === "multipart/form-data") {
      const received = await receiveMultipart(c, deps, settings);
      if (received.ok === "response") return received.response as never;
      if (!received.ok) return domainProblem(c, received.error);
      return (await recordReceived(c, deps, settings, received.value, respond)) as never;
    }
    const outcome = await uploadJson(c, deps, settings);
    if (outcome.ok === "response") return outcome.response as never;
    if (!outcome.ok) return domainProblem(c, outcome.error);
    return respond(outcome.value);
  });
}

function registerReads(router: Router, deps: ResourceDeps, settings: DocumentSettings) {
  router.openapi(routes.getDocumentRoute, async (c) => {
    const { documentId } = c.req.valid("param");
    const tenantId = c.get("principal").tenantId;
    const row = await documentsStore(deps.db, tenantId).find(documentId);
    if (row === undefined)
      return domainProblem(c, { code: "document_not_found", message: `No document ${documentId}.` });
    return c.json(await withHistory(deps, tenantId, row), 200);
  });
  router.openapi(routes.downloadDocumentRoute, async (c) => {
    const { documentId } = c.req.valid("param");
    const row = await documentsStore(deps.db, c.get("principal").tenantId).find(documentId);
    if (row === undefined)
      return domainProblem(c, { code: "document_not_found", message: `No document ${documentId}.` });
    const object = await settings.storage.get(row.storageKey);
    if (object === undefined)
      throw new Error(`document ${row.id}: no object ${row.storageKey} in ${settings.storage.kind} storage`);
    return new Response(Readable.toWeb(object.body) as ReadableStream<Uint8Array>, {
      status: 200,
      headers: {
        "content-type": row.contentType,
        "content-length": String(object.size),
        "content-disposition": contentDisposition(row.fileName),
        etag: `"${row.sha256}"`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      },
    }) as never;
  });
  listRoute(router, routes.listDocumentsDefinition, idOrder("doc"), async ({ tenantId, filters, after, take }) => {
    const ownerIds = [filters.partyId, filters.applicationId, filters.loanId].filter((id) => id !== undefined);
    const rows = await documentsStore(deps.db, tenantId).list({
      ownerIds,
      type: filters.type,
      status: filters.status,
      after,
      take,
    });
    const successors = new Map(rows.flatMap((row) => (row.supersedesId === null ? [] : [[row.supersedesId, row.id]])));
    return ok(rows.map((row) => toDocumentBody(row, { earlier: [], supersededBy: successors.get(row.id) ?? null })));
  });
}

function registerReviews(router: Router, deps: ResourceDeps) {
  const answer = async (c: Context<AppEnv>, result: Result<DocumentRow>) =>
    result.ok
      ? c.json(await withHistory(deps, c.get("principal").tenantId, result.value), 200)
      : domainProblem(c, result.error);
  router.openapi(routes.acceptDocumentRoute, async (c) => {
    const { documentId } = c.req.valid("param");
    const context = changeContext(c, deps);
    const accepted = await reviewDocument(deps.db, context, documentId, { verdict: "accepted" });
    if (!accepted.ok) return domainProblem(c, accepted.error);
    const body = await withHistory(deps, context.tenantId, accepted.value);
    await c.get("recordEvent")({
      type: "document.accepted",
      resourceType: "document",
      resourceId: documentId,
      data: body,
    });
    await clearConditionsByDocument(deps.db, context, accepted.value);
    return c.json(body, 200);
  });
  router.openapi(routes.rejectDocumentRoute, async (c) => {
    const { documentId } = c.req.valid("param");
    const { reason } = c.req.valid("json");
    const review = { verdict: "rejected" as const, reason };
    return answer(c, await reviewDocument(deps.db, changeContext(c, deps), documentId, review));
  });
}

function documentRoutes(deps: ResourceDeps): Router {
  const settings: DocumentSettings = deps.documents ?? {
    storage: memoryDocumentStorage(),
    maxBytes: DEFAULT_DOCUMENT_MAX_BYTES,
    contentTypes: DEFAULT_DOCUMENT_CONTENT_TYPES,
  };
  const router = createRouter();
  registerUpload(router, deps, settings);
  registerReads(router, deps, settings);
  registerReviews(router, deps);
  registerGeneratedDocuments(router, deps, settings);
  return router;
}

/**
 * Documents of parties, applications and loans: streamed uploads checked by their bytes, versions, downloads
 * and a reviewer's accept or reject. Bytes live in the document storage adapter (local folder or S3).
 *
 * @example
 * export const resources = [partiesResource, documentsResource, …];
 */
export const documentsResource: ApiResource = {
  tag: { name: "Documents", description: "Uploaded documents: streamed uploads, versions, downloads and review" },
  scopes: ["documents:read", "documents:write", "documents:review"],
  routes: documentRoutes,
};
