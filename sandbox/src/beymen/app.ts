// The Beymen sandbox: the partner API of 004_07be5bc20730d124.txt on one Fastify app. Basic auth on
// every call (401 with the documented error body otherwise), 0-based page/size paging with
// `page, itemsPerPage, pageCount, total`, the documented error body (`status, traceId, errors{…}`) for
// business-rule violations, writes that change state (batch results become available later), an
// admin API under /_sandbox and fault injection.
//
// pageCount is what the document's examples show: floor(total / size) on catalogue, order and claim
// lists (8,772 brands at 100 per page → 87), and the page count on finance lists (301 → 31).
import Fastify, { type FastifyInstance } from "fastify";
import { createFaultInjector, type FaultInjector } from "../common/faults.ts";
import { type BeymenData, generateBeymenData, PRODUCT_STATUSES, type ProductStatusName, settleBatches } from "./data.ts";
import { beymenError } from "./http.ts";
import { adminRoutes } from "./routes/admin.ts";
import { catalogRoutes } from "./routes/catalog.ts";
import { claimRoutes } from "./routes/claims.ts";
import type { BeymenRouteContext } from "./routes/context.ts";
import { financeRoutes } from "./routes/finance.ts";
import { orderRoutes } from "./routes/orders.ts";
import { productRoutes } from "./routes/products.ts";

export const BEYMEN_ADMIN_PREFIX = "/_sandbox";

export interface BeymenSandboxOptions {
  /** @default 42 */
  seed?: number;
  apiKey: string;
  apiPassword: string;
  /** Generated orders end at this instant. @default now */
  anchorMs?: number;
  orderCount?: number;
  /** How long a batch product process takes before its result can be read. @default 1000 */
  batchDelayMs?: number;
  now?: () => number;
  logger?: boolean;
}

export interface BeymenSandbox {
  app: FastifyInstance;
  data: BeymenData;
  faults: FaultInjector;
  /** Calls per marketplace path pattern (e.g. GET /categories) since start or the last reset. */
  stats: Map<string, number>;
}

export function createBeymenSandbox(options: BeymenSandboxOptions): BeymenSandbox {
  const now = options.now ?? Date.now;
  const data = generateBeymenData({ seed: options.seed ?? 42, anchorMs: options.anchorMs ?? now(), orderCount: options.orderCount });
  const stats = new Map<string, number>();
  const faults = createFaultInjector();
  const app = Fastify({ logger: options.logger ?? false });
  faults.install(app, BEYMEN_ADMIN_PREFIX);
  const expected = `Basic ${Buffer.from(`${options.apiKey}:${options.apiPassword}`).toString("base64")}`;

  app.addHook("onRequest", async (req, reply) => {
    // Batches whose time has come run before anything is answered, so every read sees exactly what has run.
    settleBatches(data, now());
    const path = req.url.split("?")[0];
    // The admin API and the process's /health (a standalone sandbox's) are not Beymen's.
    if (path.startsWith(BEYMEN_ADMIN_PREFIX) || path === "/health") return;
    const auth = req.headers.authorization;
    if (!auth) return beymenError(reply, 401, "UnauthorizedException", ["Request Header [authorization] not found"]);
    if (auth !== expected) return beymenError(reply, 401, "UnauthorizedException", ["Invalid ApiKey or ApiPassword"]);
  });
  app.addHook("onResponse", async (req) => {
    const pattern = req.routeOptions.url;
    if (pattern && !pattern.startsWith(BEYMEN_ADMIN_PREFIX)) stats.set(`${req.method} ${pattern}`, (stats.get(`${req.method} ${pattern}`) ?? 0) + 1);
  });
  app.setErrorHandler((err: { statusCode?: number; message: string }, _req, reply) => {
    const status = err.statusCode && err.statusCode < 500 ? err.statusCode : 500;
    return beymenError(reply, status, status < 500 ? "ValidationException" : "InternalServerException", [err.message]);
  });

  const ctx: BeymenRouteContext = { data, now, options, stats, faults };
  app.register(catalogRoutes(ctx));
  app.register(productRoutes(ctx));
  app.register(orderRoutes(ctx));
  app.register(claimRoutes(ctx));
  app.register(financeRoutes(ctx));
  app.register(adminRoutes(ctx), { prefix: BEYMEN_ADMIN_PREFIX });

  return { app, data, faults, stats };
}

export { BEYMEN_MAX_PAGE_SIZE, beymenError, parseBmDate } from "./http.ts";
export { type ProductStatusName, PRODUCT_STATUSES };
