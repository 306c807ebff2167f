import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./unavailable.js";

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe("isDatabaseUnavailable", () => {
  // SQLSTATEs from https://www.postgresql.org/docs/current/errcodes-appendix.html; socket codes from Node's
  // errors; the bare messages are node-postgres's (pg/lib/client.js, pg-pool/index.js).
  const cases: ReadonlyArray<{ given: unknown; want: boolean; why: string }> = [
    { given: withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"), want: true, why: "refused" },
    { given: withCode("read ECONNRESET", "ECONNRESET"), want: true, why: "reset" },
    { given: withCode("terminating connection due to administrator command", "57P01"), want: true, why: "57P01" },
    { given: withCode("the database system is starting up", "57P03"), want: true, why: "57P03" },
    { given: withCode("the database system is shutting down", "57P03"), want: true, why: "shutting down" },
    { given: withCode("sorry, too many clients already", "53300"), want: true, why: "53300" },
    { given: withCode("canceling statement due to statement timeout", "57014"), want: true, why: "57014" },
    { given: withCode("connection failure", "08006"), want: true, why: "class 08" },
    { given: new Error("Connection terminated unexpectedly"), want: true, why: "pg: socket closed mid-query" },
    { given: new Error("timeout exceeded when trying to connect"), want: true, why: "pg-pool connect timeout" },
    { given: new Error("Client has encountered a connection error and is not queryable"), want: true, why: "pg" },
    {
      given: new Error("Failed query: select 1", { cause: withCode("connect ECONNREFUSED", "ECONNREFUSED") }),
      want: true,
      why: "drizzle wraps the driver's error in cause",
    },
    {
      given: Object.assign(new AggregateError([withCode("connect ECONNREFUSED ::1:5432", "ECONNREFUSED")], ""), {
        code: "ECONNREFUSED",
      }),
      want: true,
      why: "several addresses",
    },
    { given: new AggregateError([withCode("connect ECONNREFUSED", "ECONNREFUSED")], ""), want: true, why: "inner" },
    { given: withCode("duplicate key value violates unique constraint", "23505"), want: false, why: "a real error" },
    { given: withCode("syntax error at or near", "42601"), want: false, why: "a bug" },
    { given: new TypeError("Cannot read properties of null (reading 'write')"), want: false, why: "unknown" },
    { given: "ECONNREFUSED", want: false, why: "not an error object" },
    { given: undefined, want: false, why: "nothing" },
  ];
  it.each(cases)("$why → $want", ({ given, want }) => {
    expect(isDatabaseUnavailable(given)).toBe(want);
  });
});
