// The admin routes every sandbox has, under its /_sandbox prefix: call counts per marketplace path
// (read and reset) and fault injection (set and clear).
import type { FastifyInstance } from "fastify";
import type { FaultInjector, FaultSettings } from "./faults.ts";

export function commonAdminRoutes(admin: FastifyInstance, { stats, faults }: { stats: Map<string, number>; faults: FaultInjector }): void {
  admin.get("/stats", async () => Object.fromEntries(stats));
  admin.delete("/stats", async () => {
    stats.clear();
    return { ok: true };
  });
  admin.put("/faults", async (req) => {
    faults.set((req.body ?? {}) as FaultSettings);
    return faults.settings;
  });
  admin.delete("/faults", async () => {
    faults.clear();
    return { ok: true };
  });
}
