import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { currencyCodes } from "./currency.js";
import { parseDecimal } from "./decimal.js";
import { formatMoney, minorToDecimalString } from "./format.js";
import { maxAmount, maxAmountMinor } from "./limits.js";
import { parseMoneyInput, parseRate } from "./parse.js";

/** Amounts the API accepts: within ±maxAmountMinor (10^13). */
const amount = fc.bigInt({ min: -maxAmountMinor, max: maxAmountMinor });
/** Any amount a formatter may meet, far beyond the ceiling. */
const anyAmount = fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n });
const currency = fc.constantFrom(...currencyCodes);
const options = { allowNegative: true, allowZero: true };

describe("parse and format round trips", () => {
  it("parses the integer string of any amount back to the same bigint", () => {
    fc.assert(
      fc.property(amount, currency, (a, c) => {
        expect(parseMoneyInput({ amount: a.toString(), currency: c }, options)).toEqual({
          ok: true,
          value: { amountMinor: a, currency: c },
        });
      }),
    );
  });

  it("refuses every integer string beyond the ceiling with amount_out_of_range", () => {
    const beyond = fc.bigInt({ min: maxAmountMinor + 1n, max: 10n ** 29n });
    fc.assert(
      fc.property(beyond, fc.boolean(), (a, negative) => {
        const text = (negative ? -a : a).toString();
        const parsed = parseMoneyInput({ amount: text, currency: "USD" }, options);
        expect(!parsed.ok && parsed.error.code).toBe("amount_out_of_range");
      }),
    );
  });

  it("accepts every integer number within the ceiling and refuses every non-integer one", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -maxAmount, max: maxAmount }),
        fc.double({ noInteger: true, noDefaultInfinity: true }),
        (n, x) => {
          const parsed = parseMoneyInput({ amount: n, currency: "USD" }, options);
          expect(parsed.ok && parsed.value.amountMinor).toBe(BigInt(n));
          const refused = parseMoneyInput({ amount: x, currency: "USD" }, options);
          expect(!refused.ok && refused.error.code).toBe("invalid_amount");
        },
      ),
    );
  });

  it("writes a decimal string whose units are the minor amount, and formats every digit", () => {
    fc.assert(
      fc.property(anyAmount, currency, (a, c) => {
        const text = minorToDecimalString(a, c);
        const parsed = parseDecimal(text);
        expect(parsed.ok && parsed.value.units).toBe(a);
        const digitsOnly = (s: string) => s.replace(/\D/g, "").replace(/^0+/, "");
        const formatted = formatMoney(a, c, "en-US");
        expect(digitsOnly(formatted).endsWith(digitsOnly(text))).toBe(true);
      }),
    );
  });

  it("parses a rate string to a Decimal that prints back the same string", () => {
    const rate = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 10 }))
      .map(([units, scale]) => {
        const digits = units.toString().padStart(scale + 1, "0");
        return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
      });
    fc.assert(
      fc.property(rate, (text) => {
        const parsed = parseRate(text);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.value.scale).toBe(text.includes(".") ? text.length - text.indexOf(".") - 1 : 0);
      }),
    );
  });
});
