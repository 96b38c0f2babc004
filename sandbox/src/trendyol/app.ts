// The Trendyol sandbox: the seller integration API (facts and sources in
// docs/MARKETPLACES-TRENDYOL.md) on one Fastify app, its routes in plugins by endpoint family
// (routes/orders, catalog, products, claims) over the state in data.ts. Under /integration, as the
// real hosts serve it: HTTP Basic with the API key and secret (401 ClientApiAuthenticationException
// otherwise), the mandatory `User-Agent: "<sellerId> - <integrator>"` (403 without it), the seller id
// in the path that the credentials belong to, the per-endpoint rate limits (429), zero-based pages,
// and the admin API under /_sandbox with fault injection.
//
// Not verified against the real API (its public pages do not say): whether the order list's date
// window filters on the order date (here it does) or on the last change, the exact error bodies, and
// how a partly unsupplied line is split.
import Fastify, { type FastifyInstance } from "fastify";
import { createFaultInjector, type FaultInjector } from "../common/faults.ts";
import { generateTrendyolData, type TrendyolData } from "./data.ts";
import { createRateLimiter, type RateLimits, tyError } from "./http.ts";
import { adminRoutes } from "./routes/admin.ts";
import { catalogRoutes } from "./routes/catalog.ts";
import { claimRoutes } from "./routes/claims.ts";
import { orderRoutes } from "./routes/orders.ts";
import { productRoutes, settleBatches } from "./routes/products.ts";

export const TRENDYOL_ADMIN_PREFIX = "/_sandbox";
/** The path every Trendyol endpoint sits under (apigw.trendyol.com/integration). */
export const TRENDYOL_BASE = "/integration";
/** `<sellerId> - <integrator name>`, the integrator at most 30 letters and digits. */
const USER_AGENT = /^\s*(\d{1,12})\s*-\s*([A-Za-z0-9]{1,30})\s*$/;

export interface TrendyolSandboxOptions {
  /** @default 42 */
  seed?: number;
  sellerId: string;
  apiKey: string;
  apiSecret: string;
  /** Generated orders end at this instant. @default now */
  anchorMs?: number;
  orderCount?: number;
  /** How long a batch request stays IN_PROGRESS. @default 1000 */
  batchDelayMs?: number;
  rateLimits?: Partial<RateLimits>;
  now?: () => number;
  logger?: boolean;
}

export interface TrendyolSandbox {
  app: FastifyInstance;
  data: TrendyolData;
  faults: FaultInjector;
  stats: Map<string, number>;
}

export function createTrendyolSandbox(options: TrendyolSandboxOptions): TrendyolSandbox {
  const now = options.now ?? Date.now;
  const data = generateTrendyolData({ seed: options.seed ?? 42, anchorMs: options.anchorMs ?? now(), orderCount: options.orderCount, sellerId: Number(options.sellerId) });
  const stats = new Map<string, number>();
  const faults = createFaultInjector();
  const limiter = createRateLimiter({ perEndpointPer10s: 50, catalogPerMinute: 50, ...options.rateLimits }, now);
  const app = Fastify({ logger: options.logger ?? false });
  faults.install(app, TRENDYOL_ADMIN_PREFIX);
  const expected = `Basic ${Buffer.from(`${options.apiKey}:${options.apiSecret}`).toString("base64")}`;

  app.addHook("onRequest", async () => {
    // Batches whose time has come complete before anything is answered, so every read sees exactly what has run.
    settleBatches(data, now());
  });
  app.addHook("preHandler", async (req, reply) => {
    const pattern = req.routeOptions.url ?? "";
    if (!pattern.startsWith(TRENDYOL_BASE)) return;
    const ua = USER_AGENT.exec(String(req.headers["user-agent"] ?? ""));
    if (!ua) return tyError(reply, 403, "ForbiddenException", ['User-Agent must be "<sellerId> - <integrator name>" (at most 30 letters and digits)']);
    if (req.headers.authorization !== expected) return tyError(reply, 401, "ClientApiAuthenticationException", ["Invalid API key or secret"]);
    const sellerId = (req.params as { sellerId?: string }).sellerId;
    if (ua[1] !== options.sellerId || (sellerId !== undefined && sellerId !== options.sellerId))
      return tyError(reply, 403, "ForbiddenException", [`The credentials do not belong to seller ${sellerId ?? ua[1]}`]);
    const catalog = pattern.includes("/brands") || pattern.includes("/product-categories");
    if (!limiter.allow(`${req.method} ${pattern}`, catalog))
      return tyError(reply.header("retry-after", "10"), 429, "TooManyRequestsException", ["Too many requests to this endpoint"]);
  });
  app.addHook("onResponse", async (req) => {
    const pattern = req.routeOptions.url;
    if (pattern?.startsWith(TRENDYOL_BASE)) stats.set(`${req.method} ${pattern}`, (stats.get(`${req.method} ${pattern}`) ?? 0) + 1);
  });
  app.setNotFoundHandler((req, reply) => tyError(reply, 404, "NotFoundException", [`No endpoint ${req.method} ${req.url.split("?")[0]}`]));
  app.setErrorHandler((err: { statusCode?: number; message: string }, _req, reply) => {
    const status = err.statusCode && err.statusCode < 500 ? err.statusCode : 500;
    return tyError(reply, status, status < 500 ? "ValidationException" : "InternalServerException", [err.message]);
  });

  const batchDelayMs = () => options.batchDelayMs ?? 1000;
  app.register(orderRoutes(data, now), { prefix: TRENDYOL_BASE });
  app.register(catalogRoutes(data), { prefix: TRENDYOL_BASE });
  app.register(productRoutes(data, now, batchDelayMs), { prefix: TRENDYOL_BASE });
  app.register(claimRoutes(data, now), { prefix: TRENDYOL_BASE });
  app.register(adminRoutes({ data, now, faults, stats, limiter }), { prefix: TRENDYOL_ADMIN_PREFIX });
  return { app, data, faults, stats };
}
