import { describe, expect, it } from "vitest";
import { statementNames } from "./statement-cache.js";

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
