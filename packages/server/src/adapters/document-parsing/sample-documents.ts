import type { PDFFont, PDFPage } from "pdf-lib";
import { pdfLib, rgbColor } from "../../pdf/pdf-lib.js";

// Deterministic sample PDFs with hand-known figures (tests, the bench, trying the API): no creation date,
// no producer, so the same figures give the same bytes.

/** A pay stub's figures: money in cents, dates `YYYY-MM-DD`. */
export interface PayStubFigures {
  readonly employer: string;
  readonly employee: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly payDate: string;
  readonly grossMinor: bigint;
  readonly netMinor: bigint;
  readonly ytdGrossMinor: bigint;
  readonly ytdNetMinor: bigint;
}

/** A bank statement's figures: money in cents, dates `YYYY-MM-DD`, the NSF/overdraft fee lines on page 2. */
export interface BankStatementFigures {
  readonly holder: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly openingMinor: bigint;
  readonly closingMinor: bigint;
  readonly depositsMinor: bigint;
  readonly nsfFees: number;
}

/** Dollars as documents print them. @example dollars(416_667n) === "$4,166.67"; dollars(-3_500n) === "($35.00)" */
export function dollars(minor: bigint): string {
  const magnitude = minor < 0n ? -minor : minor;
  const whole = (magnitude / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const text = `$${whole}.${(magnitude % 100n).toString().padStart(2, "0")}`;
  return minor < 0n ? `(${text})` : text;
}

const usDate = (date: string) => `${date.slice(5, 7)}/${date.slice(8, 10)}/${date.slice(0, 4)}`;

async function newDocument() {
  const { PDFDocument, StandardFonts } = await pdfLib();
  const pdf = await PDFDocument.create({ updateMetadata: false });
  return {
    pdf,
    font: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  };
}

function writer(page: PDFPage, font: PDFFont) {
  return (text: string, x: number, y: number, size = 10, with_ = font) =>
    page.drawText(text, { x, y, size, font: with_ });
}

/**
 * A one-page pay stub (US Letter): employer, employee, period and pay date side by side with their labels, an
 * earnings table with `Current` and `YTD` columns (gross, two taxes, net).
 *
 * @example const bytes = await payStubPdf(SAMPLE_PAY_STUB);
 */
export async function payStubPdf(figures: PayStubFigures): Promise<Uint8Array> {
  const { pdf, font, bold } = await newDocument();
  const page = pdf.addPage([612, 792]);
  const write = writer(page, font);
  write(figures.employer, 72, 740, 14, bold);
  write("EARNINGS STATEMENT", 400, 740, 12, bold);
  write("Employee:", 72, 700);
  write(figures.employee, 170, 700);
  write("Pay Period:", 72, 684);
  write(`${usDate(figures.periodStart)} - ${usDate(figures.periodEnd)}`, 170, 684);
  write("Pay Date:", 72, 668);
  write(usDate(figures.payDate), 170, 668);
  write("Employer:", 340, 700);
  write(figures.employer, 420, 700);
  page.drawLine({ start: { x: 72, y: 640 }, end: { x: 540, y: 640 }, thickness: 0.5, color: rgbColor(0, 0, 0) });
  write("Earnings", 72, 620, 10, bold);
  write("Current", 300, 620, 10, bold);
  write("YTD", 440, 620, 10, bold);
  const taxes = figures.grossMinor - figures.netMinor;
  const ytdTaxes = figures.ytdGrossMinor - figures.ytdNetMinor;
  const federal = (taxes * 6n) / 10n;
  const ytdFederal = (ytdTaxes * 6n) / 10n;
  const rows: Array<[string, bigint, bigint]> = [
    ["Gross Pay", figures.grossMinor, figures.ytdGrossMinor],
    ["Federal Income Tax", -federal, -ytdFederal],
    ["Social Security and Medicare", -(taxes - federal), -(ytdTaxes - ytdFederal)],
    ["Net Pay", figures.netMinor, figures.ytdNetMinor],
  ];
  rows.forEach(([label, current, ytd], index) => {
    const y = 600 - index * 18;
    write(label, 72, y);
    write(dollars(current), 300, y);
    write(dollars(ytd), 440, y);
  });
  return pdf.save({ useObjectStreams: false });
}

/**
 * A two-page bank statement: holder, period and the summary (opening and closing balance, total deposits)
 * on page 1; the transactions on page 2, with `nsfFees` NSF / overdraft fee lines among them and a
 * summary line of their total (not a fee line).
 *
 * @example const bytes = await bankStatementPdf(SAMPLE_BANK_STATEMENT);
 */
export async function bankStatementPdf(figures: BankStatementFigures): Promise<Uint8Array> {
  const { pdf, font, bold } = await newDocument();
  const first = pdf.addPage([612, 792]);
  const write = writer(first, font);
  write("FIRST EXAMPLE BANK", 72, 740, 14, bold);
  write("Account Holder", 72, 700);
  write(figures.holder, 72, 686);
  write("Statement Period", 300, 700);
  write(`${usDate(figures.periodStart)} to ${usDate(figures.periodEnd)}`, 300, 686);
  write("Account Summary", 72, 640, 12, bold);
  write("Beginning Balance", 72, 620);
  write(dollars(figures.openingMinor), 300, 620);
  write("Total Deposits and Credits", 72, 604);
  write(dollars(figures.depositsMinor), 300, 604);
  write("Ending Balance", 72, 588);
  write(dollars(figures.closingMinor), 300, 588);
  const second = pdf.addPage([612, 792]);
  const line = writer(second, font);
  line("Transactions", 72, 740, 12, bold);
  line("Date", 72, 716, 10, bold);
  line("Description", 140, 716, 10, bold);
  line("Amount", 440, 716, 10, bold);
  const fees = Array.from({ length: figures.nsfFees }, (_, index) =>
    index % 2 === 0 ? "NSF FEE RETURNED ITEM" : "OVERDRAFT FEE",
  );
  const lines = ["PAYROLL DEPOSIT", ...fees, "CARD PURCHASE GROCERY"];
  lines.forEach((description, index) => {
    const y = 696 - index * 16;
    line(`03/${String(index * 2 + 2).padStart(2, "0")}`, 72, y);
    line(description, 140, y);
    line(description.includes("FEE") ? "(35.00)" : description.startsWith("PAYROLL") ? "4,166.67" : "(82.19)", 440, y);
  });
  const y = 696 - lines.length * 16 - 20;
  line("Total overdraft and NSF fees this period", 72, y);
  line(dollars(BigInt(figures.nsfFees) * 3_500n), 440, y);
  return pdf.save({ useObjectStreams: false });
}

/** A page with a drawn box and no text: what a scan without OCR looks like to a text reader. */
export async function scannedPdf(): Promise<Uint8Array> {
  const { PDFDocument } = await pdfLib();
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.addPage([612, 792]).drawRectangle({ x: 72, y: 500, width: 300, height: 200, color: rgbColor(0.8, 0.8, 0.8) });
  return pdf.save({ useObjectStreams: false });
}

/** A biweekly stub: $1,923.08 gross (= $4,166.67 a month: 192,308 × 26 / 12 = 416,667.33 → 416,667). */
export const SAMPLE_PAY_STUB: PayStubFigures = {
  employer: "Acme Widgets, Inc.",
  employee: "Ada Lovelace",
  periodStart: "2026-03-02",
  periodEnd: "2026-03-15",
  payDate: "2026-03-20",
  grossMinor: 192_308n,
  netMinor: 148_012n,
  ytdGrossMinor: 1_153_848n,
  ytdNetMinor: 888_072n,
};

/** March 2026, two fee lines. */
export const SAMPLE_BANK_STATEMENT: BankStatementFigures = {
  holder: "Ada Lovelace",
  periodStart: "2026-03-01",
  periodEnd: "2026-03-31",
  openingMinor: 250_000n,
  closingMinor: 120_411n,
  depositsMinor: 833_334n,
  nsfFees: 2,
};
