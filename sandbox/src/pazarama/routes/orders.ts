// Order and refund reads: getOrdersForApi (and its v2, one line per unit) with the one-month window rule, and the return and cancellation lists.

import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { envelope, fail, intParam, lower, parsePzDate, plusOneMonth } from "../http.ts";
import type { PazaramaRouteContext } from "./context.ts";
import { splitItems } from "./order-writes.ts";

export function orderRoutes({ data }: PazaramaRouteContext) {
  return async (api: FastifyInstance) => {
    /** The documented window rule: start < end, end exclusive, at most one month apart. */
    function window(startRaw: unknown, endRaw: unknown, reply: FastifyReply): { start: number; end: number } | null {
      const start = parsePzDate(startRaw);
      const end = parsePzDate(endRaw);
      if (start === null || end === null) {
        fail(reply, 400, "StartDate ve EndDate YYYY-AA-GG biçiminde zorunludur.", "ORD1");
        return null;
      }
      if (end <= start) {
        fail(reply, 400, "Bitiş tarihi başlangıç tarihinden sonra olmalıdır.", "ORD1");
        return null;
      }
      if (end > plusOneMonth(start)) {
        fail(reply, 400, "Başlangıç ile bitiş tarihi arası 1 ayı geçemez.", "ORD2");
        return null;
      }
      return { start, end };
    }

    const ordersForApi = (split: boolean) => async (req: FastifyRequest, reply: FastifyReply) => {
      const b = lower(req.body);
      const w = window(b.startdate, b.enddate, reply);
      if (!w) return reply;
      let list = data.orders.filter((o) => o.createdAtMs >= w.start && o.createdAtMs < w.end);
      if (b.ordernumber !== undefined && b.ordernumber !== null) list = list.filter((o) => String(o.raw.orderNumber) === String(b.ordernumber));
      if (b.orderstatus !== undefined && b.orderstatus !== null) list = list.filter((o) => o.raw.items.some((i) => i.orderItemStatus === Number(b.orderstatus)));
      const pageSize = intParam(b.pagesize, 100);
      const pageNumber = intParam(b.pagenumber, 1);
      if (pageSize === null || pageSize < 1 || pageNumber === null || pageNumber < 1) return fail(reply, 400, "PageSize ve PageNumber pozitif tam sayı olmalıdır.", "ORD1");
      return envelope(
        list.slice((pageNumber - 1) * pageSize, pageNumber * pageSize).map((o) => (split ? { ...o.raw, items: splitItems(o.raw.items) } : o.raw)),
        { messageCode: "ORD0" },
      );
    };
    api.post("/order/getOrdersForApi", ordersForApi(false));
    api.post("/order/getOrdersForApiV2", ordersForApi(true));
    // 3.26 names the same service "order/getOrdersForApi-v2"; both spellings answer.
    api.post("/order/getOrdersForApi-v2", ordersForApi(true));

    function refundList(kind: "return" | "cancel") {
      return async (req: FastifyRequest, reply: FastifyReply) => {
        const b = lower(req.body);
        const pageSize = intParam(b.pagesize, 10);
        const pageNumber = intParam(b.pagenumber, 1);
        if (pageSize === null || pageSize < 1 || pageNumber === null || pageNumber < 1) return fail(reply, 400, "PageSize ve PageNumber pozitif tam sayı olmalıdır.", "ORD1");
        let list = data.refunds.filter((r) => r.kind === kind);
        if (b.requeststartdate || b.requestenddate) {
          const start = b.requeststartdate ? parsePzDate(b.requeststartdate) : Number.NEGATIVE_INFINITY;
          const end = b.requestenddate ? parsePzDate(b.requestenddate) : Number.POSITIVE_INFINITY;
          if (start === null || end === null) return fail(reply, 400, "Tarih alanları YYYY-AA-GG biçiminde olmalıdır.", "ORD1");
          list = list.filter((r) => r.requestedAtMs >= start && r.requestedAtMs < end);
        }
        if (b.refundstatus !== undefined && b.refundstatus !== null) list = list.filter((r) => r.raw.refundStatus === Number(b.refundstatus));
        if (b.ordernumber !== undefined && b.ordernumber !== null) list = list.filter((r) => String(r.raw.orderNumber) === String(b.ordernumber));
        const rows = list.flatMap((r) => {
          const { orderItemId: _omit, ...raw } = r.raw;
          if (!b.splititems || raw.quantity <= 1) return [raw];
          // SplitItems: one row per unit, each with its own refundId and quantity 1 (3.25).
          return Array.from({ length: raw.quantity }, (_, i) => ({
            ...raw,
            refundId: i === 0 ? raw.refundId : `${raw.refundId.slice(0, 24)}${String(i).padStart(12, "0")}`,
            quantity: 1,
            refundAmount: raw.refundAmount,
          }));
        });
        const page = rows.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
        const all = data.refunds.filter((r) => r.kind === kind);
        return envelope(
          {
            responsePage: { pageSize, pageIndex: pageNumber, totalCount: rows.length, totalPages: Math.ceil(rows.length / pageSize) },
            pageReport: {
              totalRefundCount: all.length,
              totalWaitingRefundCount: all.filter((r) => r.raw.refundStatus === 1).length,
              totalApprovedRefundCount: all.filter((r) => [2, 4, 6, 8].includes(r.raw.refundStatus)).length,
              totalRejectedRefundCount: all.filter((r) => [3, 5].includes(r.raw.refundStatus)).length,
            },
            refundList: page,
          },
          { messageCode: "ORD0" },
        );
      };
    }
    api.post("/order/getRefund", refundList("return"));
    api.post("/order/api/cancel/items", refundList("cancel"));
  };
}
