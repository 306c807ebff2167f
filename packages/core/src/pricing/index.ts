export type { AprInput, AprResult, CashFlow } from "./apr.js";
export { aprScale, computeApr } from "./apr.js";
export type { UnitPeriod } from "./unit-period.js";
