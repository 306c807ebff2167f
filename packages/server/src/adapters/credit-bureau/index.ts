export type { CreditBureau, CreditPullAnswer, CreditPullRequest } from "./bureau.js";
export { type FakeBureau, type FakeBureauOptions, startFakeBureau } from "./fake-server.js";
export { CreditBureauError, type HttpCreditBureauOptions, httpCreditBureau } from "./http.js";
export { type CreditReportJson, decodeCreditReport, encodeCreditReport } from "./report-codec.js";
export { SANDBOX_CREDIT_FILES, sandboxCreditBureau } from "./sandbox.js";
export { SANDBOX_SCORE_FACTORS } from "./sandbox-files.js";
