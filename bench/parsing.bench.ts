/**
 * Document parsing (issue 11, "Speed"): `parse.paystub` is the built-in offline extractor on a one-page pay
 * stub PDF (pdf.js reads the text layer, core's parser reads the fields); the baseline is pdf.js's
 * `getTextContent` alone on the same PDF in the same run, so the ratio is what reading the fields adds.
 * The extraction's gross pay is checked before anything is timed.
 */

import { InvariantError } from "../packages/core/src/errors/index.js";
import { parsePayStub } from "../packages/core/src/origination/index.js";
import {
  builtinDocumentParser,
  payStubPdf,
  readPdfText,
  SAMPLE_PAY_STUB,
} from "../packages/server/src/adapters/document-parsing/index.js";
import { consume, microsecondsPerCall, type Suite, timeResult } from "./harness.js";

const warmUps = 20;
const samples = 101;

function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Microseconds of each call, one call at a time (each is asynchronous: pdf.js works through promises). */
async function timeEach(run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < warmUps; i += 1) consume(await run());
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const start = performance.now();
    consume(await run());
    times.push((performance.now() - start) * 1000);
  }
  return times;
}

const suite: Suite = {
  name: "parsing",
  async run() {
    const bytes = await payStubPdf(SAMPLE_PAY_STUB);
    const input = { bytes, contentType: "application/pdf", documentType: "pay_stub" } as const;
    const checked = await builtinDocumentParser.extract(input);
    const gross = checked.fields.find((field) => field.name === "grossPay");
    if (gross?.value !== SAMPLE_PAY_STUB.grossMinor) throw new InvariantError("the pay stub's gross pay was misread");
    // Interleaved, so that both see the same machine load.
    const extractor: number[] = [];
    const textOnly: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      extractor.push(...(await timeEach(() => builtinDocumentParser.extract(input))));
      textOnly.push(...(await timeEach(() => readPdfText(bytes, "application/pdf"))));
    }
    const parsed = median(extractor);
    const text = median(textOnly);
    const { items } = await readPdfText(bytes, "application/pdf");
    const coreOnly = microsecondsPerCall(() => parsePayStub(items));
    return [
      timeResult(
        "parse.paystub",
        parsed,
        text,
        `built-in extractor on a one-page pay stub PDF (${bytes.byteLength} bytes, ${checked.textItemCount} text items, ` +
          `${checked.fields.length} fields); median of ${extractor.length} runs; baseline pdf.js getTextContent alone ` +
          `on the same PDF (${textOnly.length} runs); core's parsePayStub alone on its items: ${coreOnly.toFixed(1)} us`,
      ),
    ];
  },
};
export default suite;
