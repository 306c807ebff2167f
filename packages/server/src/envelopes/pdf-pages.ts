import type { PDFDocument, PDFFont, PDFPage } from "pdf-lib";
import type { EnvelopeEventRow, EnvelopeRow, EnvelopeSignerRow } from "../db/schema/index.js";
import { embedFallbackFont } from "../generated-documents/fallback-font.js";
import { embedUnicodeFont, embedUnicodeFonts, textRuns } from "../generated-documents/unicode-fonts.js";
import { pdfLib, rgbColor } from "../pdf/pdf-lib.js";

const PAGE: [number, number] = [612, 792];
const MARGIN = 54;
const LINE = 14;

/** Writes lines top-down, starting new pages as needed. */
class Writer {
  page: PDFPage;
  y: number;
  constructor(
    readonly document: PDFDocument,
    readonly font: PDFFont,
    readonly bold: PDFFont,
    readonly fallback: PDFFont | undefined,
  ) {
    this.page = document.addPage(PAGE);
    this.y = PAGE[1] - MARGIN;
  }
  room(height: number) {
    if (this.y - height >= MARGIN) return;
    this.page = this.document.addPage(PAGE);
    this.y = PAGE[1] - MARGIN;
  }
  line(text: string, options: { size?: number; bold?: boolean; font?: PDFFont } = {}) {
    const size = options.size ?? 10;
    this.room(size + 4);
    const font = options.font ?? (options.bold === true ? this.bold : this.font);
    let x = MARGIN;
    for (const run of textRuns(font, this.fallback, [...text].slice(0, 110).join(""))) {
      this.page.drawText(run.text, { x, y: this.y - size, size, font: run.font, color: rgbColor(0, 0, 0) });
      x += run.font.widthOfTextAtSize(run.text, size);
    }
    this.y -= size + 4;
  }
  gap(height = LINE / 2) {
    this.y -= height;
  }
}

/** A writer in DejaVu, with the fallback font when `input` (every string the page prints is in it) needs one. */
async function writerFor(document: PDFDocument, input: object): Promise<Writer> {
  const { regular, bold } = await embedUnicodeFonts(document);
  return new Writer(document, regular, bold, await embedFallbackFont(document, regular, [JSON.stringify(input)]));
}

async function drawSignature(writer: Writer, signer: EnvelopeSignerRow, script: PDFFont) {
  const signature = signer.signature;
  if (signature?.kind === "drawn" && signature.imagePng !== null) {
    const image = await writer.document.embedPng(Buffer.from(signature.imagePng, "base64"));
    const scaled = image.scaleToFit(220, 60);
    writer.room(scaled.height + 6);
    writer.page.drawImage(image, { x: MARGIN, y: writer.y - scaled.height, ...scaled });
    writer.y -= scaled.height + 6;
    return;
  }
  writer.line(signature?.typedName ?? signer.name, { size: 20, font: script });
}

/**
 * The original PDF with a signature page appended: the envelope, then each signer's signature (typed in a
 * script face, DejaVu Serif Italic, or the drawing), name, email, time and IP address, and the original's SHA-256.
 *
 * @example
 * const signed = await withSignaturePage(originalBytes, { envelope, signers, originalSha256 });
 */
export async function withSignaturePage(
  original: Uint8Array,
  input: { envelope: EnvelopeRow; signers: ReadonlyArray<EnvelopeSignerRow>; originalSha256: string },
): Promise<Uint8Array> {
  const { PDFDocument } = await pdfLib();
  const document = await PDFDocument.load(original, { updateMetadata: false });
  const writer = await writerFor(document, input);
  const script = await embedUnicodeFont(document, "italic");
  writer.line("Signature page", { size: 16, bold: true });
  writer.line(`Envelope ${input.envelope.id}: ${input.envelope.subject}`);
  writer.line(`Original document SHA-256: ${input.originalSha256}`, { size: 8 });
  writer.gap(LINE);
  for (const signer of input.signers) {
    await drawSignature(writer, signer, script);
    writer.line(`${signer.name} <${signer.email}>`, { bold: true });
    writer.line(`Signed ${signer.signedAt?.toISOString() ?? "-"} from IP ${signer.ipAddress ?? "-"}`);
    writer.line(`Consented to electronic records ${signer.consentedAt?.toISOString() ?? "-"}`, { size: 8 });
    writer.gap(LINE);
  }
  return document.save();
}

/**
 * The certificate of completion: the envelope, its documents and their hashes, its signers, and every
 * event of its log (time, what, who, IP, user agent, hash).
 *
 * @example
 * const certificate = await certificateOfCompletion({ envelope, signers, events });
 */
export async function certificateOfCompletion(input: {
  envelope: EnvelopeRow;
  signers: ReadonlyArray<EnvelopeSignerRow>;
  events: ReadonlyArray<EnvelopeEventRow>;
}): Promise<Uint8Array> {
  const { PDFDocument } = await pdfLib();
  const document = await PDFDocument.create();
  const writer = await writerFor(document, input);
  const { envelope } = input;
  writer.line("Certificate of completion", { size: 16, bold: true });
  writer.line(`Envelope ${envelope.id}: ${envelope.subject}`);
  writer.line(`Sent ${envelope.createdAt.toISOString()} by ${envelope.createdBy}`);
  writer.gap();
  writer.line("Documents", { bold: true });
  for (const each of envelope.documents)
    writer.line(`${each.documentId} ${each.fileName} SHA-256 ${each.sha256}`, { size: 8 });
  writer.gap();
  writer.line("Signers", { bold: true });
  for (const signer of input.signers) {
    writer.line(
      `${signer.routingOrder}. ${signer.name} <${signer.email}>: ${signer.status} ${signer.signedAt?.toISOString() ?? ""}`,
    );
  }
  writer.gap();
  writer.line("Events", { bold: true });
  const names = new Map(input.signers.map((signer) => [signer.id, signer.name]));
  for (const event of input.events) {
    const who = event.signerId === null ? event.actor : (names.get(event.signerId) ?? event.signerId);
    writer.line(
      `${event.sequence}. ${event.occurredAt.toISOString()} ${event.type} - ${who} - IP ${event.ipAddress ?? "-"}`,
      {
        size: 9,
      },
    );
    if (event.userAgent !== null) writer.line(`   ${event.userAgent}`, { size: 7 });
    writer.line(`   hash ${event.hash}`, { size: 7 });
  }
  return document.save();
}
