/**
 * Seeding a load run. Template loans are boarded and paid through the real API (so every row is exactly
 * what the server stores); the book is then the templates copied in bulk, in PostgreSQL, under fresh loan
 * ids: one multi-row `INSERT … SELECT` from `unnest` of the ids per table and chunk. A few copies are read
 * back through the API and must answer exactly as their template does.
 */
import { isDeepStrictEqual } from "node:util";
import type pg from "pg";
import { createIdGenerator } from "../../packages/server/src/ids.js";

type Json = Record<string, unknown>;

/** A minimal JSON client for the server child. @example const api = apiFor(server.url, server.token); */
export interface Api {
  post(path: string, body: unknown, idempotencyKey?: string): Promise<Json>;
  get(path: string): Promise<Json>;
}

let keyCounter = 0;

/** @example const api = apiFor("http://127.0.0.1:3000", token); */
export function apiFor(url: string, token: string): Api {
  const call = async (method: string, path: string, body?: unknown, key?: string) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    if (key !== undefined) headers["idempotency-key"] = key;
    const response = await fetch(`${url}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
    return JSON.parse(text) as Json;
  };
  return {
    post: (path, body, key = `seed-${process.pid}-${++keyCounter}`) => call("POST", path, body, key),
    get: (path) => call("GET", path),
  };
}

/** The demo tenant's products by name (seeded by `lendstack serve`). */
export async function demoProductIds(api: Api): Promise<Record<"personal" | "auto" | "mortgage", string>> {
  const { data } = (await api.get("/v1/products?limit=100")) as { data: Array<{ id: string; name: string }> };
  const find = (name: string) => {
    const product = data.find((candidate) => candidate.name === name);
    if (!product) throw new Error(`the demo tenant has no "${name}"`);
    return product.id;
  };
  return {
    personal: find("Personal installment loan"),
    auto: find("Auto loan"),
    mortgage: find("30-year fixed mortgage"),
  };
}

/** A business date `months` months (and `days` days) before `today`. @example monthsBefore("2026-12-04", 2) */
export function monthsBefore(today: string, months: number, days = 0): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/**
 * Boards a loan and pays its first `payments` installments as scheduled (each on its due date, for its
 * planned amount), in order, through the API. Returns the loan id.
 *
 * @example
 * const id = await boardAndPay(api, { productId, amount: 1_000_000, currency: "USD", disbursementDate }, 3);
 */
export async function boardAndPay(api: Api, board: Json, payments: number): Promise<string> {
  const loan = await api.post("/v1/loans", board);
  const id = String(loan.id);
  if (payments === 0) return id;
  const schedule = (await api.get(`/v1/loans/${id}/schedule`)) as {
    installments: Array<{ dueDate: string; planned: number; plannedFees: number }>;
  };
  for (const installment of schedule.installments.slice(0, payments)) {
    const amount = installment.planned + installment.plannedFees;
    await api.post(`/v1/loans/${id}/payments`, { amount, currency: "USD", effectiveDate: installment.dueDate });
  }
  return id;
}

/**
 * The book's templates: personal, auto and mortgage loans disbursed 1 to 12 months ago, most paid as
 * scheduled, every third one a payment short (so the book has delinquent loans too). 1 to 13 events each.
 */
export async function boardBookTemplates(api: Api, today: string): Promise<string[]> {
  const products = await demoProductIds(api);
  const shapes = [
    { productId: products.personal, amount: 1_000_000, numberOfPayments: 36, ratePercent: "12" },
    { productId: products.auto, amount: 2_500_000 },
    { productId: products.mortgage, amount: 30_000_000 },
  ];
  const boards: Array<Promise<string>> = [];
  for (let index = 0; index < 12; index++) {
    const shape = shapes[index % shapes.length]!;
    const monthsAgo = 1 + index;
    const payments = Math.max(0, monthsAgo - 1 - (index % 3 === 2 ? 1 : 0));
    const board = { ...shape, currency: "USD", disbursementDate: monthsBefore(today, monthsAgo, index) };
    boards.push(boardAndPay(api, board, payments));
  }
  return Promise.all(boards);
}

async function columnsOf(client: pg.ClientBase, table: string): Promise<string[]> {
  const { rows } = await client.query<{ column_name: string }>(
    "select column_name from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position",
    [table],
  );
  return rows.map((row) => row.column_name);
}

/**
 * Copies loan `templateId` (its row, all its events and snapshots) `count` times under fresh `loan_…` ids,
 * in chunks of 5,000 loans, each chunk one transaction of three `INSERT … SELECT … unnest($ids)` statements. Every
 * column is copied as stored except the loan id. Returns the new ids.
 *
 * @example
 * const ids = await copyLoan(client, "demo", "loan_…", 10_000);
 */
export async function copyLoan(client: pg.ClientBase, tenantId: string, templateId: string, count: number) {
  const ids = createIdGenerator({ clock: () => new Date() });
  const copies = [];
  // The loan row, its events, its snapshots and its collections account (a book closed before, its delinquent
  // loans already in their queues, so a close is the steady-state one) and its checkpoint (left by its last
  // change, as every loan changed through the API has one). A copied account has no collector's task: the
  // template's task is its own.
  for (const [table, idColumn, owner] of [
    ["loans", "id", "id"],
    ["loan_events", "loan_id", "loan_id"],
    ["loan_snapshots", "loan_id", "loan_id"],
    ["loan_checkpoints", "loan_id", "loan_id"],
    ["collection_accounts", "loan_id", "loan_id"],
  ]) {
    const columns = await columnsOf(client, table!);
    const copied = (column: string) =>
      column === idColumn
        ? "copy.id"
        : table === "collection_accounts" && column === "task_id"
          ? "null"
          : `t.${column}`;
    const select = columns.map(copied).join(", ");
    copies.push(`insert into ${table} (${columns.join(", ")})
      select ${select} from unnest($1::text[]) as copy(id), ${table} t where t.tenant_id = $2 and t.${owner} = $3`);
  }
  const created: string[] = [];
  for (let start = 0; start < count; start += 5_000) {
    const chunk = Array.from({ length: Math.min(5_000, count - start) }, () => ids.next("loan"));
    await client.query("begin");
    for (const statement of copies) await client.query(statement, [chunk, tenantId, templateId]);
    await client.query("commit");
    created.push(...chunk);
  }
  return created;
}

/**
 * Copies the templates round-robin into `count` loans in all; returns the new ids by template.
 *
 * @example
 * const copies = await copyTemplates(client, "demo", templates, 100_000);
 */
export async function copyTemplates(client: pg.ClientBase, tenantId: string, templates: string[], count: number) {
  const copies = new Map<string, string[]>();
  for (const [index, template] of templates.entries()) {
    const share = Math.floor(count / templates.length) + (index < count % templates.length ? 1 : 0);
    copies.set(template, await copyLoan(client, tenantId, template, share));
  }
  return copies;
}

/**
 * Reads `perTemplate` copies of each template through the API (the loan with `?asOf` today, and its
 * events) and throws unless each answers exactly as its template, but for its id.
 *
 * @example
 * await verifyCopies(api, copies, 2);
 */
export async function verifyCopies(api: Api, copies: Map<string, string[]>, perTemplate: number): Promise<number> {
  let checked = 0;
  for (const [template, ids] of copies) {
    const want = await api.get(`/v1/loans/${template}`);
    const wantEvents = await api.get(`/v1/loans/${template}/events`);
    for (const id of ids.slice(0, perTemplate)) {
      const got = { ...(await api.get(`/v1/loans/${id}`)), id: template };
      const gotEvents = await api.get(`/v1/loans/${id}/events`);
      const sameEvents = JSON.stringify(gotEvents).replaceAll(id, template) === JSON.stringify(wantEvents);
      if (!isDeepStrictEqual(got, want) || !sameEvents) {
        throw new Error(`copy ${id} of ${template} does not read back as its template`);
      }
      checked++;
    }
  }
  return checked;
}

/**
 * Deletes loans and their events (the HTTP rows' loans, so the close's book is the book templates' copies).
 *
 * @example
 * await removeLoans(client, "demo", ids);
 */
export async function removeLoans(client: pg.ClientBase, tenantId: string, loanIds: ReadonlyArray<string>) {
  await client.query("begin");
  await client.query("delete from loan_events where tenant_id = $1 and loan_id = any($2::text[])", [tenantId, loanIds]);
  await client.query("delete from loans where tenant_id = $1 and id = any($2::text[])", [tenantId, loanIds]);
  await client.query("commit");
}
