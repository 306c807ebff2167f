/**
 * Money in the hot loop: the amortization step of a 360-month loan (interest = balance × monthly
 * rate rounded half-even to the cent, principal = payment − interest, balance −= principal) on
 * bigint minor units with a named rounding mode, beside the same loop on dinero.js Money (multiply
 * by a scaled rate, transformScale back to cents half-even, subtract). The ratio is what dinero.js
 * would cost in schedule and servicing loops; packages/core/README.md states the split it justifies.
 */
import { halfEven, multiply, subtract, toSnapshot, transformScale } from "dinero.js/bigint";
import { divideRounded, money } from "../packages/core/src/money/index.js";
import { microsecondsPerCall, type Suite, timeResult } from "./harness.js";

const principalMinor = 25_000_000n; // $250,000.00
const paymentMinor = 170_545n; // $1,705.45, the level payment at 7.25 % over 360 months
/** 7.25 % / 12 as a ratio: 0.00604166666 (11 decimals), the same rate in both loops. */
const monthlyRateUnits = 604_166_666n;
const rateScale = 11;
const rateDivisor = 10n ** BigInt(rateScale);

function bigintLoop(): bigint {
  let balance = principalMinor;
  for (let k = 0; k < 360 && balance > 0n; k++) {
    const interest = divideRounded(balance * monthlyRateUnits, rateDivisor, "half-even");
    balance -= paymentMinor - interest;
  }
  return balance;
}

function dineroLoop(): bigint {
  let balance = money(principalMinor, "USD");
  const payment = money(paymentMinor, "USD");
  const rate = { amount: monthlyRateUnits, scale: BigInt(rateScale) };
  for (let k = 0; k < 360 && toSnapshot(balance).amount > 0n; k++) {
    const interest = transformScale(multiply(balance, rate), 2n, halfEven);
    balance = subtract(balance, subtract(payment, interest));
  }
  return toSnapshot(balance).amount;
}

const suite: Suite = {
  name: "money",
  run() {
    if (bigintLoop() !== dineroLoop()) throw new Error("the bigint and dinero.js loops disagree");
    const exact = microsecondsPerCall(dineroLoop);
    const bigint = microsecondsPerCall(bigintLoop);
    return [
      timeResult(
        "money.amortize-step.360",
        exact,
        bigint,
        "360 interest/principal steps on dinero.js Money; baseline the same steps on bigint minor units",
      ),
    ];
  },
};

export default suite;
