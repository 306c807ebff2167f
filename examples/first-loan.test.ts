import {
  allScopes,
  createApp,
  createIdGenerator,
  createLogger,
  createTestDatabase,
  mintDevelopmentToken,
  seedDemoTenant,
  type TestDatabase,
} from "@lendstack/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runFirstLoan } from "./first-loan.js";

const auth = {
  secret: "first-loan-test-secret-at-least-32-characters",
  issuer: "lendstack",
  audience: "lendstack-api",
};

describe("examples/first-loan.ts against an in-process server", () => {
  let testDatabase: TestDatabase;
  beforeAll(async () => {
    testDatabase = await createTestDatabase();
  });
  afterAll(() => testDatabase?.dispose());

  it("quotes, boards, pays and quotes a payoff with figures that agree", async () => {
    const clock = () => new Date("2026-03-01T12:00:00Z");
    const app = createApp({
      db: testDatabase.database,
      clock,
      ids: createIdGenerator({ clock }),
      auth: { issuer: auth.issuer, audience: auth.audience, keys: { kind: "secret", secret: auth.secret } },
      logger: createLogger("silent"),
    });
    await seedDemoTenant(testDatabase.database, { clock, ids: createIdGenerator({ clock }) });
    const token = await mintDevelopmentToken({ tenant: "demo", scopes: allScopes(), now: clock(), ...auth });

    const { quote, state, payoff } = await runFirstLoan({
      baseUrl: "http://lendstack.test",
      token,
      fetch: async (request) => app.fetch(request),
      log: () => {},
    });

    // Excel PMT(6.5%/12, 360, -300000) = 1896.20; 30/360 monthly interest on 300,000 at 6.5% = 1625.00.
    const first = quote.schedule[0]!;
    expect(first.totalMinor).toBe(189_620);
    expect(first.interestMinor).toBe(162_500);
    // Paid on its due date, the serviced loan is where the quoted schedule says it is.
    expect(state.principalBalanceMinor).toBe(first.balanceMinor);
    expect(state.daysPastDue).toBe(0);
    // Payoff two weeks later: principal 299,728.80 plus 14 days of 30/360 interest at 6.5%:
    // 29,972,880 × 0.065 × 14/360 = 75,764.78 → 75,765 (rounded once); the mortgage has no prepayment fee.
    expect(state.principalBalanceMinor).toBe(29_972_880);
    expect(payoff.breakdown).toMatchObject({ principalMinor: 29_972_880, interestMinor: 75_765, feesMinor: 0 });
    expect(payoff.amount).toEqual({ amount: 29_972_880 + 75_765, currency: "USD" });
  });
});
