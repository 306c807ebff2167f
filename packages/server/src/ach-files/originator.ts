import type { LocalDate } from "@lendstack/core/calendar";
import { businessCalendar } from "@lendstack/core/calendar";
import type { TenantSettings } from "../tenants/store.js";

/**
 * Who originates the tenant's ACH files: the ODFI and the company as NACHA's file and batch headers name
 * them. The sandbox originator until tenants can configure their own.
 */
export interface AchOriginator {
  readonly immediateDestination: string;
  readonly immediateDestinationName: string;
  readonly immediateOrigin: string;
  readonly immediateOriginName: string;
  readonly companyName: string;
  readonly companyId: string;
  readonly originatingDfi: string;
}

/** @example SANDBOX_ORIGINATOR.companyId // "1234567890" */
export const SANDBOX_ORIGINATOR: AchOriginator = {
  immediateDestination: "021000021",
  immediateDestinationName: "Sandbox ODFI",
  immediateOrigin: "1234567890",
  immediateOriginName: "Lendstack Sandbox",
  companyName: "Lendstack Sandbox",
  companyId: "1234567890",
  originatingDfi: "02100002",
};

/**
 * ACH business days of a tenant: never Saturday or Sunday (the ACH network does not settle then),
 * nor the tenant's holidays.
 *
 * @example achCalendarOf(settings).isBusinessDay(date("2025-02-01")) // false: a Saturday
 */
export function achCalendarOf(settings: Pick<TenantSettings, "holidays">) {
  return businessCalendar({ name: "ach", holidays: settings.holidays as ReadonlyArray<LocalDate> });
}
