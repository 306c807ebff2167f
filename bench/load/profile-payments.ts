/**
 * `npm run bench:profile-payments`: where a payment's time goes, in-process. Creates a scratch database on the
 * PostgreSQL at DATABASE_URL, seeds the demo tenant and `--loans` copies of one fresh personal loan, then drives
 * payments through the app (`app.request`, 32 in flight) for `--seconds` under a V8 CPU profile (written to
 * `--out`, for Chrome DevTools or speedscope; `--no-profile` for none), and prints the statements of one
 * payment, what the database connections waited for (pg_stat_activity sampled every 20 ms), and the CPU of a
 * payment in this process and in PostgreSQL's backends; and the size of the template loan's checkpoint (its text
 * written to payments-checkpoint.json in the temporary directory). The database is dropped at the end. `--long`
 * pays on 300-event mortgages (the long-history row of `bench:load`) instead; `--mortgage N` on 30-year
 * mortgages with N payments (`--mortgage 0`: new ones, the same schedule without the history). `--allocations`
 * writes a sampling heap profile of everything allocated instead of the CPU profile; `--promoted`, of what
 * outlived the young generation only (the garbage that grows the old generation and the RSS).
 *
 *   npm run bench:profile-payments -- --seconds 20 --loans 1000 --out /tmp/payments.cpuprofile
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { mintDevelopmentToken } from "../../packages/server/src/auth/development-token.js";
import { createDatabase } from "../../packages/server/src/db/database.js";
import { seedDemoTenant } from "../../packages/server/src/demo/seed.js";
import { createIdGenerator } from "../../packages/server/src/ids.js";
import { allScopes } from "../../packages/server/src/resources.js";
import { backendsOf, cpuSecondsOf } from "./cpu.js";
import { driveInProcess, payments } from "./drive.js";
import { countStatements, inProcessApp } from "./in-process.js";
import { parseLoadArgs } from "./options.js";
import { createScratchDatabase } from "./processes.js";
import { type Api, boardAndPay, copyTemplates, demoProductIds, monthsBefore } from "./seed.js";

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1]! : fallback;
};
const seconds = Number(flag("seconds", "20"));
const loanCount = Number(flag("loans", "1000"));
const isProfiled = !args.includes("--no-profile");
// `--long` is `--mortgage 299`.
const mortgagePayments = args.includes("--long")
  ? 299
  : args.includes("--mortgage")
    ? Number(flag("mortgage", "0"))
    : undefined;
const isPromoted = args.includes("--promoted");
const isAllocations = isPromoted || args.includes("--allocations");
const out = flag("out", join(tmpdir(), isAllocations ? "payments.heapprofile" : "payments.cpuprofile"));
const { adminUrl } = parseLoadArgs(["--quick"], process.env);

const scratch = await createScratchDatabase(adminUrl);
try {
  const setup = await createDatabase({ url: scratch.url });
  await setup.migrate();
  await seedDemoTenant(setup, { clock: () => new Date(), ids: createIdGenerator({ clock: () => new Date() }) });
  await setup.close();
  const app = await inProcessApp(scratch.url);
  const token = await mintDevelopmentToken({ tenant: "demo", scopes: allScopes(), ttl: "2h" });
  let key = 0;
  const call = async (method: string, path: string, body?: unknown, idempotencyKey?: string) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    if (method === "POST") headers["idempotency-key"] = idempotencyKey ?? `seed-${++key}`;
    const response = await app.handle(path, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
    return JSON.parse(text) as Record<string, unknown>;
  };
  const api: Api = { post: (path, body, k) => call("POST", path, body, k), get: (path) => call("GET", path) };
  const products = await demoProductIds(api);
  const utcToday = new Date().toISOString().slice(0, 10);
  const fresh = await boardAndPay(
    api,
    {
      productId: products.personal,
      amount: 1_000_000,
      currency: "USD",
      numberOfPayments: 36,
      ratePercent: "12",
      disbursementDate: monthsBefore(utcToday, 0, 20),
    },
    0,
  );
  const today = String((await api.get(`/v1/loans/${fresh}`)).asOf);
  const template =
    mortgagePayments === undefined
      ? fresh
      : await boardAndPay(
          api,
          {
            productId: products.mortgage,
            amount: 30_000_000,
            currency: "USD",
            // bench:load's long-history loan for 299 payments; otherwise disbursed so that the loan is current
            disbursementDate: mortgagePayments === 299 ? "2001-11-01" : monthsBefore(utcToday, mortgagePayments, 20),
          },
          mortgagePayments,
        );
  const client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  const copies = await copyTemplates(client, "demo", [template], loanCount);
  await client.query("analyze");
  const { rows: saved } = await client.query<{ state: string }>(
    "select state from loan_checkpoints where loan_id = $1",
    [template],
  );
  const checkpointText = saved[0]?.state ?? "";
  writeFileSync(join(tmpdir(), "payments-checkpoint.json"), checkpointText);
  console.log(`the template's checkpoint: ${checkpointText.length} characters`);
  await client.end();
  const loans = copies.get(template)!;
  const count = await countStatements(app.handle, token, payments(loans, today, "count")(0));
  console.log(`statements ${count.statements}, commits ${count.commits}:\n  ${count.outline.join("\n  ")}`);
  const sample = await app.handle(`/v1/loans/${loans[1]}/payments`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "idempotency-key": "sample" },
    body: JSON.stringify({ amount: 100, currency: "USD", effectiveDate: today }),
  });
  const sampleText = await sample.text();
  console.log(`response ${sample.status}, ${sampleText.length} bytes`);
  await driveInProcess(app.handle, token, payments(loans, today, "warm"), 32, 3);
  const session = new Session();
  if (isProfiled && isAllocations) {
    session.connect();
    await session.post("HeapProfiler.enable");
    await session.post("HeapProfiler.startSampling", {
      samplingInterval: 16_384,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: !isPromoted,
    } as never);
  } else if (isProfiled) {
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 500 });
    await session.post("Profiler.start");
  }
  const watcher = new pg.Client({ connectionString: scratch.url });
  await watcher.connect();
  const waits = new Map<string, number>();
  let samples = 0;
  let watching = true;
  const watch = (async () => {
    while (watching) {
      const { rows } = await watcher.query<{ state: string; wait: string | null; query: string }>(
        "select state, wait_event_type || ':' || wait_event as wait, left(regexp_replace(query, '\\s+', ' ', 'g'), 40) as query from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
      );
      samples++;
      for (const row of rows) {
        const key = `${row.state} ${row.wait ?? "-"} ${row.state === "active" ? row.query : ""}`;
        waits.set(key, (waits.get(key) ?? 0) + 1);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const backends = await backendsOf(watcher, scratch.name);
  const backendCpu = () => backends.reduce((sum, pid) => sum + (cpuSecondsOf(pid) ?? 0), 0);
  const backendStart = backendCpu();
  const cpu = process.cpuUsage();
  const result = await driveInProcess(app.handle, token, payments(loans, today, "run"), 32, seconds);
  const used = process.cpuUsage(cpu);
  if (isProfiled && isAllocations) {
    const { profile: recorded } = await session.post("HeapProfiler.stopSampling");
    writeFileSync(out, JSON.stringify(recorded));
    session.disconnect();
  } else if (isProfiled) {
    const { profile: recorded } = await session.post("Profiler.stop");
    writeFileSync(out, JSON.stringify(recorded));
    session.disconnect();
  }
  const postgresMs = ((backendCpu() - backendStart) * 1000) / result.total;
  watching = false;
  await watch;
  await watcher.end();
  console.log(`backends by state and wait (average of ${samples} samples):`);
  for (const [key, count] of [...waits].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    console.log(`  ${(count / samples).toFixed(2).padStart(6)} ${key}`);
  }
  const msPerPayment = (used.user + used.system) / 1000 / result.total;
  console.log(
    `${result.total} payments, ${result.perSecond.toFixed(0)}/s, p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms, ` +
      `${result.errors} errors; PostgreSQL ${postgresMs.toFixed(2)} ms/payment (${backends.length} backends); CPU ${msPerPayment.toFixed(3)} ms/payment (user ${(used.user / 1000 / result.total).toFixed(3)}); ` +
      `load ${loadavg()
        .map((v) => v.toFixed(2))
        .join(" ")}${isProfiled ? ` (profiled, ${out})` : ""}`,
  );
  await app.database.close();
} finally {
  await scratch.drop();
}
