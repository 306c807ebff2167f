import type { LocalDate } from "@lendstack/core/calendar";
import type { DelinquencyInformation, Notice } from "@lendstack/core/statements";
import type { EventRow } from "../db/schema/index.js";
import { toJsonInteger } from "../http/safe-integer.js";
import type { NoticeBody, NoticeData } from "./notice-schemas.js";

const n = (value: bigint) => toJsonInteger(value, "notice");

function delinquencyBody(d: DelinquencyInformation | null): NoticeData["delinquency"] {
  if (d === null) return null;
  return {
    delinquentSince: d.delinquentSince,
    daysDelinquent: d.daysDelinquent,
    riskNotice: d.riskNotice,
    lossMitigationNotice: d.lossMitigationNotice,
    foreclosureNotice: d.foreclosureNotice,
    counselingNotice: d.counselingNotice,
    history: d.history.map((row) => ({
      dueDate: row.dueDate,
      installmentNumber: row.installmentNumber,
      due: n(row.dueMinor),
      paid: n(row.paidMinor),
      remaining: n(row.remainingMinor),
    })),
    amountToBringCurrent: n(d.amountToBringCurrentMinor),
  };
}

/**
 * Core's notice in the API's money convention: the `data` of its `notice.*` event.
 *
 * @example const data = toNoticeData("loan_…", notice);
 */
export function toNoticeData(loanId: string, notice: Notice): NoticeData {
  return {
    loanId,
    kind: notice.kind,
    noticeDate: notice.noticeDate,
    currency: notice.currency,
    installmentNumber: notice.installmentNumber,
    dueDate: notice.dueDate,
    lateFee: n(notice.lateFeeMinor),
    pastDue: n(notice.pastDueMinor),
    feesDue: n(notice.feesDueMinor),
    amountToBringCurrent: n(notice.amountToBringCurrentMinor),
    daysPastDue: notice.daysPastDue,
    delinquency: delinquencyBody(notice.delinquency),
  };
}

/** A notice event on the wire. @example toNoticeBody(row).object // "notice" */
export function toNoticeBody(row: EventRow): NoticeBody {
  return { id: row.id, object: "notice", ...(row.data as NoticeData), createdAt: row.createdAt.toISOString() };
}

const big = (value: number) => BigInt(value);

/**
 * A stored notice back to core's (for its printable layout).
 *
 * @example const notice = noticeFromData(row.data as NoticeData);
 */
export function noticeFromData(data: NoticeData): Notice {
  const d = data.delinquency;
  return {
    kind: data.kind,
    noticeDate: data.noticeDate as LocalDate,
    currency: data.currency,
    installmentNumber: data.installmentNumber,
    dueDate: data.dueDate as LocalDate | null,
    lateFeeMinor: big(data.lateFee),
    pastDueMinor: big(data.pastDue),
    feesDueMinor: big(data.feesDue),
    amountToBringCurrentMinor: big(data.amountToBringCurrent),
    daysPastDue: data.daysPastDue,
    delinquency:
      d === null
        ? null
        : {
            delinquentSince: d.delinquentSince as LocalDate,
            daysDelinquent: d.daysDelinquent,
            riskNotice: d.riskNotice,
            lossMitigationNotice: d.lossMitigationNotice,
            foreclosureNotice: d.foreclosureNotice,
            counselingNotice: d.counselingNotice,
            history: d.history.map((row) => ({
              dueDate: row.dueDate as LocalDate,
              installmentNumber: row.installmentNumber,
              dueMinor: big(row.due),
              paidMinor: big(row.paid),
              remainingMinor: big(row.remaining),
            })),
            amountToBringCurrentMinor: big(d.amountToBringCurrent),
          },
  };
}
