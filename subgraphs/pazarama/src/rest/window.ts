// Pazarama's order date window: start inclusive, end exclusive, at most one calendar month apart,
// minute precision in Istanbul time. Open ranges are closed here the way the API requires.
import { addMonths, badInput, toIstanbulMinute } from "@pazargraph/runtime";

const MINUTE = 60_000;

export interface OrderWindow {
  start: Date;
  end: Date;
  /** The form getOrdersForApi takes: "YYYY-MM-DDTHH:mm", Istanbul. */
  startDate: string;
  endDate: string;
}

/** The earliest start that is still within one month of `end` by the marketplace's rule. */
function monthBefore(end: Date): Date {
  let start = addMonths(end, -1);
  while (addMonths(start, 1) < end) start = new Date(start.getTime() + MINUTE);
  return start;
}

/**
 * Resolves (createdFrom, createdTo) into a window Pazarama accepts, or throws BAD_USER_INPUT:
 * - both given: end must follow start by at most one month;
 * - only a start: the month after it, or until now if that is sooner;
 * - only an end, or neither: the month before the end (now by default).
 */
export function resolveOrderWindow(createdFrom: string | undefined, createdTo: string | undefined, now: Date): OrderWindow {
  const floor = (d: Date) => new Date(Math.floor(d.getTime() / MINUTE) * MINUTE);
  const ceil = (d: Date) => new Date(Math.ceil(d.getTime() / MINUTE) * MINUTE);
  let start: Date;
  let end: Date;
  if (createdFrom && createdTo) {
    start = floor(new Date(createdFrom));
    end = ceil(new Date(createdTo));
    if (end <= start) throw badInput("filter.createdTo must be after filter.createdFrom", "filter.createdTo");
    if (end > addMonths(start, 1))
      throw badInput("Pazarama lists orders over at most one month: filter.createdFrom and filter.createdTo must be at most one calendar month apart", "filter");
  } else if (createdFrom) {
    start = floor(new Date(createdFrom));
    const cap = ceil(new Date(now.getTime() + MINUTE));
    end = new Date(Math.min(addMonths(start, 1).getTime(), cap.getTime()));
    if (end <= start) throw badInput("filter.createdFrom is in the future", "filter.createdFrom");
  } else {
    end = ceil(createdTo ? new Date(createdTo) : new Date(now.getTime() + MINUTE));
    start = monthBefore(end);
  }
  return { start, end, startDate: toIstanbulMinute(start), endDate: toIstanbulMinute(end) };
}
