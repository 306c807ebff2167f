import { fail, ok, type Result } from "../errors/index.js";
import type { PrepaymentHandling, ServicingPolicy } from "./policy.js";
import { reamortize } from "./timeline.js";
import { minBig, setInstallment, type Working } from "./working.js";

/**
 * After `prepaidMinor` of principal was prepaid: `reduce-term` leaves the installments (the loan finishes earlier),
 * `reduce-installment` re-amortizes a lower installment over the same term, and `reschedule-next-repayments` takes
 * the prepaid amount off the next installments' planned amounts in order (the next one first, down to zero, then the
 * one after), leaving the later ones unchanged; the last installment settles whatever principal is left.
 *
 * @example handlePrepayment(w, "reschedule-next-repayments", 100_000n)
 */
export function handlePrepayment(w: Working, handling: PrepaymentHandling, prepaidMinor: bigint): void {
  if (handling === "reduce-installment") reamortize(w);
  if (handling !== "reschedule-next-repayments") return;
  let left = prepaidMinor;
  for (let i = w.nextDueIndex; i < w.installments.length - 1 && left > 0n; i++) {
    const installment = w.installments[i];
    if (installment === undefined || installment.isSkipped || installment.plannedMinor <= 0n) continue;
    const cut = minBig(left, installment.plannedMinor);
    setInstallment(w, i, { plannedMinor: installment.plannedMinor - cut });
    left -= cut;
  }
}

/**
 * The prepayment handling of one payment: its own `choice` when the policy lists it in `prepaymentChoices`, else
 * the policy's; a choice the policy does not list is `prepayment_choice_not_allowed` (with the allowed list).
 *
 * @example checkPrepaymentChoice(policy, "reduce-installment") // ok("reduce-installment") when listed
 */
export function checkPrepaymentChoice(
  policy: ServicingPolicy,
  choice: PrepaymentHandling | undefined,
): Result<PrepaymentHandling> {
  if (choice === undefined) return ok(policy.prepayment);
  const allowed = policy.prepaymentChoices ?? [];
  if (allowed.includes(choice)) return ok(choice);
  return fail(
    "prepayment_choice_not_allowed",
    `the product allows no prepayment "${choice}" per payment`,
    ["prepayment"],
    { allowed: [...allowed] },
  );
}
