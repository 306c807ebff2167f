import { fail, ok, type Result } from "@lendstack/core/errors";
import { type ParsedAchBatch, type ParsedAchEntry, parseAchFile } from "@lendstack/core/payments";
import type { AchDebitOutcome, PaymentProcessor } from "./processor.js";

// The sandbox RDFI's answer to an originated file: a returns/NOC file in NACHA's return (addenda 99) and
// notification of change (addenda 98, SEC COR) layouts, with the batch and file controls that match it.

const pad = (text: string, width: number) => text.slice(0, width).padEnd(width);
const zeros = (value: bigint | number, width: number) => String(value).padStart(width, "0");
/** A returned debit's transaction code: 26 for checking, 36 for savings. */
const returnCode = (original: string) => (original.startsWith("3") ? "36" : "26");

interface Answer {
  readonly entry: ParsedAchEntry;
  readonly outcome: Exclude<AchDebitOutcome, { kind: "settles" }>;
}

function entryLines(answer: Answer, trace: string): [string, string] {
  const { entry, outcome } = answer;
  const amount = outcome.kind === "changed" ? 0n : entry.amountMinor;
  const detail =
    `6${returnCode(entry.transactionCode)}${entry.routingNumber}${pad(entry.accountNumber, 17)}${zeros(amount, 10)}` +
    `${pad(entry.individualId, 15)}${pad(entry.individualName, 22)}  1${trace}`;
  const rdfi = entry.routingNumber.slice(0, 8);
  const addenda =
    outcome.kind === "returned"
      ? `799${pad(outcome.returnCode, 3)}${entry.traceNumber}${" ".repeat(6)}${rdfi}${" ".repeat(44)}${trace}`
      : `798${pad(outcome.changeCode, 3)}${entry.traceNumber}${" ".repeat(6)}${rdfi}${pad(outcome.correctedData, 29)}${" ".repeat(15)}${trace}`;
  return [detail, addenda];
}

interface BatchTotals {
  count: number;
  hash: bigint;
  debit: bigint;
}

function batchLines(
  template: ParsedAchBatch,
  sec: "PPD" | "COR",
  answers: ReadonlyArray<Answer>,
  number: number,
  nextTrace: () => string,
): { lines: string[]; totals: BatchTotals } {
  const effective = (template.effectiveEntryDate ?? "2000-01-01").replaceAll("-", "").slice(2);
  const header =
    `5200${pad(template.companyName, 16)}${" ".repeat(20)}${pad(template.companyId, 10)}${sec}` +
    `${pad(template.entryDescription, 10)}${" ".repeat(6)}${effective}   1${template.originatingDfi}${zeros(number, 7)}`;
  const lines = [header];
  const totals: BatchTotals = { count: 0, hash: 0n, debit: 0n };
  for (const answer of answers) {
    lines.push(...entryLines(answer, nextTrace()));
    totals.count += 2;
    totals.hash += BigInt(answer.entry.routingNumber.slice(0, 8));
    if (answer.outcome.kind === "returned") totals.debit += answer.entry.amountMinor;
  }
  const hash = zeros(totals.hash % 10_000_000_000n, 10);
  lines.push(
    `8200${zeros(totals.count, 6)}${hash}${zeros(totals.debit, 12)}${zeros(0, 12)}${pad(template.companyId, 10)}` +
      `${" ".repeat(25)}${template.originatingDfi}${zeros(number, 7)}`,
  );
  return { lines, totals };
}

/**
 * What the sandbox's RDFIs send back for an originated file: every debit to a test account that returns
 * (R01, R02 …) or is corrected (C01) gets its return or NOC entry; debits that settle are not in it.
 * `undefined` when nothing comes back. Fails when `originated` is not a NACHA file.
 *
 * @example
 * const answer = sandboxReturnsFile(fileText, sandboxPaymentProcessor); // "101 …" or undefined
 */
export function sandboxReturnsFile(originated: string, processor: PaymentProcessor): Result<string | undefined> {
  const parsed = parseAchFile(originated);
  if (!parsed.ok) return parsed;
  const template = parsed.value.batches[0];
  if (template === undefined) return fail("empty_ach_file", "the file has no batches");
  const answers: Answer[] = [];
  for (const batch of parsed.value.batches) {
    for (const entry of batch.entries) {
      const outcome = processor.achDebitOutcome(entry);
      if (outcome.kind !== "settles") answers.push({ entry, outcome });
    }
  }
  if (answers.length === 0) return ok(undefined);
  let sequence = 0;
  const nextTrace = () => `${template.originatingDfi}${zeros(++sequence, 7)}`;
  const returns = answers.filter((answer) => answer.outcome.kind === "returned");
  const changes = answers.filter((answer) => answer.outcome.kind === "changed");
  const groups = [
    { sec: "PPD" as const, answers: returns },
    { sec: "COR" as const, answers: changes },
  ].filter((group) => group.answers.length > 0);
  const header = originated.split(/\r?\n/)[0] ?? "";
  const lines = [header];
  const file: BatchTotals = { count: 0, hash: 0n, debit: 0n };
  groups.forEach((group, index) => {
    const built = batchLines(template, group.sec, group.answers, index + 1, nextTrace);
    lines.push(...built.lines);
    file.count += built.totals.count;
    file.hash += built.totals.hash;
    file.debit += built.totals.debit;
  });
  const blocks = Math.ceil((lines.length + 1) / 10);
  lines.push(
    `9${zeros(groups.length, 6)}${zeros(blocks, 6)}${zeros(file.count, 8)}${zeros(file.hash % 10_000_000_000n, 10)}` +
      `${zeros(file.debit, 12)}${zeros(0, 12)}${" ".repeat(39)}`,
  );
  while (lines.length < blocks * 10) lines.push("9".repeat(94));
  return ok(`${lines.join("\n")}\n`);
}
