import { ok } from "@lendstack/core/errors";
import { createRouter } from "../http/app-env.js";
import { dateRangeOf } from "../http/list-filters.js";
import { idOrder, listRoute } from "../http/list-route.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource } from "../http/resource.js";
import { downloadAchFileRoute, getAchFileRoute, listAchFilesDefinition } from "./routes.js";
import { findAchFile, listAchFiles } from "./store.js";
import { toAchFileBody } from "./view.js";

const notFound = (fileId: string) => ({ code: "not_found", message: `No ACH file ${fileId}.` });

/**
 * ACH files: the NACHA files the daily close built from autopay debits, to read and download.
 *
 * @example
 * export const resources = [achFilesResource, …];
 */
export const achFilesResource: ApiResource = {
  tag: { name: "ACH files", description: "NACHA files of autopay debits the daily close originated" },
  scopes: ["ach:read", "ach:write"],
  routes: (deps) => {
    const router = createRouter();
    router.openapi(getAchFileRoute, async (c) => {
      const { fileId } = c.req.valid("param");
      const row = await findAchFile(deps.db, c.get("principal").tenantId, fileId);
      if (row === undefined) return domainProblem(c, notFound(fileId), "path");
      return c.json(toAchFileBody(row), 200);
    });
    router.openapi(downloadAchFileRoute, async (c) => {
      const { fileId } = c.req.valid("param");
      const row = await findAchFile(deps.db, c.get("principal").tenantId, fileId);
      if (row === undefined) return domainProblem(c, notFound(fileId), "path");
      return c.text(row.content, 200, { "content-disposition": `attachment; filename="${row.id}.ach"` });
    });
    listRoute(router, listAchFilesDefinition, idOrder("achf"), async ({ tenantId, filters, after, take }) => {
      const rows = await listAchFiles(deps.db, tenantId, {
        businessDate: dateRangeOf(filters, "businessDate"),
        after,
        take,
      });
      return ok(rows.map(toAchFileBody));
    });
    return router;
  },
};
