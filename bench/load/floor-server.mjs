/**
 * The floor of a payment: a bare node:http server (no framework, no validation, no replay, no logging) that
 * stores a payment with the writes Lendstack's payment makes — idempotency key claimed and settled, tenant
 * scope set, loan row locked, event appended and the loan's version bumped, an outbox event, an audit record
 * on the tenant's hash chain — in PostgreSQL, through pg's pool with prepared statements. `bench:floor` runs
 * it as a child and drives it with autocannon: what the machine can do for any design that does this work.
 *
 *   FLOOR_MODE=per-request  one transaction per request (9 statements, as Lendstack's payment today)
 *   FLOOR_MODE=group        requests queued and stored together, one transaction and 9 multi-row statements
 *                           a batch (group commit), up to FLOOR_BATCH requests a batch
 *
 * Prints `listening <port>` on stdout when ready.
 */
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import pg from "pg";

const mode = process.env.FLOOR_MODE ?? "per-request";
const maxBatch = Number(process.env.FLOOR_BATCH ?? "64");
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const TENANT = "ten_floor";

const sha = (text) => createHash("sha256").update(text).digest("hex");

const single = {
  claim: {
    name: "claim",
    text: `insert into floor_idempotency (tenant_id, key, request_hash, state) values ($1, $2, $3, 'started')
      on conflict do nothing returning key`,
  },
  scope: { name: "scope", text: "select set_config('app.tenant_id', $1, true)" },
  lock: {
    name: "lock",
    text: "select id, version, balance from floor_loans where tenant_id = $1 and id = $2 for update",
  },
  append: {
    name: "append",
    text: `with appended as (insert into floor_loan_events (tenant_id, loan_id, sequence, id, type, amount,
        effective_date, recorded_at, payload) values ($1, $2, $3, $4, 'payment', $5, $6, now(), $7::jsonb))
      update floor_loans set version = $3, balance = balance - $5, updated_at = now()
      where tenant_id = $1 and id = $2 returning version, balance`,
  },
  outbox: {
    name: "outbox",
    text: "insert into floor_events (tenant_id, id, type, created_at, data) values ($1, $2, 'loan.payment_posted', now(), $3::jsonb)",
  },
  settle: {
    name: "settle",
    text: `update floor_idempotency set state = 'done', response_status = 201, response_body = $3
      where tenant_id = $1 and key = $2`,
  },
  audit: {
    name: "audit",
    text: `with head as (select sequence + 1 as seq, hash as prev from floor_audit_heads where tenant_id = $1 for update),
      record as (insert into floor_audit (tenant_id, sequence, action, details, previous_hash, hash)
        select $1, seq, 'loan.payment_posted', $2::jsonb, prev, encode(sha256(convert_to($2 || seq::text || prev, 'UTF8')), 'hex')
        from head returning sequence, hash)
      update floor_audit_heads set sequence = record.sequence, hash = record.hash from record
      where floor_audit_heads.tenant_id = $1`,
  },
};

const multi = {
  claim: {
    name: "claim-n",
    text: `insert into floor_idempotency (tenant_id, key, request_hash, state)
      select $1, key, hash, 'started' from unnest($2::text[], $3::text[]) as r(key, hash)
      on conflict do nothing returning key`,
  },
  lock: {
    name: "lock-n",
    text: `select id, version, balance from floor_loans where tenant_id = $1 and id = any($2::text[])
      order by id for update`,
  },
  append: {
    name: "append-n",
    text: `with appended as (insert into floor_loan_events (tenant_id, loan_id, sequence, id, type, amount,
        effective_date, recorded_at, payload)
        select $1, loan_id, seq, id, 'payment', amount, day, now(), payload
        from jsonb_to_recordset($2::jsonb) as r(loan_id text, seq int, id text, amount bigint, day date, payload jsonb))
      update floor_loans set version = r.version, balance = r.balance, updated_at = now()
      from jsonb_to_recordset($3::jsonb) as r(id text, version int, balance bigint)
      where floor_loans.tenant_id = $1 and floor_loans.id = r.id`,
  },
  outbox: {
    name: "outbox-n",
    text: `insert into floor_events (tenant_id, id, type, created_at, data)
      select $1, id, 'loan.payment_posted', now(), data from jsonb_to_recordset($2::jsonb) as r(id text, data jsonb)`,
  },
  settle: {
    name: "settle-n",
    text: `update floor_idempotency set state = 'done', response_status = 201, response_body = r.body
      from unnest($2::text[], $3::text[]) as r(key, body) where tenant_id = $1 and floor_idempotency.key = r.key`,
  },
  head: { name: "head", text: "select sequence, hash from floor_audit_heads where tenant_id = $1 for update" },
  audit: {
    name: "audit-n",
    text: `with record as (insert into floor_audit (tenant_id, sequence, action, details, previous_hash, hash)
        select $1, seq, 'loan.payment_posted', details, prev, hash
        from jsonb_to_recordset($2::jsonb) as r(seq bigint, details jsonb, prev text, hash text))
      update floor_audit_heads set sequence = $3, hash = $4 where tenant_id = $1`,
  },
};

let counter = 0;
const nextId = (prefix) => `${prefix}_${process.pid}_${++counter}`;

function responseOf(loanId, eventId, version, balance, amount, day) {
  return {
    event: { id: eventId, type: "payment", loanId, amount, currency: "USD", effectiveDate: day },
    loan: { id: loanId, version, status: "active", principalBalance: String(balance) },
  };
}

/** Runs `work` in a transaction on a pooled connection: committed when it returns, rolled back when it throws. */
async function inTransaction(work) {
  const client = await pool.connect();
  try {
    await client.query("begin");
    const result = await work(client);
    await client.query("commit");
    return result;
  } catch (error) {
    await client.query("rollback");
    throw error;
  } finally {
    client.release();
  }
}

