import { addDays, type LocalDate } from "@lendstack/core/calendar";
import { count, eq } from "drizzle-orm";
import { events } from "../db/schema/index.js";
import {
  chosenProviderName,
  type ESignatureProviders,
  eSignatureProvidersOf,
  isAvailable,
} from "../envelopes/providers.js";
import { createRouter } from "../http/app-env.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import { closeDay } from "../jobs/close-day/close-day.js";
import { businessDateOf } from "../tenants/business-date.js";
import { saveTenantSettings, type TenantContext } from "../tenants/store.js";
import { advanceTestClockRoute, getSettingsRoute, updateSettingsRoute } from "./routes.js";

/** The longest a single advance may span (ten years of daily closes). */
const MAX_ADVANCE_DAYS = 3660;

function settingsBody(tenant: TenantContext, providers: ESignatureProviders) {
  return {
    object: "settings" as const,
    ...tenant.settings,
    holidays: [...tenant.settings.holidays],
    businessDate: tenant.businessDate,
    eSignatureProvider: chosenProviderName(providers, tenant.settings.eSignatureProvider),
  };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function settingsRoutes(deps: ResourceDeps) {
  const router = createRouter();
  const { db } = deps;
  const providers = eSignatureProvidersOf(deps);
  router.openapi(getSettingsRoute, (c) => c.json(settingsBody(c.get("tenant"), providers), 200));
  router.openapi(updateSettingsRoute, async (c) => {
    const now = deps.clock();
    const change = c.req.valid("json");
    const chosen = change.eSignatureProvider;
    if (chosen !== undefined && chosen !== null && !isAvailable(providers, chosen)) {
      const message = `The e-signature provider ${chosen} is not configured on this server.`;
      return domainProblem(c, { code: "e_signature_provider_unavailable", message, path: ["eSignatureProvider"] });
    }
    const settings = await saveTenantSettings(db, c.get("principal").tenantId, change, now);
    return c.json(settingsBody({ settings, businessDate: businessDateOf(now, settings) }, providers), 200);
  });
  router.openapi(advanceTestClockRoute, async (c) => {
    const tenantId = c.get("principal").tenantId;
    const { settings, businessDate: from } = c.get("tenant");
    const { to } = c.req.valid("json");
    if (!settings.sandbox) {
      return domainProblem(c, { code: "not_a_sandbox", message: "only a sandbox tenant has a test clock" });
    }
    const span = daysBetween(from, to);
    if (span <= 0 || span > MAX_ADVANCE_DAYS) {
      return domainProblem(c, {
        code: "invalid_test_clock_date",
        message: `to must be after the business date ${from} and at most ${MAX_ADVANCE_DAYS} days later`,
      });
    }
    const eventsBefore = await countEvents(deps, tenantId);
    let written = 0;
    for (let day = from as LocalDate; day < to; day = addDays(day, 1)) {
      const result = await closeDay(
        db,
        { businessDate: day, batchSize: 500, tenantId, trigger: "test_clock" },
        { clock: deps.clock, ids: deps.ids, pii: deps.pii },
      );
      written += result.snapshotsWritten;
    }
    await saveTenantSettings(db, tenantId, { testClockDate: to }, deps.clock());
    return c.json(
      {
        from,
        to,
        datesClosed: span,
        loanSnapshotsWritten: written,
        eventsRecorded: (await countEvents(deps, tenantId)) - eventsBefore,
      },
      200,
    );
  });
  return router;
}

async function countEvents(deps: ResourceDeps, tenantId: string): Promise<number> {
  const [row] = await deps.db.select({ total: count() }).from(events).where(eq(events.tenantId, tenantId));
  return row?.total ?? 0;
}

/**
 * The tenant's settings and, for sandboxes, the test clock.
 *
 * @example
 * export const resources = [settingsResource];
 */
export const settingsResource: ApiResource = {
  tag: { name: "Settings", description: "The tenant's business day, and a sandbox's test clock" },
  scopes: ["settings:read", "settings:write", "test-clock:write"],
  routes: settingsRoutes,
};
