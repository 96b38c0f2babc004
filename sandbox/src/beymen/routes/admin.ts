// The sandbox's own API (not Beymen's), under /_sandbox: state, call counts, new orders, what the
// cargo company and the customer do, batch timing and fault injection.
import type { FastifyInstance } from "fastify";
import { commonAdminRoutes } from "../../common/admin.ts";
import { CLAIM_STATUS, clearFraudCheck, createClaim, createOrder, findPackage, isLeaf, LINE_STATUS, SHIPMENT_STATUS, setPackageStatus, settleBatches } from "../data.ts";
import type { BeymenRouteContext } from "./context.ts";

export function adminRoutes({ data, now, stats, faults }: BeymenRouteContext) {
  return async (admin: FastifyInstance) => {
    const findProduct = (id: string) => data.products.find((p) => p.id === id);
    admin.get("/state", async () => ({
      packages: data.packages.length,
      claims: data.claims.length,
      products: data.products.length,
      categories: data.categories.size,
      leafCategories: [...data.categories.values()].filter(isLeaf).length,
      brands: data.attributes.Brand.length,
      batches: data.batches.size,
    }));
    commonAdminRoutes(admin, { stats, faults });
    admin.post("/orders", async (req, reply) => {
      const b = (req.body ?? {}) as { productIds?: string[]; lineCount?: number; quantity?: number; customerName?: string; fraudCheck?: boolean };
      try {
        return reply.code(201).send(createOrder(data, { orderDateMs: now(), ...b }).raw);
      } catch (err) {
        return reply.code(400).send({ error: (err as Error).message });
      }
    });
    admin.get("/packages/:id", async (req, reply) => {
      const pkg = findPackage(data, (req.params as { id: string }).id);
      return pkg ? { ...pkg.raw, lineStatuses: pkg.lineStatus, invoice: pkg.invoice } : reply.code(404).send({ error: "no such package" });
    });
    admin.post("/packages/:id/fraud-cleared", async (req, reply) => {
      const pkg = findPackage(data, (req.params as { id: string }).id);
      if (!pkg) return reply.code(404).send({ error: "no such package" });
      clearFraudCheck(pkg, now());
      return pkg.raw;
    });
    admin.put("/packages/:id/status", async (req, reply) => {
      const pkg = findPackage(data, (req.params as { id: string }).id);
      const status = Number((req.body as { status?: number })?.status);
      if (!pkg) return reply.code(404).send({ error: "no such package" });
      const line: Record<number, number> = {
        1: LINE_STATUS.NewOrder,
        2: LINE_STATUS.ReadyToShip,
        4: LINE_STATUS.Shipped,
        8: LINE_STATUS.DeliveredToCustomer,
        16: LINE_STATUS.CancelledByBeymen,
      };
      if (!line[status]) return reply.code(400).send({ error: "status must be 1, 2, 4, 8 or 16" });
      setPackageStatus(pkg, status, line[status]);
      return pkg.raw;
    });
    admin.post("/claims", async (req, reply) => {
      const b = (req.body ?? {}) as { packageId?: string; status?: number };
      const pkg = b.packageId ? findPackage(data, b.packageId) : undefined;
      if (!pkg) return reply.code(404).send({ error: "no such package" });
      if (pkg.raw.shipmentStatus !== SHIPMENT_STATUS.DeliveredToCustomer) return reply.code(400).send({ error: "only delivered packages can be claimed" });
      const claim = createClaim(data, pkg, now(), b.status ?? CLAIM_STATUS.New);
      data.claims.sort((x, y) => y.claimedAtMs - x.claimedAtMs);
      return reply.code(201).send(claim.raw);
    });
    admin.get("/claims/:id", async (req, reply) => {
      const claim = data.claims.find((c) => c.raw.id === (req.params as { id: string }).id);
      return claim ? claim.raw : reply.code(404).send({ error: "no such claim" });
    });
    admin.get("/products/:id", async (req, reply) => {
      const p = findProduct((req.params as { id: string }).id);
      return p ?? reply.code(404).send({ error: "no such product" });
    });
    admin.post("/batches/flush", async () => {
      let flushed = 0;
      for (const b of data.batches.values())
        if (!b.results) {
          b.readyAtMs = 0;
          flushed++;
        }
      settleBatches(data, now());
      return { flushed };
    });
  };
}
