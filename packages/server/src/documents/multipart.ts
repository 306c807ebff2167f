import { Readable } from "node:stream";
import busboy from "busboy";
import { UploadRefused } from "./intake.js";

/** A form field, or the file part (read its `stream` before asking for the next part). */
export type FormPart =
  | { readonly kind: "field"; readonly name: string; readonly value: string }
  | {
      readonly kind: "file";
      readonly name: string;
      readonly fileName: string;
      readonly mimeType: string;
      readonly stream: Readable;
    };

/** Bounds on a multipart upload's form (besides the file's own size limit). */
export const FORM_LIMITS = { fields: 16, fieldBytes: 1024, fieldNameBytes: 64, files: 1, parts: 20 } as const;

const refuse = (code: string, message: string) => new UploadRefused({ code, message });

/**
 * The parts of a `multipart/form-data` body in order, parsed as the bytes arrive (busboy): nothing is
 * buffered beyond busboy's own small window, and the file part is a stream the caller reads. Too many
 * fields or files, a field over 1 KiB, or a malformed body is a `UploadRefused` (`too_many_parts`,
 * `field_too_long`, `malformed_multipart`). File names are given as sent (paths kept), to be judged.
 *
 * @example
 * for await (const part of formParts(contentType, request.body)) if (part.kind === "file") await store(part.stream);
 */
export async function* formParts(contentType: string, body: ReadableStream<Uint8Array>): AsyncGenerator<FormPart> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      preservePath: true,
      defParamCharset: "utf8",
      limits: {
        fields: FORM_LIMITS.fields,
        fieldSize: FORM_LIMITS.fieldBytes,
        fieldNameSize: FORM_LIMITS.fieldNameBytes,
        files: FORM_LIMITS.files,
        parts: FORM_LIMITS.parts,
      },
    });
  } catch (error) {
    throw refuse("malformed_multipart", `The multipart body cannot be read: ${(error as Error).message}.`);
  }
  const queue: Array<FormPart | { kind: "end" } | { kind: "error"; error: Error }> = [];
  let wake: (() => void) | undefined;
  const push = (item: (typeof queue)[number]) => {
    queue.push(item);
    wake?.();
  };
  parser.on("field", (name, value, info) => {
    if (info.valueTruncated) push({ kind: "error", error: refuse("field_too_long", `The field ${name} is too long.`) });
    else push({ kind: "field", name, value });
  });
  parser.on("file", (name, stream, info) => {
    push({ kind: "file", name, fileName: info.filename ?? "", mimeType: info.mimeType, stream });
  });
  const tooMany = () => push({ kind: "error", error: refuse("too_many_parts", "The form has too many parts.") });
  parser.on("fieldsLimit", tooMany);
  parser.on("filesLimit", tooMany);
  parser.on("partsLimit", tooMany);
  parser.on("error", (error: Error) =>
    push({
      kind: "error",
      error: refuse("malformed_multipart", `The multipart body cannot be read: ${error.message}.`),
    }),
  );
  parser.on("close", () => push({ kind: "end" }));
  const source = Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>);
  source.on("error", (error) => push({ kind: "error", error }));
  source.pipe(parser);
  try {
    for (;;) {
      const item = queue.shift();
      if (item === undefined) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
        continue;
      }
      if (item.kind === "end") return;
      if (item.kind === "error") throw item.error;
      yield item;
    }
  } finally {
    source.unpipe(parser);
    source.destroy();
  }
}
