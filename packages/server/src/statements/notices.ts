import { ok } from "@lendstack/core/errors";
import { noticeLayout } from "@lendstack/core/statements";
import { renderLayoutPdf } from "../generated-documents/render-pdf.js";
import type { Router } from "../http/app-env.js";
import { idOrder, listRoute, type PageOrder } from "../http/list-route.js";
import { domainProblem } from "../http/problem.js";
import type { ResourceDeps } from "../http/resource.js";
import { loanNotFound } from "../loans/load.js";
import { loansStore } from "../loans/store.js";
import { documentParties } from "../tenants/servicer.js";
import type { NoticeBody, NoticeData } from "./notice-schemas.js";
import { findNotice, listNotices } from "./notice-store.js";
import { noticeFromData, toNoticeBody } from "./notice-view.js";
import { downloadNoticeRoute, listNoticesDefinition } from "./routes.js";

/** Newest first by event id (ids sort by creation time). */
const noticeOrder: PageOrder<NoticeBody> = idOrder("evt");

/**
 * The notice routes: a loan's notices (its `notice.*` events) and each one as a PDF.
 *
 * @example registerNoticeRoutes(router, deps);
 */
export function registerNoticeRoutes(router: Router, deps: ResourceDeps): void {
  listRoute(router, listNoticesDefinition, noticeOrder, async ({ tenantId, params, after, take }) => {
    if ((await loansStore(deps.db, tenantId).find(params.loanId)) === undefined) return loanNotFound(params.loanId);
    const rows = await listNotices(deps.db, tenantId, params.loanId, { after, take });
    return ok(rows.map(toNoticeBody));
  });
  router.openapi(downloadNoticeRoute, async (c) => {
    const { loanId, noticeId } = c.req.valid("param");
    const tenantId = c.get("principal").tenantId;
    const row = await findNotice(deps.db, tenantId, loanId, noticeId);
    if (row === undefined) {
      return domainProblem(c, { code: "not_found", message: `No notice ${noticeId} on this loan.` }, "path");
    }
    const loan = await loansStore(deps.db, tenantId).find(loanId);
    const notice = noticeFromData(row.data as NoticeData);
    const parties = documentParties(c.get("tenant").settings, tenantId, loan?.externalReference ?? loanId);
    const bytes = await renderLayoutPdf(noticeLayout(notice, parties));
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="notice-${notice.noticeDate}-${row.id}.pdf"`,
    });
  });
}
