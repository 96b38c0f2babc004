// Prometheus metrics (prom-client), one registry per process, served at /metrics by the gateway and
// every subgraph. A deployment runs one service per process, so each /metrics is that service's; the
// embedded default runs all in one process and every /metrics shows all of them (the `service`
// label tells them apart). Label values a client controls (operation names) are bounded.
import client from "prom-client";

export const metricsRegistry = new client.Registry();
// Process metrics, event-loop lag included (nodejs_eventloop_lag_*).
client.collectDefaultMetrics({ register: metricsRegistry });

const registers = [metricsRegistry];
const LATENCY = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20];

const pollerLastSuccess = new Map<string, { marketplace: string; store: string; at: number }>();

export const metrics = {
  graphqlRequests: new client.Counter({
    name: "pazargraph_graphql_requests_total",
    help: "GraphQL requests by service, operation name and outcome (ok, error: any error in the answer)",
    labelNames: ["service", "operation", "outcome"],
    registers,
  }),
  graphqlDuration: new client.Histogram({
    name: "pazargraph_graphql_request_duration_seconds",
    help: "GraphQL request latency by service, operation name and outcome",
    labelNames: ["service", "operation", "outcome"],
    buckets: LATENCY,
    registers,
  }),
  subgraphFetch: new client.Histogram({
    name: "pazargraph_subgraph_fetch_duration_seconds",
    help: "The gateway's requests to each subgraph, until the response headers, by HTTP status",
    labelNames: ["subgraph", "status"],
    buckets: LATENCY,
    registers,
  }),
  marketplaceRequests: new client.Counter({
    name: "pazargraph_marketplace_requests_total",
    help: "HTTP requests to the marketplaces by marketplace, endpoint (ids folded) and status (0: no answer)",
    labelNames: ["marketplace", "endpoint", "status"],
    registers,
  }),
  marketplaceDuration: new client.Histogram({
    name: "pazargraph_marketplace_request_duration_seconds",
    help: "Marketplace request latency by marketplace and endpoint",
    labelNames: ["marketplace", "endpoint"],
    buckets: LATENCY,
    registers,
  }),
  marketplaceRetries: new client.Counter({
    name: "pazargraph_marketplace_retries_total",
    help: "Marketplace requests tried again, by marketplace and reason (timeout, network, server, rate_limited)",
    labelNames: ["marketplace", "reason"],
    registers,
  }),
  rateLimitWaits: new client.Counter({
    name: "pazargraph_marketplace_rate_limit_wait_seconds_total",
    help: "Time spent waiting before a retry because a marketplace answered 429",
    labelNames: ["marketplace"],
    registers,
  }),
  cache: new client.Counter({
    name: "pazargraph_cache_requests_total",
    help: "Reference data cache lookups: l1 (gateway, per replica) and l2 (shared), hit or miss",
    labelNames: ["cache", "result"],
    registers,
  }),
  ordersEvents: new client.Counter({
    name: "pazargraph_order_events_recorded_total",
    help: "Order events recorded in the hub, by marketplace and kind",
    labelNames: ["marketplace", "kind"],
    registers,
  }),
  polls: new client.Counter({
    name: "pazargraph_polls_total",
    help: "Polls of a store by marketplace, tier and outcome",
    labelNames: ["marketplace", "tier", "outcome"],
    registers,
  }),
  pollerLag: new client.Gauge({
    name: "pazargraph_poller_lag_seconds",
    help: "Seconds since each store's last successful poll (this process's pollers)",
    labelNames: ["marketplace", "store"],
    registers,
    collect() {
      const now = Date.now();
      for (const s of pollerLastSuccess.values()) this.set({ marketplace: s.marketplace, store: s.store }, (now - s.at) / 1000);
    },
  }),
  unknownCodes: new client.Counter({
    name: "pazargraph_marketplace_unknown_codes_total",
    help: "Status codes a marketplace sent that its document does not list (mapped to UNKNOWN), by marketplace, kind and code, each time one is mapped",
    labelNames: ["marketplace", "kind", "code"],
    registers,
  }),
  websockets: new client.Gauge({ name: "pazargraph_websocket_connections", help: "Open client WebSockets at the gateway", registers }),
  subscriptions: new client.Gauge({ name: "pazargraph_subscriptions_active", help: "Active client subscriptions at the gateway", registers }),
};

const seenUnknown = new Set<string>();

/**
 * A mapper met a code the marketplace's document does not list: counted (codes are bounded: the first
 * 50 distinct ones by name, then "other"), so an operator sees the marketplace added one.
 */
export function noteUnknownCode(marketplace: string, kind: string, code: string): void {
  const key = `${marketplace}\u0000${kind}\u0000${code}`;
  if (!seenUnknown.has(key) && seenUnknown.size < 50) seenUnknown.add(key);
  metrics.unknownCodes.inc({ marketplace, kind, code: seenUnknown.has(key) ? code.slice(0, 40) : "other" });
}

/** The poller's last success for a store (the lag gauge is computed from it at scrape time). */
export function recordPollSuccess(marketplace: string, store: string, at: Date): void {
  pollerLastSuccess.set(`${marketplace}\u0000${store}`, { marketplace, store, at: at.getTime() });
}

const OPERATION = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATIONS = 200;
const seenOperations = new Set<string>();

/**
 * The operation label of a request: its operationName (or the document's first operation's name),
 * "anonymous" without one; a malformed name, or any beyond the first 200 distinct ones, is "other", so
 * a client cannot grow the metrics without bound.
 */
export function operationLabel(body: unknown): string {
  const b = body as { operationName?: unknown; query?: unknown } | null | undefined;
  let name = typeof b?.operationName === "string" ? b.operationName : undefined;
  if (!name && typeof b?.query === "string") name = /^\s*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(b.query.slice(0, 200))?.[1];
  if (!name) return "anonymous";
  if (!OPERATION.test(name)) return "other";
  if (!seenOperations.has(name)) {
    if (seenOperations.size >= MAX_OPERATIONS) return "other";
    seenOperations.add(name);
  }
  return name;
}

/** Records one GraphQL request. */
export function observeGraphql(service: string, operation: string, outcome: "ok" | "error", seconds: number): void {
  metrics.graphqlRequests.inc({ service, operation, outcome });
  metrics.graphqlDuration.observe({ service, operation, outcome }, seconds);
}

/** A path with its ids folded (numbers, UUIDs, long tokens), so endpoints are few. */
export function endpointLabel(method: string, path: string): string {
  const folded = path
    .split("?")[0]
    .split("/")
    .map((seg) => (/^\d+$/.test(seg) || /^[0-9a-f-]{16,}$/i.test(seg) || seg.length > 40 ? ":id" : seg))
    .join("/");
  return `${method} ${folded}`;
}

/** The registry's text for a scrape. */
export async function metricsText(): Promise<{ contentType: string; body: string }> {
  return { contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() };
}
