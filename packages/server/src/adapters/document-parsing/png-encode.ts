import { crc32, deflateSync } from "node:zlib";

/** Raw pixels as pdf.js decodes an image: 1-bit grey (1 = white), 8-bit RGB or 8-bit RGBA, rows top down. */
export interface RawPixels {
  readonly width: number;
  readonly height: number;
  /** Bits per pixel: 1 (grey, rows padded to a whole byte), 24 (RGB) or 32 (RGBA). */
  readonly bitsPerPixel: 1 | 24 | 32;
  readonly data: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** PNG colour type and bit depth for each pixel layout (PNG spec § 11.2.2: 0 grey, 2 RGB, 6 RGBA). */
const HEADER_OF = { 1: [1, 0], 24: [8, 2], 32: [8, 6] } as const;

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, body, crc]);
}

/**
 * Encodes raw pixels as a PNG (filter type 0 on every row, zlib from Node), so that an image taken out of
 * a PDF can go to OCR, which reads image files. No native dependency; exact, lossless.
 *
 * @example const png = encodePng({ width: 1, height: 1, bitsPerPixel: 24, data: new Uint8Array([255, 255, 255]) });
 */
export function encodePng(pixels: RawPixels): Buffer {
  const rowBytes = Math.ceil((pixels.width * pixels.bitsPerPixel) / 8);
  const filtered = Buffer.alloc((rowBytes + 1) * pixels.height);
  for (let row = 0; row < pixels.height; row += 1) {
    filtered.set(pixels.data.subarray(row * rowBytes, (row + 1) * rowBytes), row * (rowBytes + 1) + 1);
  }
  const [bitDepth, colourType] = HEADER_OF[pixels.bitsPerPixel];
  const header = Buffer.alloc(13);
  header.writeUInt32BE(pixels.width, 0);
  header.writeUInt32BE(pixels.height, 4);
  header.set([bitDepth, colourType, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(filtered, { level: 1 })), // fast: the PNG only crosses to the OCR worker
    chunk("IEND", new Uint8Array(0)),
  ]);
}
