import { describe, expect, it } from "vitest";
import { checkFileName, contentDisposition } from "./file-name.js";
import { essenceOf, sniffContentType } from "./sniff.js";

// Signatures from WHATWG MIME Sniffing § 6.1 (images) and § 7.1 (PDF), TIFF 6.0 § 2 (byte order + 42),
// ISO/IEC 23008-12 (HEIF brands in an ISO BMFF `ftyp` box).
const bytes = (hex: string) => Buffer.from(hex.replaceAll(" ", ""), "hex");

describe("sniffContentType", () => {
  it.each([
    ["a PDF", Buffer.from("%PDF-1.4\n%âãÏÓ\n"), "application/pdf"],
    ["a PNG", bytes("89 50 4e 47 0d 0a 1a 0a 00 00 00 0d 49 48 44 52"), "image/png"],
    ["a JPEG (JFIF)", bytes("ff d8 ff e0 00 10 4a 46 49 46 00"), "image/jpeg"],
    ["a JPEG (Exif)", bytes("ff d8 ff e1 00 18 45 78 69 66 00"), "image/jpeg"],
    ["a GIF87a", Buffer.from("GIF87a\u0001\u0000"), "image/gif"],
    ["a GIF89a", Buffer.from("GIF89a\u0001\u0000"), "image/gif"],
    ["a little-endian TIFF", bytes("49 49 2a 00 08 00 00 00"), "image/tiff"],
    ["a big-endian TIFF", bytes("4d 4d 00 2a 00 00 00 08"), "image/tiff"],
    ["a WebP", Buffer.concat([Buffer.from("RIFF"), bytes("24 00 00 00"), Buffer.from("WEBPVP8 ")]), "image/webp"],
    ["a HEIC", Buffer.concat([bytes("00 00 00 18"), Buffer.from("ftypheic"), bytes("00 00 00 00")]), "image/heic"],
    [
      "a HEIF (mif1)",
      Buffer.concat([bytes("00 00 00 18"), Buffer.from("ftypmif1"), bytes("00 00 00 00")]),
      "image/heic",
    ],
    [
      "UTF-8 text",
      Buffer.from("Pay period: 2025-02-01 – 2025-02-15\r\nGross: $4,200.00\tNet: $3,100.00\n"),
      "text/plain",
    ],
  ])("recognizes %s", (_, head, want) => {
    expect(sniffContentType(head, true)).toBe(want);
  });

  it.each([
    ["an MP4 (ftyp isom)", Buffer.concat([bytes("00 00 00 18"), Buffer.from("ftypisom")])],
    ["a ZIP", bytes("50 4b 03 04 14 00")],
    ["a Windows executable", bytes("4d 5a 90 00 03 00")],
    ["text with a NUL", Buffer.from("abc\u0000def")],
    ["Latin-1, not UTF-8", Buffer.from("caf\u00e9", "latin1")],
    ["an empty file", Buffer.alloc(0)],
  ])("does not take %s for an allowed type", (_, head) => {
    expect(sniffContentType(head, true)).toBeUndefined();
  });

  it("takes text cut inside a character at the end of the window as text, but not a whole file so cut", () => {
    const text = Buffer.concat([Buffer.alloc(4095, "a"), Buffer.from("é")]); // é is 2 bytes: the window cuts it
    expect(sniffContentType(text.subarray(0, 4096), false)).toBe("text/plain");
    expect(sniffContentType(text.subarray(0, 4096), true)).toBeUndefined();
  });

  it("reads declared types by their essence", () => {
    expect(essenceOf("Application/PDF")).toBe("application/pdf");
    expect(essenceOf("text/plain; charset=utf-8")).toBe("text/plain");
    expect(essenceOf("image/jpg")).toBe("image/jpeg");
  });
});

describe("file names", () => {
  it.each([
    ["pay stub.pdf", "pay stub.pdf"],
    ["  spaced.pdf  ", "spaced.pdf"],
    ["e\u0301te\u0301.pdf", "été.pdf"],
  ])("keeps %j as %j", (given, want) => {
    expect(checkFileName(given)).toEqual({ ok: true, value: want });
  });

  it.each(["../x", "a/b", "a\\b", "..", ".", "", "x\u0000y", "x\u009by", "a".repeat(256)])("refuses %j", (name) => {
    const checked = checkFileName(name);
    expect(checked.ok ? undefined : checked.error.code).toBe("unsafe_file_name");
  });

  it("sends an ASCII fallback and the exact UTF-8 name (RFC 6266, RFC 5987)", () => {
    expect(contentDisposition('naïve "quote" 100%.pdf')).toBe(
      `attachment; filename="na_ve _quote_ 100_.pdf"; filename*=UTF-8''na%C3%AFve%20%22quote%22%20100%25.pdf`,
    );
    expect(contentDisposition("it's (1)*.pdf")).toBe(
      `attachment; filename="it's (1)*.pdf"; filename*=UTF-8''it%27s%20%281%29%2A.pdf`,
    );
  });
});
