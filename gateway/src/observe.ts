// The gateway's metrics (runtime/metrics.ts): every GraphQL request over HTTP by operation name and
// outcome, and every request to a subgraph (observed on undici's diagnostics channels, so the
// gateway library needs no change), by subgraph and status.
import diagnostics from "node:diagnostics_channel";
import { metrics, observeGraphql, operationLabel } from "@pazargraph/runtime";
import type { FastifyReply, FastifyRequest } from "fastify";

interface Hooks {
  addHook(name: "onSend", hook: (req: FastifyRequest, reply: FastifyReply, payload: unknown) => Promise<unknown>): unknown;
  addHook(name: "onResponse", hook: (req: FastifyRequest, reply: FastifyReply) => Promise<void>): unknown;
  addHook(name: "onClose", hook: () => Promise<void>): unknown;
}

const failed = new WeakSet<object>();

/** An execution that ended with errors (mercurius's onResolution): its request counts as an error. */
export function markFailed(req: object): void {
  failed.add(req);
}

/** Answers up to this size are scanned for errors (those made before execution: budget, persisted documents); larger ones are executions, marked by markFailed. */
const SCANNED_BYTES = 16_384;

export function observeRequests(app: Hooks): void {
  app.addHook("onSend", async (req, reply, payload) => {
    // An answer from L0 was kept because it had no errors: not scanned again (a tree is tens of KiB).
    if (
      req.routeOptions.url === "/graphql" &&
      !(req as { l0Hit?: boolean }).l0Hit &&
      (reply.statusCode >= 400 || (typeof payload === "string" && payload.length <= SCANNED_BYTES && payload.includes('"errors":')))
    )
      failed.add(req);
    return payload;
  });
  app.addHook("onResponse", async (req, reply) => {
    if (req.routeOptions.url !== "/graphql" || (req as { ws?: boolean }).ws === true) return;
    observeGraphql("gateway", operationLabel(req.body), failed.has(req) ? "error" : "ok", reply.elapsedTime / 1000);
  });
}

interface UndiciRequest {
  origin?: string | URL;
  path?: string;
}

export function observeSubgraphFetches(app: Hooks, services: Array<{ name: string; url: string }>): void {
  const byUrl = new Map(services.map((s) => [new URL(s.url).href, s.name]));
  const started = new WeakMap<object, { name: string; at: number }>();
  const onCreate = (message: unknown) => {
    const { request } = message as { request: UndiciRequest };
    const name = byUrl.get(new URL(request.path ?? "/", String(request.origin ?? "http://x")).href);
    if (name) started.set(request, { name, at: performance.now() });
  };
  const onHeaders = (message: unknown) => {
    const { request, response } = message as { request: UndiciRequest; response: { statusCode: number } };
    const s = started.get(request);
    if (!s) return;
    started.delete(request);
    metrics.subgraphFetch.observe({ subgraph: s.name, status: String(response.statusCode) }, (performance.now() - s.at) / 1000);
  };
  const onError = (message: unknown) => {
    const { request } = message as { request: UndiciRequest };
    const s = started.get(request);
    if (!s) return;
    started.delete(request);
    metrics.subgraphFetch.observe({ subgraph: s.name, status: "0" }, (performance.now() - s.at) / 1000);
  };
  diagnostics.subscribe("undici:request:create", onCreate);
  diagnostics.subscribe("undici:request:headers", onHeaders);
  diagnostics.subscribe("undici:request:error", onError);
  app.addHook("onClose", async () => {
    diagnostics.unsubscribe("undici:request:create", onCreate);
    diagnostics.unsubscribe("undici:request:headers", onHeaders);
    diagnostics.unsubscribe("undici:request:error", onError);
  });
}
