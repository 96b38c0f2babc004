// The Pazarama sandbox: the read side of the seller API in 001_2030ddbdbe2ac23e.txt, on one Fastify
// app (token host and API host together), with the documented envelope everywhere, OAuth2 client
// credentials with 1-hour tokens, the order date-window rules, an admin API under /_sandbox for tests
// and demos, and fault injection.
import formbody from "@fastify/formbody";
import Fastify, { type FastifyInstance } from "fastify";
import { createFaultInjector, type FaultInjector } from "../common/faults.ts";
import { applyTimeRules, generatePazaramaData, type PazaramaData } from "./data.ts";
import { adminRoutes } from "./routes/admin.ts";
import { catalogRoutes } from "./routes/catalog.ts";
import type { PazaramaRouteContext } from "./routes/context.ts";
import { registerOrderWrites } from "./routes/order-writes.ts";
import { orderRoutes } from "./routes/orders.ts";
import { registerProductWrites } from "./routes/product-writes.ts";
import { productRoutes } from "./routes/products.ts";
import { tokenRoutes } from "./routes/token.ts";

export const ADMIN_PREFIX = "/_sandbox";

export interface PazaramaSandboxOptions {
  /** @default 42 */
  seed?: number;
  clientId: string;
  clientSecret: string;
  /** Generated orders end at this instant. @default now */
  anchorMs?: number;
  /** @default 240 */
  orderCount?: number;
  /** How long a product create batch or a price/stock update takes to run. @default 1000 */
  batchDelayMs?: number;
  /** An item in 12 not shipped by then is cancelled by Pazarama (automatic refund). @default 2 days (the seller's deliveryDuration) */
  shipDeadlineMs?: number;
  /** A return or cancellation request not answered by then is Auto Approved (6). @default 3 days */
  autoApproveAfterMs?: number;
  now?: () => number;
  logger?: boolean;
}

export interface PazaramaSandbox {
  app: FastifyInstance;
  data: PazaramaData;
  faults: FaultInjector;
  /** Calls per marketplace path since start or the last reset of stats. */
  stats: Map<string, number>;
}
export function createPazaramaSandbox(options: PazaramaSandboxOptions): PazaramaSandbox {
  const clock = { offsetMs: 0 };
  const base = options.now ?? Date.now;
  // The admin API can move the sandbox's clock forward (POST /_sandbox/clock), so its time-based rules can be seen.
  const now = () => base() + clock.offsetMs;
  const startedMs = now();
  const data = generatePazaramaData({ seed: options.seed ?? 42, anchorMs: options.anchorMs ?? now(), orderCount: options.orderCount });
  const tokens = new Map<string, number>();
  const stats = new Map<string, number>();
  const faults = createFaultInjector();
  const app = Fastify({ logger: options.logger ?? false });
  app.register(formbody);
  faults.install(app, ADMIN_PREFIX);

  app.addHook("onRequest", async (req) => {
    const path = req.url.split("?")[0];
    if (!path.startsWith(ADMIN_PREFIX)) stats.set(path, (stats.get(path) ?? 0) + 1);
  });
  const timeRules = { shipDeadlineMs: options.shipDeadlineMs ?? 2 * 86400_000, autoApproveAfterMs: options.autoApproveAfterMs ?? 3 * 86400_000 };
  const ctx: PazaramaRouteContext = { data, now, clock, options, tokens, state: {}, stats, faults };

  // ---- token host: connect/token (OAuth2 client credentials, Basic auth) ----
  app.register(tokenRoutes(ctx));

  // ---- API host: every call needs a live bearer token ----
  app.register(async (api) => {
    api.addHook("onRequest", async (req, reply) => {
      // Product batches whose time has come run before anything is answered, so every read sees exactly what has run;
      // so do the marketplace's own time-based acts.
      ctx.state.products?.settle();
      applyTimeRules(data, now(), startedMs, timeRules, (id) => (ctx.state.writes?.refundNotes.get(id) ?? []).some((n) => n.kind === "review"));
      const m = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "");
      const exp = m ? tokens.get(m[1]) : undefined;
      if (!exp || exp <= now()) {
        reply.header("www-authenticate", exp ? 'Bearer error="invalid_token", error_description="The token expired"' : 'Bearer error="invalid_token"');
        return reply.code(401).send();
      }
    });
    api.register(catalogRoutes(ctx));
    api.register(productRoutes(ctx));
    api.register(orderRoutes(ctx));
    ctx.state.writes = registerOrderWrites(api, data, now);
    ctx.state.products = registerProductWrites(api, data, now, options.batchDelayMs ?? 1000);
  });

  // ---- admin API: not part of Pazarama; drives state for tests and demos ----
  app.register(adminRoutes(ctx), { prefix: ADMIN_PREFIX });

  return { app, data, faults, stats };
}

export { parsePzDate } from "./http.ts";