/** One request, one transaction: Lendstack's payment's statements without its framework. */
function storeOne({ loanId, key, amount, day, bodyText }) {
  return inTransaction(async (client) => {
    const claimed = await client.query({ ...single.claim, values: [TENANT, key, sha(bodyText)] });
    if (claimed.rowCount === 0) throw Object.assign(new Error("replayed key"), { status: 409 });
    await client.query({ ...single.scope, values: [TENANT] });
    const locked = await client.query({ ...single.lock, values: [TENANT, loanId] });
    const loan = locked.rows[0];
    if (loan === undefined) throw Object.assign(new Error("no loan"), { status: 404 });
    const eventId = nextId("pmt");
    const version = loan.version + 1;
    const payload = JSON.stringify({ amount, effectiveDate: day });
    const appended = await client.query({
      ...single.append,
      values: [TENANT, loanId, version, eventId, amount, day, payload],
    });
    const { balance } = appended.rows[0];
    const body = JSON.stringify(responseOf(loanId, eventId, version, balance, amount, day));
    await client.query({ ...single.outbox, values: [TENANT, nextId("evt"), body] });
    await client.query({ ...single.settle, values: [TENANT, key, body] });
    await client.query({ ...single.audit, values: [TENANT, JSON.stringify({ eventId, loanId, version })] });
    return body;
  });
}

let queue = [];
let storing = false;

/** Stores every queued request in one transaction, then the next batch; each request learns its outcome. */
async function drain() {
  if (storing || queue.length === 0) return;
  storing = true;
  const batch = queue.slice(0, maxBatch);
  queue = queue.slice(batch.length);
  try {
    const bodies = await storeBatch(batch.map((item) => item.payment));
    for (const [index, item] of batch.entries()) item.resolve(bodies[index]);
  } catch (error) {
    for (const item of batch) item.reject(error);
  } finally {
    storing = false;
    void drain();
  }
}

function storeBatch(payments) {
  return inTransaction(async (client) => {
    const claimed = await client.query({
      ...multi.claim,
      values: [TENANT, payments.map((p) => p.key), payments.map((p) => sha(p.bodyText))],
    });
    if (claimed.rowCount !== payments.length) throw Object.assign(new Error("replayed key"), { status: 409 });
    await client.query({ ...single.scope, values: [TENANT] });
    const ids = [...new Set(payments.map((p) => p.loanId))];
    const locked = await client.query({ ...multi.lock, values: [TENANT, ids] });
    const loans = new Map(locked.rows.map((row) => [row.id, { ...row, balance: BigInt(row.balance) }]));
    const events = [];
    const bodies = [];
    const outbox = [];
    for (const p of payments) {
      const loan = loans.get(p.loanId);
      if (loan === undefined) throw Object.assign(new Error("no loan"), { status: 404 });
      loan.version += 1;
      loan.balance -= BigInt(p.amount);
      const eventId = nextId("pmt");
      events.push({
        loan_id: p.loanId,
        seq: loan.version,
        id: eventId,
        amount: p.amount,
        day: p.day,
        payload: { amount: p.amount, effectiveDate: p.day },
      });
      const response = responseOf(p.loanId, eventId, loan.version, loan.balance, p.amount, p.day);
      bodies.push(JSON.stringify(response));
      outbox.push({ id: nextId("evt"), data: response });
    }
    const updated = [...loans.values()].map((loan) => ({
      id: loan.id,
      version: loan.version,
      balance: String(loan.balance),
    }));
    await client.query({ ...multi.append, values: [TENANT, JSON.stringify(events), JSON.stringify(updated)] });
    await client.query({ ...multi.outbox, values: [TENANT, JSON.stringify(outbox)] });
    await client.query({ ...multi.settle, values: [TENANT, payments.map((p) => p.key), bodies] });
    const head = (await client.query({ ...multi.head, values: [TENANT] })).rows[0];
    let sequence = Number(head.sequence);
    let previous = head.hash;
    const records = events.map((event) => {
      const details = { eventId: event.id, loanId: event.loan_id, version: event.seq };
      sequence += 1;
      const hash = sha(JSON.stringify(details) + sequence + previous);
      const record = { seq: sequence, details, prev: previous, hash };
      previous = hash;
      return record;
    });
    await client.query({ ...multi.audit, values: [TENANT, JSON.stringify(records), sequence, previous] });
    return bodies;
  });
}

function storeQueued(payment) {
  return new Promise((resolve, reject) => {
    queue.push({ payment, resolve, reject });
    void drain();
  });
}

const store = mode === "group" ? storeQueued : storeOne;

const server = createServer((request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    const bodyText = Buffer.concat(chunks).toString("utf8");
    const match = /^\/loans\/([^/]+)\/payments$/.exec(request.url ?? "");
    let parsed;
    try {
      parsed = JSON.parse(bodyText);
    } catch {
      parsed = undefined;
    }
    const key = request.headers["idempotency-key"];
    if (match === null || parsed === undefined || typeof key !== "string") {
      response.writeHead(400, { "content-type": "application/problem+json" }).end('{"title":"bad request"}');
      return;
    }
    store({ loanId: match[1], key, amount: parsed.amount, day: parsed.effectiveDate, bodyText }).then(
      (body) => response.writeHead(201, { "content-type": "application/json" }).end(body),
      (error) => {
        response.writeHead(error.status ?? 500, { "content-type": "application/problem+json" });
        response.end(JSON.stringify({ title: String(error.message) }));
      },
    );
  });
});

server.listen(0, "127.0.0.1", () => process.stdout.write(`listening ${server.address().port}\n`));
process.on("SIGTERM", () => server.close(() => pool.end().then(() => process.exit(0))));
