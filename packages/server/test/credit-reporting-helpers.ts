import {
  metro2BaseLayout,
  metro2HeaderLayout,
  metro2J1Layout,
  metro2J2Layout,
  metro2Lengths,
  metro2TrailerLayout,
  readMetro2Record,
} from "@lendstack/core/credit-reporting";
import { expect } from "vitest";
import { json } from "./helpers/products.js";
import type { TestApp } from "./helpers/test-app.js";

/** The furnisher every credit-reporting test tenant sets. */
export const furnisher = {
  identificationNumber: "LENDSTACK01",
  reporterName: "Lendstack Test Lending",
  reporterAddress: "1 Main St, Lincoln NE 68508",
  reporterTelephoneNumber: "4025550100",
  equifaxProgramIdentifier: "EQ12345",
};

/** A parsed Metro 2 file: header, base segments (with their J1/J2 segments) and trailer, each as fields. */
export interface ParsedMetro2 {
  readonly header: Readonly<Record<string, string>>;
  readonly accounts: ReadonlyArray<{
    readonly base: Readonly<Record<string, string>>;
    readonly segments: ReadonlyArray<Readonly<Record<string, string>>>;
    readonly length: number;
  }>;
  readonly trailer: Readonly<Record<string, string>>;
}

/** Reads every line back with core's layouts, checking each record's length against its descriptor word. */
export function parseMetro2(text: string): ParsedMetro2 {
  expect(text.endsWith("\n")).toBe(true);
  const lines = text.slice(0, -1).split("\n");
  const first = lines[0] ?? "";
  const last = lines.at(-1) ?? "";
  expect(first.length).toBe(metro2Lengths.header);
  expect(last.length).toBe(metro2Lengths.trailer);
  const accounts = lines.slice(1, -1).map((line) => {
    const base = readMetro2Record(metro2BaseLayout, line.slice(0, metro2Lengths.base));
    expect(Number(base.recordDescriptorWord)).toBe(line.length);
    const segments: Record<string, string>[] = [];
    for (let at = metro2Lengths.base; at < line.length; ) {
      const isJ2 = line.slice(at, at + 2) === "J2";
      const length = isJ2 ? metro2Lengths.j2 : metro2Lengths.j1;
      segments.push(readMetro2Record(isJ2 ? metro2J2Layout : metro2J1Layout, line.slice(at, at + length)));
      at += length;
    }
    return { base, segments, length: line.length };
  });
  return {
    header: readMetro2Record(metro2HeaderLayout, first),
    accounts,
    trailer: readMetro2Record(metro2TrailerLayout, last),
  };
}

/** Generates a month's file (expects 201) and returns its body and its parsed text. */
export async function generate(api: TestApp, token: string, month: string) {
  const response = await api.call("POST", "/v1/credit-reporting/metro2-files", { token, body: { month } });
  const file = await json(response);
  expect(response.status, JSON.stringify(file)).toBe(201);
  const content = await api.call("GET", `/v1/credit-reporting/metro2-files/${file.id}/content`, { token });
  expect(content.status).toBe(200);
  expect(content.headers.get("content-type")).toMatch(/^text\/plain/);
  expect(content.headers.get("content-disposition")).toBe(`attachment; filename="metro2-${month}-${file.id}.txt"`);
  return { file, parsed: parseMetro2(await content.text()) };
}

/** The account of a loan in a parsed file (account number: the loan id without `loan_`). */
export function accountOf(parsed: ParsedMetro2, loanId: string) {
  const account = parsed.accounts.find(
    (a) => (a.base.consumerAccountNumber ?? "").trim() === loanId.replace(/^loan_/, ""),
  );
  expect(account, `no account for ${loanId}`).toBeDefined();
  return account as ParsedMetro2["accounts"][number];
}
