// Beymen finance: transactions, invoices and their lines, future payments and statements.
import type { FastifyInstance } from "fastify";
import { utcWithOffset } from "../data.ts";
import { beymenError, one, pageOf, paging, parseBmDate, query } from "../http.ts";
import type { BeymenRouteContext } from "./context.ts";

export function financeRoutes({ data, now }: BeymenRouteContext) {
  return async (app: FastifyInstance) => {
    // ---- finance ----
    app.get("/financial/transactions", async (req, reply) => {
      const q = query(req);
      const p = paging(req, reply);
      if (!p) return reply;
      let list = data.transactions;
      const on = one(q.ordernumber);
      if (on) list = list.filter((t) => t.orderNo === on);
      const s = parseBmDate(one(q.orderstartdate));
      const e = parseBmDate(one(q.orderenddate));
      if (s !== null) list = list.filter((t) => (parseBmDate(t.orderDate) ?? 0) >= s);
      if (e !== null) list = list.filter((t) => (parseBmDate(t.orderDate) ?? 0) <= e);
      return pageOf(list, p, true);
    });
    app.get("/financial/invoices", async (req, reply) => {
      const q = query(req);
      const p = paging(req, reply);
      if (!p) return reply;
      let list = data.invoices;
      const typesRaw = q.invoicetypes;
      if (typesRaw !== undefined) {
        const types = (Array.isArray(typesRaw) ? typesRaw : typesRaw.split(",")).map(Number);
        if (types.some((t) => !Number.isInteger(t) || t < 0 || t > 5)) return beymenError(reply, 400, "ValidationException", ["invoiceTypes 0 ile 5 arasında olmalıdır."]);
        list = list.filter((i) => types.includes(i.invoiceType));
      }
      const s = parseBmDate(one(q.startdate));
      const e = parseBmDate(one(q.enddate));
      if (s !== null) list = list.filter((i) => (parseBmDate(i.invoiceDate) ?? 0) >= s);
      if (e !== null) list = list.filter((i) => (parseBmDate(i.invoiceDate) ?? 0) <= e);
      return pageOf(list, p, true);
    });
    app.get("/financial/invoice/:invoiceNumber", async (req, reply) => {
      const lines = data.invoiceDetails.get((req.params as { invoiceNumber: string }).invoiceNumber);
      return lines ?? beymenError(reply, 404, "NotFoundException", ["Fatura bulunamadı."]);
    });
    app.get("/financial/transaction/future", async () => {
      const t = now();
      const week = 7 * 86400_000;
      const amount = (k: number) => Math.round((((k * 7919) % 9000) + 500) * 100) / 100;
      const future = [1, 2, 3].map((k) => ({ date: new Date(t + k * week).toISOString().slice(0, 10), amount: amount(k) }));
      const history = [3, 2, 1].map((k) => ({ date: new Date(t - k * week).toISOString().slice(0, 10), amount: amount(k + 10) }));
      const totalSaleAmount = 5560;
      const commissionCut = 1223.2;
      return {
        totalSaleAmount,
        commissionCut,
        shipmentCut: 0,
        penaltyCut: 0,
        adCut: 0,
        total: Math.round((totalSaleAmount - commissionCut) * 100) / 100,
        futureTransactionActivities: future,
        historyTransactionActivities: history,
        futureTotal: Math.round(future.reduce((s, f) => s + f.amount, 0) * 100) / 100,
        lastUpdateDate: utcWithOffset(t - 3600_000),
      };
    });
    app.get("/financial/statements", async (req, reply) => {
      const q = query(req);
      const s = parseBmDate(one(q.startdate));
      const e = parseBmDate(one(q.enddate));
      if (s === null || e === null) return beymenError(reply, 400, "ValidationException", ["startDate ve endDate zorunludur."]);
      const days = (e - s) / 86400_000;
      if (days < 30 || days > 90) return beymenError(reply, 400, "BusinessRuleException", ["Başlangıç ve Bitiş tarihleri arasında min 30 - max 90 gün olmalıdır."]);
      return data.statements.filter((x) => x.dateMs >= s && x.dateMs < e + 86400_000).map(({ dateMs: _d, ...rest }) => rest);
    });
  };
}
