import { describe, expect, it } from "vitest";
import { preparingClient, statementNames } from "./statement-cache.js";

describe("statementNames", () => {
  it("names a text the second time it is seen, and always the same name after", () => {
    const names = statementNames();
    expect(names.nameFor("select $1")).toBeUndefined();
    expect(names.nameFor("select $1")).toBe("ls_1");
    expect(names.nameFor("select $1")).toBe("ls_1");
    expect(names.nameFor("select $2")).toBeUndefined();
    expect(names.nameFor("select $2")).toBe("ls_2");
  });

  it("gives no name to a text longer than 8 KiB", () => {
    const names = statementNames();
    const long = `select ${"1,".repeat(5_000)}1`;
    names.nameFor(long);
    expect(names.nameFor(long)).toBeUndefined();
  });

  it("gives no name to a statement with more than 32 parameters (a batch's id list)", () => {
    const names = statementNames();
    const list = Array.from({ length: 33 }, (_, k) => `$${k + 1}`).join(", ");
    const text = `select id from loans where id in (${list})`;
    names.nameFor(text, 33);
    expect(names.nameFor(text, 33)).toBeUndefined();
    names.nameFor("select $1", 32);
    expect(names.nameFor("select $1", 32)).toBe("ls_1");
  });

  it("names a forgotten text afresh", () => {
    const names = statementNames();
    names.nameFor("select $1");
    expect(names.nameFor("select $1")).toBe("ls_1");
    names.forget("select $1");
    expect(names.nameFor("select $1")).toBe("ls_2");
    expect(names.nameFor("select $1")).toBe("ls_2");
  });

  it("stops naming after 256 names, and keeps the names it gave", () => {
    const names = statementNames();
    const given = new Set<string>();
    for (let n = 0; n < 300; n += 1) {
      names.nameFor(`select ${n}`);
      const name = names.nameFor(`select ${n}`);
      if (name !== undefined) given.add(name);
    }
    expect(given.size).toBe(256);
    expect(names.nameFor("select 0")).toBe("ls_1");
    expect(names.nameFor("select 299")).toBeUndefined();
  });
});

describe.skipIf(!process.env.DATABASE_URL)("preparingClient on PostgreSQL", () => {
  it("prepares a repeated statement, and plans a long id list with its values every time", async () => {
    const Client = preparingClient(statementNames());
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const ids = Array.from({ length: 40 }, (_, k) => `id-${k}`);
      const list = ids.map((_, k) => `$${k + 1}`).join(", ");
      const text = `select v from unnest(array['id-3', 'other']) as v where v in (${list})`;
      for (let run = 0; run < 7; run += 1) {
        // As the ORM sends them: a query config object.
        await client.query({ text: "select $1::text as one", values: ["x"] });
        const { rows } = await client.query({ text, values: ids });
        expect(rows).toEqual([{ v: "id-3" }]);
      }
      const { rows } = await client.query<{ statement: string }>("select statement from pg_prepared_statements");
      expect(rows.map((row) => row.statement)).toEqual(["select $1::text as one"]);
    } finally {
      await client.end();
    }
  });

  it("recovers a statement whose result type a migration changed: one failure, then a fresh prepare", async () => {
    const Client = preparingClient(statementNames());
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query(
        "create temporary table plan_probe (id int, amount int); insert into plan_probe values (1, 5)",
      );
      const select = { text: "select id, amount from plan_probe where id = $1", values: [1] };
      for (let run = 0; run < 3; run += 1) expect((await client.query(select)).rows).toEqual([{ id: 1, amount: 5 }]);
      await client.query("alter table plan_probe alter column amount type bigint");
      await expect(client.query(select)).rejects.toMatchObject({ code: "0A000" });
      // bigint arrives as a string: the statement was planned again against the new column type.
      expect((await client.query(select)).rows).toEqual([{ id: 1, amount: "5" }]);
      expect((await client.query(select)).rows).toEqual([{ id: 1, amount: "5" }]);
    } finally {
      await client.end();
    }
  });

  it("prepares the statement again on every connection after one of them met the stale plan", async () => {
    const Client = preparingClient(statementNames());
    const [first, second] = [
      new Client({ connectionString: process.env.DATABASE_URL }),
      new Client({ connectionString: process.env.DATABASE_URL }),
    ];
    await Promise.all([first.connect(), second.connect()]);
    try {
      await first.query("drop table if exists plan_probe_shared; create table plan_probe_shared (amount int)");
      await first.query("insert into plan_probe_shared values (7)");
      const select = { text: "select amount from plan_probe_shared", values: [] };
      for (const client of [first, second, first, second]) {
        expect((await client.query(select)).rows).toEqual([{ amount: 7 }]);
      }
      await first.query("alter table plan_probe_shared alter column amount type bigint");
      await expect(first.query(select)).rejects.toMatchObject({ code: "0A000" });
      // The other connection still holds the old statement, but now runs the text under its new name.
      expect((await second.query(select)).rows).toEqual([{ amount: "7" }]);
      expect((await first.query(select)).rows).toEqual([{ amount: "7" }]);
    } finally {
      await first.query("drop table if exists plan_probe_shared");
      await Promise.all([first.end(), second.end()]);
    }
  });
});
