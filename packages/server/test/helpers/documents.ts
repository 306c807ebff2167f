import { createHash } from "node:crypto";
import { readdir } from "node:fs/promises";

/** A form field or the file part of a multipart body. */
export type FormEntry =
  | { readonly name: string; readonly value: string }
  | { readonly name: string; readonly fileName: string; readonly contentType: string; readonly bytes: Uint8Array };

/** The boundary test forms use. */
export const BOUNDARY = "lendstack-test-boundary-7MA4YWxkTrZu0gW";

/** A multipart/form-data head for one entry (everything before a file's bytes). */
export function partHead(entry: FormEntry): string {
  if ("value" in entry) {
    return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${entry.name}"\r\n\r\n${entry.value}\r\n`;
  }
  const disposition = `form-data; name="${entry.name}"; filename="${entry.fileName.replaceAll('"', "%22")}"`;
  return `--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\nContent-Type: ${entry.contentType}\r\n\r\n`;
}

/** The closing boundary. */
export const FORM_END = `--${BOUNDARY}--\r\n`;

/**
 * A whole multipart/form-data body, encoded by hand so the test controls every byte (file names as given).
 *
 * @example
 * const { body, contentType } = multipartForm([{ name: "type", value: "pay_stub" }, { name: "file", … }]);
 */
export function multipartForm(entries: ReadonlyArray<FormEntry>): { body: Buffer; contentType: string } {
  const chunks: Buffer[] = [];
  for (const entry of entries) {
    chunks.push(Buffer.from(partHead(entry)));
    if ("bytes" in entry) chunks.push(Buffer.from(entry.bytes), Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(FORM_END));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${BOUNDARY}` };
}

/** A small but well-formed-looking PDF. */
export const PDF_BYTES = Buffer.from(
  "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);

/** A PNG signature and IHDR chunk (a 1×1 image's first bytes). */
export const PNG_BYTES = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f6d6e10000000049454e44ae426082",
  "hex",
);

/** A GIF header. */
export const GIF_BYTES = Buffer.from("GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04", "latin1");

/** @example sha256Hex(bytes) */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Every file under `root` (relative paths, sorted), partial writes included. */
export async function filesUnder(root: string): Promise<string[]> {
  try {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => `${entry.parentPath}/${entry.name}`.slice(root.length + 1))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}
