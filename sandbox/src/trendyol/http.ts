// What every Trendyol route shares: the error body, query reading, zero-based paging and the
// per-endpoint rate limits.
import type { FastifyReply, FastifyRequest } from "fastify";

/** Trendyol's error body: `{ timestamp, exception, errors: [{ key, message, errorParams }] }`. */
export function tyError(reply: FastifyReply, status: number, exception: string, messages: string[]) {
  return reply.code(status).send({ timestamp: Date.now(), exception, errors: messages.map((message) => ({ key: exception, message, errorParams: [] })) });
}

export const query = (req: FastifyRequest) => (req.query ?? {}) as Record<string, string | string[] | undefined>;
export const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Zero-based page/size; `max` is the endpoint's largest page. null after answering 400. */
export function paging(req: FastifyRequest, reply: FastifyReply, max: number, defaultSize = 50): { page: number; size: number } | null {
  const q = query(req);
  const page = one(q.page) === undefined ? 0 : Number(one(q.page));
  const size = one(q.size) === undefined ? defaultSize : Number(one(q.size));
  if (!Number.isInteger(page) || page < 0) {
    tyError(reply, 400, "ValidationException", ["page must be 0 or greater"]);
    return null;
  }
  if (!Number.isInteger(size) || size < 1 || size > max) {
    tyError(reply, 400, "ValidationException", [`size must be between 1 and ${max}`]);
    return null;
  }
  return { page, size };
}

export function pageOf<T>(list: T[], p: { page: number; size: number }) {
  return { page: p.page, size: p.size, totalPages: Math.ceil(list.length / p.size), totalElements: list.length, content: list.slice(p.page * p.size, (p.page + 1) * p.size) };
}

export interface RateLimits {
  /** Requests to one endpoint per 10 seconds (the general rule). @default 50 */
  perEndpointPer10s: number;
  /** Brand and category lists per minute. @default 50 */
  catalogPerMinute: number;
}

/** Sliding counters per endpoint: past the limit, 429 (what Trendyol answers). */
export function createRateLimiter(limits: RateLimits, now: () => number) {
  const hits = new Map<string, number[]>();
  return {
    limits,
    /** True when the call may go on; false when it is over a limit. */
    allow(endpoint: string, catalog: boolean): boolean {
      const t = now();
      const list = (hits.get(endpoint) ?? []).filter((x) => t - x < 60_000);
      const in10 = list.filter((x) => t - x < 10_000).length;
      if (in10 >= limits.perEndpointPer10s || (catalog && list.length >= limits.catalogPerMinute)) {
        hits.set(endpoint, list);
        return false;
      }
      list.push(t);
      hits.set(endpoint, list);
      return true;
    },
    reset() {
      hits.clear();
    },
  };
}

/** Epoch milliseconds from a query value; undefined when absent, NaN when not a number. */
export function epochMs(v: string | undefined): number | undefined {
  if (v === undefined || v === "") return undefined;
  return /^\d{1,15}$/.test(v) ? Number(v) : Number.NaN;
}
