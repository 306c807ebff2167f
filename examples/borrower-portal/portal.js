// The borrower portal's page script: only @lendstack/client's public API (createClient, newIdempotencyKey).
import { createClient, newIdempotencyKey } from "@lendstack/client";

const $ = (id) => document.getElementById(id);
let lendstack;
let currentLoanId;

/** Minor units as dollars, for display: 45127 → "$451.27". */
function dollars(minor) {
  const sign = minor < 0 ? "-" : "";
  const absolute = Math.abs(minor);
  return `${sign}$${Math.trunc(absolute / 100).toLocaleString("en-US")}.${String(absolute % 100).padStart(2, "0")}`;
}

/** "451.27" → 45127 without floating point; undefined when it is not an amount. */
function toMinor(text) {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
}

function say(text) {
  $("message").textContent = text;
}

function problemText(error) {
  return `${error?.title ?? "Error"}: ${error?.detail ?? error?.code ?? "unknown"}`;
}

async function signIn(event) {
  event.preventDefault();
  lendstack = createClient({ baseUrl: window.location.origin, token: $("token").value.trim() });
  const { data, error } = await lendstack.GET("/v1/loans", { params: { query: { limit: 50 } } });
  if (error) return say(problemText(error));
  $("loans").replaceChildren(
    ...data.data.map((loan) => {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.textContent = `${loan.id} — ${dollars(loan.principal)}`;
      button.dataset.loanId = loan.id;
      button.addEventListener("click", () => showLoan(loan.id));
      item.append(button);
      return item;
    }),
  );
  say(data.data.length === 0 ? "You have no loans." : `Signed in: ${data.data.length} loan(s).`);
}

function scheduleRow(installment) {
  const row = document.createElement("tr");
  for (const text of [installment.number, installment.dueDate, dollars(installment.planned), installment.status]) {
    const cell = document.createElement("td");
    cell.textContent = String(text);
    row.append(cell);
  }
  return row;
}

async function showLoan(loanId) {
  currentLoanId = loanId;
  const [state, schedule] = await Promise.all([
    lendstack.GET("/v1/loans/{loanId}", { params: { path: { loanId } } }),
    lendstack.GET("/v1/loans/{loanId}/schedule", { params: { path: { loanId } } }),
  ]);
  if (state.error || schedule.error) return say(problemText(state.error ?? schedule.error));
  $("loan-title").textContent = `Loan ${loanId}`;
  $("loan-status").textContent = state.data.status;
  $("loan-principal").textContent = dollars(state.data.principalBalance);
  $("loan-outstanding").textContent = dollars(state.data.outstanding.total);
  $("schedule").replaceChildren(...schedule.data.installments.map(scheduleRow));
  $("loan").hidden = false;
}

async function pay(event) {
  event.preventDefault();
  const amount = toMinor($("payment-amount").value);
  if (amount === undefined) return say("Enter an amount like 451.27.");
  const { error } = await lendstack.POST("/v1/loans/{loanId}/payments", {
    params: { path: { loanId: currentLoanId }, header: { "idempotency-key": newIdempotencyKey() } },
    body: { amount, currency: "USD", effectiveDate: $("payment-date").value },
  });
  if (error) return say(problemText(error));
  say(`Payment of ${dollars(amount)} posted.`);
  await showLoan(currentLoanId);
}

async function quotePayoff(event) {
  event.preventDefault();
  const date = $("payoff-date").value;
  const { data, error } = await lendstack.GET("/v1/loans/{loanId}/payoff-quote", {
    params: { path: { loanId: currentLoanId }, query: { date } },
  });
  if (error) return say(problemText(error));
  $("payoff-amount").textContent = `Payoff on ${date}: ${dollars(data.amount)}`;
}

$("sign-in").addEventListener("submit", signIn);
$("payment").addEventListener("submit", pay);
$("payoff").addEventListener("submit", quotePayoff);
