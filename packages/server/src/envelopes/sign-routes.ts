import { Readable } from "node:stream";
import type { Result } from "@lendstack/core/errors";
import { type Context, Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";
import { runInAmbientTransaction } from "../db/ambient.js";
import type { ChangeContext } from "../db/audit.js";
import type { DocumentSettings } from "../documents/settings.js";
import { documentsStore } from "../documents/store.js";
import type { EventType } from "../events/catalog.js";
import { recordEvent } from "../events/record.js";
import type { AppEnv } from "../http/app-env.js";
import { statusForCode } from "../http/error-status.js";
import { domainProblem } from "../http/problem.js";
import type { ResourceDeps } from "../http/resource.js";
import { fieldErrorsFromZod, validationProblem } from "../http/validation.js";
import { refusalPage, signingPage } from "./page.js";
import { openSigningSession, type SigningSession } from "./session.js";
import { SIGN_PAGE_SCRIPT } from "./sign-script.js";
import {
  consentInputSchema,
  declineEnvelope,
  declineInputSchema,
  recordConsent,
  recordView,
  type SignerOrigin,
  signatureInputSchema,
  signEnvelope,
} from "./signing.js";
import { envelopesStore } from "./store.js";
import { toEnvelopeBody } from "./view.js";

/** Ends the signing transaction without committing, answering with `result`'s error. */
class Refused {
  constructor(readonly result: Result<never>) {}
}

function originOf(c: Context<AppEnv>): SignerOrigin {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  const userAgent = c.req.header("user-agent");
  return { ipAddress: incoming?.socket?.remoteAddress ?? null, userAgent: userAgent?.slice(0, 500) ?? null };
}

function contextOf(c: Context<AppEnv>, deps: ResourceDeps, session: SigningSession): ChangeContext {
  return {
    tenantId: session.tenantId,
    actor: `signer:${session.signer.id}`,
    requestId: c.get("requestId"),
    now: deps.clock(),
    ids: deps.ids,
  };
}

/**
 * Runs `work` in one transaction on the link's session (see `openSigningSession`); a refusal, from the
 * session or from `work`, rolls everything back and comes back as the failed result.
 */
async function inSession<T>(
  deps: ResourceDeps,
  c: Context<AppEnv>,
  work: (session: SigningSession, context: ChangeContext) => Promise<Result<T>>,
): Promise<Result<T>> {
  try {
    return await runInAmbientTransaction(deps.db, async (tx) => {
      const session = await openSigningSession(tx, c.req.param("token") ?? "", deps.clock(), { mustBeTurn: true });
      if (!session.ok) throw new Refused(session);
      const done = await work(session.value, contextOf(c, deps, session.value));
      if (!done.ok) throw new Refused(done);
      return done;
    });
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

async function emit(deps: ResourceDeps, context: ChangeContext, type: EventType, envelopeId: string) {
  const store = envelopesStore(deps.db, context.tenantId);
  const envelope = await store.find(envelopeId);
  if (envelope === undefined) throw new Error(`envelope ${envelopeId} vanished`);
  const data = toEnvelopeBody(envelope, await store.signers(envelopeId), context.now);
  await recordEvent(deps.db, context, { type, resourceType: "envelope", resourceId: envelopeId, data });
}

async function jsonBody<T extends z.ZodType>(c: Context<AppEnv>, schema: T): Promise<z.infer<T> | Response> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    return domainProblem(c, { code: "malformed_json", message: "The body is not JSON." });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return validationProblem(c, fieldErrorsFromZod(parsed.error, "body"));
  return parsed.data;
}

function registerPage(router: Hono<AppEnv>, deps: ResourceDeps, settings: DocumentSettings) {
  router.get("/sign/:token", async (c) => {
    const nonce = c.get("secureHeadersNonce" as never) as string;
    c.header("cache-control", "no-store");
    const viewed = await inSession(deps, c, async (session, context) => {
      await recordView(deps.db, context, session, originOf(c));
      return { ok: true, value: session } as const;
    });
    if (!viewed.ok) {
      return c.html(refusalPage(nonce, viewed.error.message), statusForCode(viewed.error.code) as ContentfulStatusCode);
    }
    return c.html(signingPage(nonce, viewed.value, c.req.param("token"), SIGN_PAGE_SCRIPT));
  });
  router.get("/sign/:token/documents/:documentId", async (c) => {
    const found = await inSession(deps, c, async (session, context) => {
      const listed = session.envelope.documents.find((each) => each.documentId === c.req.param("documentId"));
      const row =
        listed === undefined ? undefined : await documentsStore(deps.db, context.tenantId).find(listed.documentId);
      if (row === undefined)
        return { ok: false, error: { code: "document_not_found", message: "No such document in this envelope." } };
      return { ok: true, value: row } as const;
    });
    if (!found.ok) return domainProblem(c, found.error);
    const object = await settings.storage.get(found.value.storageKey);
    if (object === undefined) throw new Error(`document ${found.value.id}: no stored object`);
    return new Response(Readable.toWeb(object.body) as ReadableStream<Uint8Array>, {
      headers: {
        "content-type": "application/pdf",
        "content-length": String(object.size),
        "content-disposition": "inline",
        "cache-control": "no-store",
      },
    });
  });
}

function registerActions(router: Hono<AppEnv>, deps: ResourceDeps, settings: DocumentSettings) {
  router.post("/sign/:token/consent", async (c) => {
    const body = await jsonBody(c, consentInputSchema);
    if (body instanceof Response) return body;
    const consented = await inSession(deps, c, async (session, context) => ({
      ok: true,
      value: await recordConsent(deps.db, context, session, originOf(c)),
    }));
    if (!consented.ok) return domainProblem(c, consented.error);
    return c.json({ consentedAt: consented.value.toISOString() }, 200);
  });
  router.post("/sign/:token/signature", async (c) => {
    const body = await jsonBody(c, signatureInputSchema);
    if (body instanceof Response) return body;
    const signed = await inSession(deps, c, async (session, context) => {
      const after = await signEnvelope(deps.db, context, settings, session, originOf(c), body);
      if (!after.ok) return after;
      await emit(deps, context, "envelope.signed", after.value.id);
      if (after.value.status === "completed") await emit(deps, context, "envelope.completed", after.value.id);
      return after;
    });
    if (!signed.ok) return domainProblem(c, signed.error);
    return c.json({ signed: true, envelopeStatus: signed.value.status }, 200);
  });
  router.post("/sign/:token/decline", async (c) => {
    const body = await jsonBody(c, declineInputSchema);
    if (body instanceof Response) return body;
    const declined = await inSession(deps, c, async (session, context) => {
      const after = await declineEnvelope(deps.db, context, session, originOf(c), body.reason);
      await emit(deps, context, "envelope.declined", after.id);
      return { ok: true, value: after } as const;
    });
    if (!declined.ok) return domainProblem(c, declined.error);
    return c.json({ declined: true, envelopeStatus: declined.value.status }, 200);
  });
}

/**
 * The signing page and its actions at `/sign/{token}`: no API token, the link's token is the signer's
 * credential. `GET` renders the page (documents, ESIGN consent, signature), `GET …/documents/{id}` serves a
 * document's PDF, and `POST …/consent`, `…/signature`, `…/decline` take JSON from the page's script.
 * Refusals are problem documents (the page: an HTML page with the same status).
 *
 * @example
 * app.route("/", signingRoutes(resourceDeps, documentSettings));
 */
export function signingRoutes(deps: ResourceDeps, settings: DocumentSettings): Hono<AppEnv> {
  const router = new Hono<AppEnv>();
  registerPage(router, deps, settings);
  registerActions(router, deps, settings);
  return router;
}
