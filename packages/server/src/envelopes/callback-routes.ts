import { fail, ok, type Result } from "@lendstack/core/errors";
import { sql } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { type ESignatureProvider, ESignatureProviderError } from "../adapters/e-signature/provider.js";
import { runInAmbientTransaction } from "../db/ambient.js";
import type { ChangeContext } from "../db/audit.js";
import type { DocumentSettings } from "../documents/settings.js";
import type { AppEnv } from "../http/app-env.js";
import { domainProblem } from "../http/problem.js";
import type { ResourceDeps } from "../http/resource.js";
import { TENANT_ROLE } from "../http/tenant-scope.js";
import type { AppliedStatus } from "./provider-status.js";
import { eSignatureProvidersOf } from "./providers.js";
import { applyConfirmedStatus } from "./refresh.js";
import { envelopeByProviderReference, envelopesStore } from "./store.js";

// `POST /callbacks/e-signature/{provider}`: where an external e-signature provider tells Lendstack that an
// envelope changed. Not an API operation (no bearer token): the provider's signature on the callback is the
// credential, checked by the adapter (`parseStatusCallback`). The status is confirmed with the provider
// (`status`) before it is applied, so a callback can only make Lendstack look; it cannot dictate.

/** Ends the transaction without committing, answering with `result`'s error. */
class Refused {
  constructor(readonly result: Result<never>) {}
}

const MAX_CALLBACK_BYTES = 64 * 1024;

function headersOf(c: Context<AppEnv>): Record<string, string> {
  const headers: Record<string, string> = {};
  c.req.raw.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  return headers;
}

async function apply(
  deps: ResourceDeps,
  settings: DocumentSettings,
  provider: ESignatureProvider,
  reference: string,
  requestId: string,
): Promise<Result<AppliedStatus>> {
  try {
    return await runInAmbientTransaction(deps.db, async (tx) => {
      const found = await envelopeByProviderReference(tx, provider.name, reference);
      if (found === undefined)
        throw new Refused(fail("envelope_not_found", `No envelope at ${provider.name} ${reference}.`));
      const tenantId = found.tenantId;
      await tx.execute(
        sql`select set_config('app.tenant_id', ${tenantId}, true), set_config('role', ${TENANT_ROLE}, true)`,
      );
      const envelope = await envelopesStore(tx, tenantId).find(found.id, { lock: true });
      if (envelope === undefined) throw new Refused(fail("envelope_not_found", `No envelope ${found.id}.`));
      let confirmed: Awaited<ReturnType<ESignatureProvider["status"]>>;
      try {
        confirmed = await provider.status(tenantId, reference);
      } catch (error) {
        if (!(error instanceof ESignatureProviderError)) throw error;
        throw new Refused(fail("e_signature_provider_refused", error.message));
      }
      const context: ChangeContext = {
        tenantId,
        actor: `e-signature:${provider.name}`,
        requestId,
        now: deps.clock(),
        ids: deps.ids,
      };
      const applied = await applyConfirmedStatus(tx, settings, provider, context, envelope, confirmed);
      if (!applied.ok) throw new Refused(applied);
      return ok(applied.value);
    });
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

/**
 * The status-callback route of each external e-signature provider configured: 404 `e_signature_provider_not_found`
 * for another provider's name, 400 `callback_rejected` for a bad signature, a stale timestamp or a body that
 * is not a status, 404 `envelope_not_found` for a reference Lendstack did not send; else 200 with what
 * changed (`changed: false` for a repeated callback).
 *
 * @example
 * app.route("/", eSignatureCallbackRoutes(resourceDeps, documents));
 */
export function eSignatureCallbackRoutes(deps: ResourceDeps, settings: DocumentSettings): Hono<AppEnv> {
  const router = new Hono<AppEnv>();
  router.post("/callbacks/e-signature/:provider", async (c) => {
    const provider = eSignatureProvidersOf(deps).external.get(c.req.param("provider"));
    if (provider === undefined) {
      return domainProblem(c, {
        code: "e_signature_provider_not_found",
        message: `No e-signature provider ${c.req.param("provider")} is configured.`,
      });
    }
    const body = await c.req.text();
    if (Buffer.byteLength(body) > MAX_CALLBACK_BYTES) {
      return domainProblem(c, { code: "callback_rejected", message: "The callback is too large." });
    }
    let reference: string;
    try {
      reference = (await provider.parseStatusCallback({ headers: headersOf(c), body })).reference;
    } catch (error) {
      if (!(error instanceof ESignatureProviderError)) throw error;
      return domainProblem(c, { code: "callback_rejected", message: error.message });
    }
    const applied = await apply(deps, settings, provider, reference, c.get("requestId"));
    if (!applied.ok) return domainProblem(c, applied.error);
    const { envelopeId, status, changed } = applied.value;
    return c.json({ received: true, envelopeId, status, changed }, 200);
  });
  return router;
}
