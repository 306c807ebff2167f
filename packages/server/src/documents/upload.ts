import { createHash } from "node:crypto";
import { fail, ok, type Result } from "@lendstack/core/errors";
import type { Context } from "hono";
import type { DocumentRow } from "../db/schema/index.js";
import type { AppEnv } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { idempotentUpload } from "../http/idempotency.js";
import { domainProblem, problemResponse } from "../http/problem.js";
import type { ResourceDeps } from "../http/resource.js";
import { fieldErrorsFromZod, validationProblem } from "../http/validation.js";
import { type Intake, UploadRefused } from "./intake.js";
import { type FormPart, formParts } from "./multipart.js";
import { documentFormFieldsSchema, documentJsonUploadSchema } from "./schemas.js";
import {
  discardUpload,
  planUpload,
  recordUpload,
  storeUpload,
  type UploadMetadata,
  type UploadPlan,
} from "./service.js";
import type { DocumentSettings } from "./settings.js";

/** What a handler answers: a row, a domain error, or a ready response (a validation problem). */
type Outcome = Result<DocumentRow> | { readonly ok: "response"; readonly response: Response };

/**
 * A JSON upload: the body parsed by its schema, the base64 content decoded, then the same checks and
 * storage as a multipart one.
 *
 * @example
 * const outcome = await uploadJson(c, deps, settings);
 */
export async function uploadJson(c: Context<AppEnv>, deps: ResourceDeps, settings: DocumentSettings): Promise<Outcome> {
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    const detail = "The request body is not valid JSON.";
    return { ok: "response", response: problemResponse(c, { code: "malformed_json", detail }) };
  }
  const parsed = documentJsonUploadSchema.safeParse(body);
  if (!parsed.success) {
    return { ok: "response", response: validationProblem(c, fieldErrorsFromZod(parsed.error, "body")) };
  }
  const { content, ...metadata } = parsed.data;
  const context = changeContext(c, deps);
  const plan = await planUpload(deps.db, context, settings, metadata);
  if (!plan.ok) return plan;
  const stored = await storeUpload(settings, plan.value, toChunks(Buffer.from(content, "base64")));
  if (!stored.ok) return stored;
  return recordUpload(deps.db, context, settings, plan.value, stored.value);
}

async function* toChunks(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

const refusal = (code: string, message: string, path?: string) => fail(code, message, path === undefined ? [] : [path]);

/** The plan for a multipart upload's file part, from the fields before it. */
async function planFromFields(
  c: Context<AppEnv>,
  deps: ResourceDeps,
  settings: DocumentSettings,
  fields: Readonly<Record<string, string>>,
  file: Extract<FormPart, { kind: "file" }>,
): Promise<Result<UploadPlan> | { readonly ok: "response"; readonly response: Response }> {
  const parsed = documentFormFieldsSchema.safeParse(fields);
  if (!parsed.success) {
    return { ok: "response", response: validationProblem(c, fieldErrorsFromZod(parsed.error, "body")) };
  }
  const metadata: UploadMetadata = {
    ...parsed.data,
    fileName: parsed.data.fileName ?? file.fileName,
    contentType: parsed.data.contentType ?? file.mimeType,
  };
  return planUpload(deps.db, changeContext(c, deps), settings, metadata);
}

/** A multipart upload's bytes in storage, checked, with the fields that planned them: not yet recorded. */
export interface ReceivedUpload {
  readonly plan: UploadPlan;
  readonly intake: Intake;
  readonly fields: Readonly<Record<string, string>>;
  /** The file part's own name and type, as the form sent them. */
  readonly file: { readonly fileName: string; readonly mimeType: string };
}

/**
 * A multipart upload, read part by part as it arrives: the fields, then the `file` part checked against
 * them and streamed to storage, then the end of the form. Anything refused after the bytes were stored
 * deletes them; `recordReceived` writes the row.
 *
 * @example
 * const received = await receiveMultipart(c, deps, settings);
 */
export async function receiveMultipart(
  c: Context<AppEnv>,
  deps: ResourceDeps,
  settings: DocumentSettings,
): Promise<Result<ReceivedUpload> | { readonly ok: "response"; readonly response: Response }> {
  const body = c.req.raw.body;
  if (body === null) return refusal("validation_failed", "The form has no file part.", "file");
  const fields: Record<string, string> = {};
  let stored: { plan: UploadPlan; intake: Awaited<ReturnType<typeof storeUpload>> } | undefined;
  let file = { fileName: "", mimeType: "" };
  try {
    for await (const part of formParts(c.req.header("content-type") ?? "", body)) {
      if (stored !== undefined) {
        await discardUpload(settings, stored.plan);
        return refusal("file_not_last", `The form has a part (${part.name}) after the file; send the file last.`);
      }
      if (part.kind === "field") {
        fields[part.name] = part.value;
        continue;
      }
      if (part.name !== "file") return refusal("validation_failed", `Send the file as the part named file.`, "file");
      const plan = await planFromFields(c, deps, settings, fields, part);
      if (plan.ok !== true) return plan;
      file = { fileName: part.fileName, mimeType: part.mimeType };
      stored = { plan: plan.value, intake: await storeUpload(settings, plan.value, part.stream) };
      if (!stored.intake.ok) return stored.intake;
    }
  } catch (error) {
    if (stored !== undefined) await discardUpload(settings, stored.plan);
    if (error instanceof UploadRefused) return { ok: false, error: error.error };
    throw error;
  }
  if (stored === undefined) return refusal("validation_failed", "The form has no file part.", "file");
  if (!stored.intake.ok) return stored.intake;
  return ok({ plan: stored.plan, intake: stored.intake.value, fields, file });
}

/**
 * What stands for a received upload under its `Idempotency-Key`: the form's fields (sorted) and the
 * file's name, declared type, size and SHA-256.
 *
 * @example const hash = receivedUploadHash(received);
 */
export function receivedUploadHash(received: ReceivedUpload): string {
  const fields = Object.entries(received.fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const { sizeBytes, sha256 } = received.intake;
  return createHash("sha256").update(JSON.stringify({ fields, sizeBytes, sha256 })).digest("hex");
}

/**
 * Writes a received upload's row, answering as `respond` renders it; with an `Idempotency-Key`, in one
 * transaction with the key (see `idempotentUpload`), so a retried upload is one document.
 *
 * @example
 * return recordReceived(c, deps, settings, received, (row) => c.json(toDocumentBody(row), 201));
 */
export function recordReceived(
  c: Context<AppEnv>,
  deps: ResourceDeps,
  settings: DocumentSettings,
  received: ReceivedUpload,
  respond: (row: DocumentRow) => Promise<Response>,
): Promise<Response> {
  const record = async () => {
    const row = await recordUpload(deps.db, changeContext(c, deps), settings, received.plan, received.intake);
    return row.ok ? respond(row.value) : domainProblem(c, row.error);
  };
  return idempotentUpload(c, deps, receivedUploadHash(received), record, () => discardUpload(settings, received.plan));
}
