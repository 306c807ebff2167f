import { parseAchFile, readAchReturns } from "@lendstack/core/payments";
import { createRouter } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource } from "../http/resource.js";
import { tenantKeysFor } from "../pii/tenant-keys.js";
import { applyChange } from "./apply-change.js";
import { applyReturn } from "./apply-return.js";
import { ingestAchReturnsRoute } from "./routes.js";
import type { ChangeOutcome, ReturnOutcome } from "./schemas.js";

/**
 * ACH returns: ingesting an ODFI's returns/NOC file and acting on each entry by core's R-code table and
 * 12 CFR 1041.8.
 *
 * @example
 * export const resources = [achReturnsResource, …];
 */
export const achReturnsResource: ApiResource = {
  tag: { name: "ACH returns", description: "Returns and notifications of change from the bank, ingested" },
  scopes: ["ach:write"],
  routes: (deps) => {
    const router = createRouter();
    router.openapi(ingestAchReturnsRoute, async (c) => {
      const parsed = parseAchFile(c.req.valid("json").file);
      if (!parsed.ok) {
        return domainProblem(c, { code: "invalid_ach_file", message: parsed.error.message, path: ["file"] });
      }
      const report = readAchReturns(parsed.value);
      const context = changeContext(c, deps);
      const returns: ReturnOutcome[] = [];
      for (const notice of report.returns) returns.push(await applyReturn(deps.db, context, notice));
      const changes: ChangeOutcome[] = [];
      if (report.changes.length > 0) {
        const keys = await tenantKeysFor(deps.db, deps.pii, context.tenantId, context.now);
        for (const notice of report.changes) changes.push(await applyChange(deps.db, context, keys, notice));
      }
      return c.json({ object: "ach_returns" as const, returns, changes }, 200);
    });
    return router;
  },
};
