/** How many leading bytes {@link sniffContentType} looks at (text is judged on this much). */
export const SNIFF_BYTES = 4096;

/** The content types Lendstack recognizes from a file's bytes. */
export const SNIFFABLE_CONTENT_TYPES = [
  "application/pdf",
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/tiff",
  "image/webp",
  "image/heic",
  "text/plain",
] as const;

/** One of {@link SNIFFABLE_CONTENT_TYPES}. @example const type: SniffedContentType = "application/pdf"; */
export type SniffedContentType = (typeof SNIFFABLE_CONTENT_TYPES)[number];

const startsWith = (head: Uint8Array, bytes: ReadonlyArray<number>, offset = 0) =>
  head.length >= offset + bytes.length && bytes.every((byte, index) => head[offset + index] === byte);
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/** ISO BMFF brands of HEIF images (ISO/IEC 23008-12), all served as `image/heic`. */
const HEIF_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"]);

const SIGNATURES: ReadonlyArray<{
  readonly type: SniffedContentType;
  readonly matches: (head: Uint8Array) => boolean;
}> = [
  { type: "application/pdf", matches: (head) => startsWith(head, ascii("%PDF-")) },
  { type: "image/png", matches: (head) => startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: "image/jpeg", matches: (head) => startsWith(head, [0xff, 0xd8, 0xff]) },
  { type: "image/gif", matches: (head) => startsWith(head, ascii("GIF87a")) || startsWith(head, ascii("GIF89a")) },
  {
    type: "image/tiff",
    matches: (head) => startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a]),
  },
  { type: "image/webp", matches: (head) => startsWith(head, ascii("RIFF")) && startsWith(head, ascii("WEBP"), 8) },
  {
    type: "image/heic",
    matches: (head) =>
      startsWith(head, ascii("ftyp"), 4) && HEIF_BRANDS.has(String.fromCharCode(...head.subarray(8, 12))),
  },
];

/** Control characters that do not occur in text: all below U+0020 but tab, LF, FF and CR; and DEL. */
const NOT_TEXT = /[^\P{Cc}\t\n\f\r]/u;

/** Whether `head` (a file's first bytes, possibly cut inside a character) is UTF-8 text. */
function isText(head: Uint8Array, isWhole: boolean): boolean {
  if (head.length === 0) return false;
  let end = head.length;
  if (!isWhole) {
    // Drop a multi-byte sequence cut at the end of the sample (at most 3 continuation bytes back).
    for (let back = 1; back <= 3 && end - back >= 0; back += 1) {
      const byte = head[end - back] as number;
      if ((byte & 0xc0) === 0x80) continue;
      if (byte >= 0xc0) end -= back;
      break;
    }
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, end));
    return !NOT_TEXT.test(text);
  } catch {
    return false;
  }
}

/**
 * The content type a file's bytes show: a PDF, PNG, JPEG, GIF, TIFF, WebP or HEIC signature at the start
 * (WHATWG MIME Sniffing's patterns, ISO BMFF `ftyp` brands for HEIC), else `text/plain` when the first
 * {@link SNIFF_BYTES} bytes are UTF-8 without control characters, else undefined (unknown, or binary).
 * `isWhole` says `head` is the whole file (so its last character is not cut).
 *
 * @example
 * sniffContentType(Buffer.from("%PDF-1.7\n…"), false); // "application/pdf"
 * sniffContentType(Buffer.from([0x4d, 0x5a]), true); // undefined (a Windows executable)
 */
export function sniffContentType(head: Uint8Array, isWhole: boolean): SniffedContentType | undefined {
  const signed = SIGNATURES.find((signature) => signature.matches(head));
  if (signed !== undefined) return signed.type;
  return isText(head.subarray(0, SNIFF_BYTES), isWhole && head.length <= SNIFF_BYTES) ? "text/plain" : undefined;
}

/**
 * A declared content type without parameters, lowercased (`Text/Plain; charset=utf-8` → `text/plain`);
 * `image/jpg` and `image/pjpeg` count as `image/jpeg`, `image/heif` as `image/heic`.
 *
 * @example
 * essenceOf("application/PDF"); // "application/pdf"
 */
export function essenceOf(declared: string): string {
  const essence = (declared.split(";")[0] ?? "").trim().toLowerCase();
  const aliases: Readonly<Record<string, string>> = {
    "image/jpg": "image/jpeg",
    "image/pjpeg": "image/jpeg",
    "image/heif": "image/heic",
  };
  return aliases[essence] ?? essence;
}
