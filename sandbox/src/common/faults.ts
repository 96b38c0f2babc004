// Fault injection shared by every sandbox: latency, 5xx, 429 with Retry-After, malformed bodies and
// hangs, by rate or for the next N calls, optionally only on some paths. Set through the admin API.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

export type FaultKind = "error" | "rate_limit" | "malformed" | "timeout" | "reset";

export interface FaultSettings {
  /** Added to every marketplace call. */
  latencyMs?: number;
  /** Share of calls answered 500 (0..1). */
  errorRate?: number;
  /** Share of calls answered 429 (0..1). */
  rateLimitRate?: number;
  /** Retry-After sent with 429. @default 1 */
  retryAfterSeconds?: number;
  /** Share of calls answered with a body that is not JSON (0..1). */
  malformedRate?: number;
  /** Share of calls that hang for `hangMs` (0..1). */
  hangRate?: number;
  /** Share of calls whose connection is reset without an answer (0..1). */
  resetRate?: number;
  /** The next `count` calls fail this way, then calls succeed again. */
  failNext?: { count: number; kind: FaultKind; status?: number };
  /** Only calls whose path starts with one of these are affected. */
  paths?: string[];
  /** How long a "timeout" fault hangs before answering. @default 30000 */
  hangMs?: number;
}

export interface FaultInjector {
  settings: FaultSettings;
  set(settings: FaultSettings): void;
  clear(): void;
  /** Registers the hook on a Fastify app; requests under `adminPrefix` are never faulted. */
  install(app: FastifyInstance, adminPrefix: string): void;
}

export function createFaultInjector(random: () => number = Math.random): FaultInjector {
  const injector: FaultInjector = {
    settings: {},
    set(settings) {
      injector.settings = { ...settings, failNext: settings.failNext ? { ...settings.failNext } : undefined };
    },
    clear() {
      injector.settings = {};
    },
    install(app, adminPrefix) {
      app.addHook("onRequest", async (req: FastifyRequest, reply: FastifyReply) => {
        const path = req.url.split("?")[0];
        if (path.startsWith(adminPrefix) || path === "/health") return;
        const s = injector.settings;
        if (s.paths && !s.paths.some((p) => path.startsWith(p))) return;
        if (s.latencyMs) await new Promise((r) => setTimeout(r, s.latencyMs));
        let kind: FaultKind | null = null;
        let status: number | undefined;
        if (s.failNext && s.failNext.count > 0) {
          s.failNext.count--;
          kind = s.failNext.kind;
          status = s.failNext.status;
        } else if (s.errorRate && random() < s.errorRate) kind = "error";
        else if (s.rateLimitRate && random() < s.rateLimitRate) kind = "rate_limit";
        else if (s.malformedRate && random() < s.malformedRate) kind = "malformed";
        else if (s.hangRate && random() < s.hangRate) kind = "timeout";
        else if (s.resetRate && random() < s.resetRate) kind = "reset";
        if (!kind) return;
        if (kind === "reset") {
          reply.hijack();
          req.raw.socket.destroy();
          return;
        }
        if (kind === "timeout") await new Promise((r) => setTimeout(r, s.hangMs ?? 30_000));
        if (kind === "error" || kind === "timeout") return reply.code(status ?? 500).send({ message: "An unexpected error occurred." });
        if (kind === "rate_limit")
          return reply
            .code(429)
            .header("retry-after", String(s.retryAfterSeconds ?? 1))
            .send({ message: "Too many requests" });
        return reply.code(200).type("application/json").send('{"data": [ {"id": "trunc');
      });
    },
  };
  return injector;
}
