import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Lendstack } from "../src/index.js";
import { json, type ScriptedServer, startScriptedServer } from "./helpers/scripted-server.js";

const LOAN_IDS = Array.from({ length: 8 }, (_, index) => `loan_${index}`);
let server: ScriptedServer;
let client: Lendstack;

// Serves LOAN_IDS in pages of `limit`, the cursor being the index of the next item.
beforeAll(async () => {
  server = await startScriptedServer((request, response) => {
    const url = new URL(request.url, "http://x");
    const limit = Number(url.searchParams.get("limit") ?? 20);
    const start = Number(url.searchParams.get("cursor") ?? 0);
    const data = LOAN_IDS.slice(start, start + limit).map((id) => ({ id }));
    const next = start + limit < LOAN_IDS.length ? String(start + limit) : null;
    json(response, 200, { data, nextCursor: next });
  });
  client = new Lendstack({ baseUrl: server.baseUrl, token: "t" });
});
afterAll(() => server.close());

describe("auto-pagination", () => {
  it("for await yields every item of a 3-page list exactly once, keeping the filters on every page", async () => {
    const before = server.received.length;
    const seen: string[] = [];
    for await (const loan of client.loans.list({ status: "active", limit: 3 })) seen.push(loan.id);
    expect(seen).toEqual(LOAN_IDS);
    const urls = server.received.slice(before).map((request) => request.url);
    expect(urls).toEqual([
      "/v1/loans?status=active&limit=3",
      "/v1/loans?status=active&limit=3&cursor=3",
      "/v1/loans?status=active&limit=3&cursor=6",
    ]);
  });

  it("awaiting a list gives its first page with nextCursor and lastResponse", async () => {
    const page = await client.loans.list({ limit: 3 });
    expect(page.data.map((loan) => loan.id)).toEqual(["loan_0", "loan_1", "loan_2"]);
    expect(page.nextCursor).toBe("3");
    expect(page.lastResponse.statusCode).toBe(200);
    expect(page.lastResponse.requestId).toMatch(/^req_200_/);
    expect(Object.keys(page)).toEqual(["data", "nextCursor"]);
  });

  it("sends nothing until awaited or iterated, and one request when awaited twice", async () => {
    const before = server.received.length;
    const list = client.loans.list({ limit: 2 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.received.length).toBe(before);
    await list;
    await list;
    expect(server.received.length).toBe(before + 1);
  });

  it("autoPagingToArray stops at its limit without fetching pages past it", async () => {
    const before = server.received.length;
    const loans = await client.loans.list({ limit: 3 }).autoPagingToArray({ limit: 4 });
    expect(loans.map((loan) => loan.id)).toEqual(["loan_0", "loan_1", "loan_2", "loan_3"]);
    expect(server.received.length - before).toBe(2);
  });

  it("pages() walks whole pages", async () => {
    const sizes: number[] = [];
    for await (const page of client.loans.list({ limit: 5 }).pages()) sizes.push(page.data.length);
    expect(sizes).toEqual([5, 3]);
  });
});
