// The sandbox's own API (not Pazarama's), under /_sandbox: state, call counts, new orders and status changes, what the writes stored, batch timing, faults and token expiry.

import type { FastifyInstance } from "fastify";
import { commonAdminRoutes } from "../../common/admin.ts";
import { createOrder, ITEM_STATUSES, type StoredOrder, setItemStatus } from "../data.ts";
import type { PazaramaRouteContext } from "./context.ts";

export function adminRoutes({ data, now, clock, tokens, state, stats, faults }: PazaramaRouteContext) {
  return async (admin: FastifyInstance) => {
    const findOrder = (n: string): StoredOrder | undefined => data.orders.find((o) => String(o.raw.orderNumber) === n);
    admin.get("/state", async () => ({
      orders: data.orders.length,
      refunds: data.refunds.length,
      products: data.products.length,
      categories: data.categories.length,
      brands: data.brands.length,
      sellerId: data.sellerId,
    }));
    commonAdminRoutes(admin, { stats, faults });
    admin.post("/clock", async (req, reply) => {
      const advanceMs = Number((req.body as { advanceMs?: unknown })?.advanceMs);
      if (!Number.isInteger(advanceMs) || advanceMs < 0) return reply.code(400).send({ error: "advanceMs: a whole number of milliseconds, 0 or more" });
      clock.offsetMs += advanceMs;
      return { now: new Date(now()).toISOString(), offsetMs: clock.offsetMs };
    });
    admin.post("/orders", async (req, reply) => {
      const body = (req.body ?? {}) as { productCodes?: string[]; itemCount?: number; customerName?: string; taxNumber?: string; deliveryType?: number };
      if (body.deliveryType !== undefined && body.deliveryType !== 1 && body.deliveryType !== 4) return reply.code(400).send({ error: "deliveryType: 1 (cargo) or 4 (digital)" });
      if (body.taxNumber !== undefined && !/^\d{10}$/.test(String(body.taxNumber))) return reply.code(400).send({ error: "taxNumber: 10 digits (VKN)" });
      try {
        const order = createOrder(data, {
          createdAtMs: now(),
          itemCount: body.itemCount ?? 1,
          productCodes: body.productCodes,
          customerName: body.customerName,
          taxNumber: body.taxNumber,
          deliveryType: body.deliveryType as 1 | 4 | undefined,
        });
        return reply.code(201).send(order.raw);
      } catch (err) {
        return reply.code(400).send({ error: (err as Error).message });
      }
    });
    admin.get("/orders/:orderNumber", async (req, reply) => {
      const o = findOrder((req.params as { orderNumber: string }).orderNumber);
      return o ? o.raw : reply.code(404).send({ error: "no such order" });
    });
    admin.put("/orders/:orderNumber/status", async (req, reply) => {
      const o = findOrder((req.params as { orderNumber: string }).orderNumber);
      const status = Number((req.body as { status?: number })?.status);
      if (!o) return reply.code(404).send({ error: "no such order" });
      if (!(ITEM_STATUSES as readonly number[]).includes(status)) return reply.code(400).send({ error: `status must be one of ${ITEM_STATUSES.join(", ")}` });
      for (const item of o.raw.items) setItemStatus(data, o, item, status, now());
      return o.raw;
    });
    admin.put("/orders/:orderNumber/items/:orderItemId/status", async (req, reply) => {
      const p = req.params as { orderNumber: string; orderItemId: string };
      const o = findOrder(p.orderNumber);
      const item = o?.raw.items.find((i) => i.orderItemId === p.orderItemId);
      const status = Number((req.body as { status?: number })?.status);
      if (!o || !item) return reply.code(404).send({ error: "no such order item" });
      if (!(ITEM_STATUSES as readonly number[]).includes(status)) return reply.code(400).send({ error: `status must be one of ${ITEM_STATUSES.join(", ")}` });
      setItemStatus(data, o, item, status, now());
      return o.raw;
    });
    admin.get("/orders/:orderNumber/writes", async (req, reply) => {
      const o = findOrder((req.params as { orderNumber: string }).orderNumber);
      if (!o || !state.writes) return reply.code(404).send({ error: "no such order" });
      const ids = o.raw.items.map((i) => i.orderItemId);
      const w = state.writes;
      return {
        invoiceLinks: Object.fromEntries(ids.filter((id) => w.invoiceLinks.has(id)).map((id) => [id, w.invoiceLinks.get(id)])),
        laborCosts: Object.fromEntries(ids.filter((id) => w.laborCosts.has(id)).map((id) => [id, w.laborCosts.get(id)])),
      };
    });
    admin.get("/refunds/:refundId", async (req, reply) => {
      const r = data.refunds.find((x) => x.raw.refundId === (req.params as { refundId: string }).refundId);
      return r ? { ...r.raw, kind: r.kind, notes: state.writes?.refundNotes.get(r.raw.refundId) ?? [] } : reply.code(404).send({ error: "no such refund" });
    });
    admin.post("/batches/flush", async () => {
      if (!state.products) return { flushed: 0 };
      for (const b of state.products.batches.values()) b.readyAtMs = 0;
      for (const b of state.products.listings.values()) b.readyAtMs = 0;
      state.products.settle();
      return { flushed: state.products.batches.size + state.products.listings.size };
    });
    admin.get("/products/:code/extra", async (req, reply) => {
      const code = (req.params as { code: string }).code;
      const p = data.products.find((x) => x.code === code);
      if (!p || !state.products) return reply.code(404).send({ error: "no such product" });
      return {
        product: p,
        saleLimit: state.products.saleLimits.get(code) ?? null,
        productStatus: state.products.productStatus.get(code) ?? null,
        commercials: state.products.productCommercials.get(code) ?? null,
      };
    });
    admin.get("/questions", async () => state.products?.questions ?? []);
    admin.post("/tokens/expire", async () => {
      for (const t of tokens.keys()) tokens.set(t, 0);
      return { expired: tokens.size };
    });
  };
}
