// The sandbox's own API (not Trendyol's), under /_sandbox: what the carrier and the customer do (new
// orders, shipping and delivery, claims), call counts, fault injection, rate limits and batch timing.
import type { FastifyInstance } from "fastify";
import { commonAdminRoutes } from "../../common/admin.ts";
import type { FaultInjector } from "../../common/faults.ts";
import { CLAIM_ITEM_STATUSES, type ClaimItemStatus, createClaim, createPackage, setPackageStatus, type TrendyolData } from "../data.ts";
import type { RateLimits } from "../http.ts";
import { settleBatches } from "./products.ts";

export interface AdminDeps {
  data: TrendyolData;
  now: () => number;
  faults: FaultInjector;
  stats: Map<string, number>;
  limiter: { limits: RateLimits; reset(): void };
}

export function adminRoutes({ data, now, faults, stats, limiter }: AdminDeps) {
  return async (admin: FastifyInstance) => {
    commonAdminRoutes(admin, { stats, faults });
    admin.post("/orders", async (req, reply) => {
      const b = (req.body ?? {}) as { barcodes?: string[]; lineCount?: number; quantity?: number; customerName?: string };
      try {
        return reply.code(201).send(createPackage(data, { orderDateMs: now(), ...b }));
      } catch (err) {
        return reply.code(400).send({ error: (err as Error).message });
      }
    });
    admin.get(
      "/packages/:id",
      async (req, reply) => data.packages.find((p) => String(p.id) === (req.params as { id: string }).id) ?? reply.code(404).send({ error: "no such package" }),
    );
    /** What the carrier reports (Shipped, Delivered, UnDelivered, Returned) or Trendyol does (Cancelled); any other string is sent as is (an undocumented code). */
    admin.put("/packages/:id/status", async (req, reply) => {
      const pkg = data.packages.find((p) => String(p.id) === (req.params as { id: string }).id);
      const status = (req.body as { status?: unknown } | undefined)?.status;
      if (!pkg) return reply.code(404).send({ error: "no such package" });
      if (typeof status !== "string" || !/^[A-Za-z]{1,30}$/.test(status)) return reply.code(400).send({ error: "status: a status name" });
      setPackageStatus(pkg, status, now());
      return pkg;
    });
    admin.post("/claims", async (req, reply) => {
      const b = (req.body ?? {}) as { packageId?: number; status?: string };
      const pkg = data.packages.find((p) => p.id === Number(b.packageId));
      if (!pkg) return reply.code(404).send({ error: "no such package" });
      if (pkg.status !== "Delivered") return reply.code(400).send({ error: "only delivered packages can be claimed" });
      const status = (b.status ?? "WaitingInAction") as ClaimItemStatus;
      if (!CLAIM_ITEM_STATUSES.includes(status)) return reply.code(400).send({ error: `status: one of ${CLAIM_ITEM_STATUSES.join(", ")}` });
      return reply.code(201).send(createClaim(data, pkg, now(), status));
    });
    admin.get("/claims/:id", async (req, reply) => data.claims.find((c) => c.id === (req.params as { id: string }).id) ?? reply.code(404).send({ error: "no such claim" }));
    admin.get(
      "/products/:barcode",
      async (req, reply) => data.products.find((p) => p.barcode === (req.params as { barcode: string }).barcode) ?? reply.code(404).send({ error: "no such product" }),
    );
    admin.post("/batches/flush", async () => {
      for (const b of data.batches.values()) b.readyAtMs = 0;
      settleBatches(data, now());
      return { flushed: data.batches.size };
    });
    admin.put("/limits", async (req) => {
      Object.assign(limiter.limits, req.body ?? {});
      limiter.reset();
      return limiter.limits;
    });
  };
}
