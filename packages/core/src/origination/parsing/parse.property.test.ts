import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBankStatement } from "./bank-statement.js";
import { at, bankStatementItems, type Layout, labelled, payStubItems } from "./fixtures.js";
import type { TextItem } from "./layout.js";
import { parsePayStub } from "./pay-stub.js";

// Layout invariance: the order a text layer lists its items in (pdf.js follows the content stream, which
// any producer may order as it likes) never changes what is read.

const layouts = fc.constantFrom<Layout>("right", "below", "inline");
const shuffled = (items: ReadonlyArray<TextItem>) =>
  fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

const usd = (minor: bigint) => {
  const whole = (minor / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `$${whole}.${(minor % 100n).toString().padStart(2, "0")}`;
};

describe("layout invariance", () => {
  it("reads the same pay stub whatever the items' order", () => {
    fc.assert(
      fc.property(
        layouts.chain((layout) => shuffled(payStubItems(layout)).map((items) => [layout, items] as const)),
        ([layout, items]) => {
          expect(parsePayStub(items)).toEqual(parsePayStub(payStubItems(layout)));
        },
      ),
    );
  });

  it("reads the same bank statement whatever the items' order", () => {
    fc.assert(
      fc.property(
        layouts.chain((layout) => shuffled(bankStatementItems(layout)).map((items) => [layout, items] as const)),
        ([layout, items]) => {
          expect(parseBankStatement(items)).toEqual(parseBankStatement(bankStatementItems(layout)));
        },
      ),
    );
  });

  it("reads any gross and net pay back to the cent, in any layout and order", () => {
    const stub = fc
      .record({
        gross: fc.bigInt({ min: 1n, max: 99_999_999n }),
        net: fc.bigInt({ min: 0n, max: 99_999_999n }),
        grossLayout: layouts,
        netLayout: layouts,
      })
      .chain((stub) =>
        shuffled([
          ...labelled("Gross Pay", usd(stub.gross), 72, 700, stub.grossLayout),
          ...labelled("Net Pay", usd(stub.net), 72, 660, stub.netLayout),
          at("Pay Period: 03/01/2026 - 03/31/2026", 72, 620),
        ]).map((items) => ({ stub, items })),
      );
    fc.assert(
      fc.property(stub, ({ stub, items }) => {
        const fields = Object.fromEntries(parsePayStub(items).map((field) => [field.name, field.value]));
        expect(fields).toMatchObject({ grossPay: stub.gross, netPay: stub.net, monthlyIncome: stub.gross });
      }),
    );
  });
});
