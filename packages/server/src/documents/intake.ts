import { createHash } from "node:crypto";
import type { DomainError } from "@lendstack/core/errors";
import { SNIFF_BYTES, sniffContentType } from "./sniff.js";

/**
 * Thrown from inside an upload's byte stream to stop it: the storage write fails (leaving nothing) and the
 * request is answered with `error`.
 *
 * @example
 * throw new UploadRefused({ code: "payload_too_large", message: "…" });
 */
export class UploadRefused extends Error {
  override readonly name = "UploadRefused";
  constructor(readonly error: DomainError) {
    super(error.message);
  }
}

/** What the bytes turned out to be, filled in as they pass. */
export interface Intake {
  sizeBytes: number;
  sha256: string;
  contentType: string;
}

/** The rules an upload's bytes must meet. */
export interface IntakeRules {
  /** The declared content type's essence (`application/pdf`), already on the allow-list. */
  readonly declared: string;
  readonly maxBytes: number;
}

function tooLarge(maxBytes: number): UploadRefused {
  return new UploadRefused({
    code: "payload_too_large",
    message: `The document is larger than the limit of ${maxBytes} bytes.`,
    details: { maxBytes },
  });
}

/**
 * `source` as it goes to storage, checked on the way: the first bytes are sniffed (see `sniffContentType`)
 * and must show the declared type (else 422 `content_type_mismatch`), the running count must stay within
 * `maxBytes` (else 413 `payload_too_large`, thrown as soon as the limit is passed, so reading stops), an
 * empty file is 422 `empty_document`; meanwhile SHA-256 and the size are computed into `intake`. Holds at
 * most the sniffing window plus one chunk.
 *
 * @example
 * const intake: Intake = { sizeBytes: 0, sha256: "", contentType: "" };
 * await storage.put(key, inspected(chunks, { declared: "application/pdf", maxBytes }, intake));
 */
export async function* inspected(
  source: AsyncIterable<Uint8Array>,
  rules: IntakeRules,
  intake: Intake,
): AsyncGenerator<Uint8Array> {
  const hash = createHash("sha256");
  let size = 0;
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let sniffed = false;
  const sniff = (isWhole: boolean) => {
    const bytes = Buffer.concat(head);
    if (bytes.length === 0) {
      throw new UploadRefused({ code: "empty_document", message: "The document is empty.", path: ["file"] });
    }
    const detected = sniffContentType(bytes, isWhole);
    if (detected !== rules.declared) {
      throw new UploadRefused({
        code: "content_type_mismatch",
        message: `The content is ${detected ?? "of no recognized type"}, not the declared ${rules.declared}.`,
        path: ["contentType"],
        details: { declared: rules.declared, detected: detected ?? null },
      });
    }
    intake.contentType = detected;
    sniffed = true;
    hash.update(bytes);
    return bytes;
  };
  for await (const chunk of source) {
    size += chunk.byteLength;
    if (size > rules.maxBytes) throw tooLarge(rules.maxBytes);
    if (sniffed) {
      hash.update(chunk);
      yield chunk;
      continue;
    }
    head.push(chunk);
    headBytes += chunk.byteLength;
    if (headBytes >= SNIFF_BYTES) yield sniff(false);
  }
  if (!sniffed) {
    const bytes = sniff(true);
    yield bytes;
  }
  intake.sizeBytes = size;
  intake.sha256 = hash.digest("hex");
}
