import { fail, ok, type Result } from "@lendstack/core/errors";

/** Longest file name kept, in characters. */
export const FILE_NAME_MAX_LENGTH = 255;

/**
 * Checks an uploaded file's name. It is only ever metadata (storage keys are document ids), but a name
 * that tries to be a path is refused rather than trimmed, so nothing pretends to be where it is not: a
 * `/` or `\`, a `.` or `..` name, a control character, or more than 255 characters is 422
 * `unsafe_file_name` (field `fileName`); leading and trailing spaces go, the rest is kept in NFC.
 *
 * @example
 * checkFileName("pay stub.pdf"); // ok("pay stub.pdf")
 * checkFileName("../../etc/passwd"); // fail("unsafe_file_name", …)
 */
export function checkFileName(raw: string): Result<string> {
  const name = raw.normalize("NFC").trim();
  const refuse = (why: string) => fail("unsafe_file_name", `The file name ${why}.`, ["fileName"]);
  if (name.length === 0) return refuse("is empty");
  if (name.length > FILE_NAME_MAX_LENGTH) return refuse(`is longer than ${FILE_NAME_MAX_LENGTH} characters`);
  if (/[/\\]/.test(name)) return refuse("contains a path separator (/ or \\); send the name alone");
  if (name === "." || name === "..") return refuse("is . or .., a path, not a name");
  if (/\p{Cc}/u.test(name)) return refuse("contains a control character");
  return ok(name);
}

/** RFC 5987 `attr-char`s are sent as they are; everything else percent-encoded from UTF-8. */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*!]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The `Content-Disposition` of a download (RFC 6266): `attachment`, an ASCII-only `filename` fallback
 * (anything else becomes `_`) and the exact name as `filename*` in UTF-8.
 *
 * @example
 * contentDisposition("relevé.pdf"); // `attachment; filename="relev_.pdf"; filename*=UTF-8''relev%C3%A9.pdf`
 */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeExtValue(fileName)}`;
}
