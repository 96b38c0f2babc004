// The REST client base every marketplace client builds on (undici): a timeout on every call,
// retries with exponential backoff and full jitter on 429/5xx/network errors that honour Retry-After,
// a per-host concurrency cap (undici's per-origin connection limit), and the ONE place where REST
// failures become client-facing GraphQL errors (toMarketplaceError).
import type { GraphQLError } from "graphql";
import { Agent, type Dispatcher, request as undiciRequest } from "undici";
import { countRestCall, remainingMs } from "./deadline.ts";
import { createError, ErrorCode } from "./errors.ts";
import type { Logger } from "./logger.ts";
import { endpointLabel, metrics } from "./metrics.ts";
import { startClientSpan } from "./trace.ts";

export interface RestClientOptions {
  /** Lowercase marketplace name used in errors and logs, e.g. "pazarama". */
  marketplace: string;
  /** Human name for messages, e.g. "Pazarama". */
  displayName: string;
  baseUrl: string;
  /** Per-attempt timeout. @default 5000 */
  timeoutMs?: number;
  /** One call with its retries and waits; the current request's deadline (deadline.ts) can cut it shorter. @default 10000 */
  callDeadlineMs?: number;
  /** Retries after the first attempt for retryable failures. @default 3 */
  retries?: number;
  /** First backoff step; doubles each retry, with full jitter. @default 200 */
  backoffMs?: number;
  /** Cap of one backoff step. @default 5000 */
  maxBackoffMs?: number;
  /** A Retry-After longer than this is not waited for; the call fails RATE_LIMITED at once. @default 10000 */
  maxRetryAfterMs?: number;
  /** Concurrent requests per host. @default 8 */
  maxConcurrency?: number;
  /** A dispatcher to use instead of the client's own (undici MockAgent in tests). */
  dispatcher?: Dispatcher;
  logger?: Logger;
  /** Reads the marketplace's own message from an error body. */
  readMessage?: (body: unknown) => string | null | undefined;
}

export interface RestRequest {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  query?: Record<string, string | number | boolean | null | undefined>;
  /** JSON body. */
  json?: unknown;
  /** application/x-www-form-urlencoded body. */
  form?: Record<string, string>;
  headers?: Record<string, string>;
  /** Whether repeating the call is safe (reads, including read-only POSTs). @default method === "GET" */
  idempotent?: boolean;
}

export interface RestResponse<T> {
  status: number;
  body: T;
}

export type FailureKind = "timeout" | "network" | "rate_limited" | "server" | "unauthorized" | "rejected" | "malformed" | "not_found";

/** Maps one REST failure to the registered client-facing error. The only place that does. */
export function toMarketplaceError(
  kind: FailureKind,
  details: { marketplace: string; displayName: string; message?: string | null; retryAfterSeconds?: number; status?: number },
): GraphQLError {
  const { marketplace, displayName } = details;
  const base = { marketplace, marketplaceMessage: details.message ?? undefined, httpStatus: details.status };
  switch (kind) {
    case "timeout":
      return createError(ErrorCode.TIMEOUT, `${displayName} did not answer in time`, base);
    case "network":
      return createError(ErrorCode.MARKETPLACE_UNAVAILABLE, `${displayName} cannot be reached`, base);
    case "server":
      return createError(ErrorCode.MARKETPLACE_UNAVAILABLE, `${displayName} failed to answer (HTTP ${details.status})`, base);
    case "malformed":
      return createError(ErrorCode.MARKETPLACE_UNAVAILABLE, `${displayName} sent a response that cannot be read`, base);
    case "rate_limited":
      return createError(ErrorCode.RATE_LIMITED, `${displayName} is rate limiting this store; retry later`, {
        ...base,
        retryAfterSeconds: details.retryAfterSeconds,
      });
    case "unauthorized":
      return createError(ErrorCode.MARKETPLACE_REJECTED, `${displayName} rejected the store's credentials`, base);
    case "not_found":
      return createError(ErrorCode.NOT_FOUND, details.message ? `${displayName}: ${details.message}` : `${displayName} has no such record`, base);
    default:
      return createError(ErrorCode.MARKETPLACE_REJECTED, details.message ? `${displayName} rejected the request: ${details.message}` : `${displayName} rejected the request`, base);
  }
}

class RetryableFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly status?: number,
    readonly retryAfterMs?: number,
    readonly body?: unknown,
  ) {
    super(kind);
  }
}

/** Reads Retry-After as seconds or an HTTP date; returns milliseconds. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return undefined;
  if (/^\d+(\.\d+)?$/.test(v.trim())) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export interface RestClient {
  request<T>(req: RestRequest): Promise<RestResponse<T>>;
  /** Number of HTTP attempts made (for benchmarks and tests). */
  readonly attempts: number;
  close(): Promise<void>;
}

export function createRestClient(options: RestClientOptions): RestClient {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const callDeadlineMs = options.callDeadlineMs ?? 10_000;
  const retries = options.retries ?? 3;
  const backoffMs = options.backoffMs ?? 200;
  const maxBackoffMs = options.maxBackoffMs ?? 5_000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 10_000;
  const own = options.dispatcher ? null : new Agent({ connections: options.maxConcurrency ?? 8, keepAliveTimeout: 10_000 });
  const dispatcher = options.dispatcher ?? (own as Dispatcher);
  const names = { marketplace: options.marketplace, displayName: options.displayName };
  const base = new URL(options.baseUrl);
  let attempts = 0;

  async function once<T>(req: RestRequest, budgetMs: number): Promise<RestResponse<T>> {
    const url = new URL(req.path.replace(/^\//, ""), base.href.endsWith("/") ? base.href : `${base.href}/`);
    for (const [k, v] of Object.entries(req.query ?? {})) if (v !== undefined && v !== null) url.searchParams.set(k, String(v));
    const endpoint = endpointLabel(req.method, req.path);
    // The request's trace goes on to the marketplace (W3C traceparent), as this call's own span.
    const span = startClientSpan(`${options.marketplace} ${endpoint}`, { "http.request.method": req.method, "url.path": req.path.split("?")[0] });
    const headers: Record<string, string> = { accept: "application/json", ...span.headers, ...req.headers };
    let body: string | undefined;
    if (req.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(req.json);
    } else if (req.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams(req.form).toString();
    }
    attempts++;
    countRestCall();
    const started = performance.now();
    let res: Dispatcher.ResponseData;
    try {
      res = await undiciRequest(url, { method: req.method, headers, body, dispatcher, headersTimeout: budgetMs, bodyTimeout: budgetMs, signal: AbortSignal.timeout(budgetMs) });
      metrics.marketplaceRequests.inc({ marketplace: options.marketplace, endpoint, status: String(res.statusCode) });
      metrics.marketplaceDuration.observe({ marketplace: options.marketplace, endpoint }, (performance.now() - started) / 1000);
      span.end({ status: res.statusCode, error: res.statusCode >= 500 ? `HTTP ${res.statusCode}` : undefined });
    } catch (err) {
      metrics.marketplaceRequests.inc({ marketplace: options.marketplace, endpoint, status: "0" });
      span.end({ error: (err as Error).name ?? "network" });
      const e = err as { code?: string; name?: string };
      const timedOut = e.name === "TimeoutError" || e.code === "UND_ERR_HEADERS_TIMEOUT" || e.code === "UND_ERR_BODY_TIMEOUT" || e.code === "UND_ERR_CONNECT_TIMEOUT";
      throw new RetryableFailure(timedOut ? "timeout" : "network");
    }
    let text: string;
    try {
      text = await res.body.text();
    } catch {
      throw new RetryableFailure("timeout");
    }
    let parsed: unknown;
    try {
      parsed = text.length ? JSON.parse(text) : null;
    } catch {
      if (res.statusCode >= 500) throw new RetryableFailure("server", res.statusCode);
      if (res.statusCode === 429) throw new RetryableFailure("rate_limited", 429, parseRetryAfter(res.headers["retry-after"]));
      throw toMarketplaceError("malformed", { ...names, status: res.statusCode });
    }
    if (res.statusCode === 429) throw new RetryableFailure("rate_limited", 429, parseRetryAfter(res.headers["retry-after"]), parsed);
    if (res.statusCode >= 500) throw new RetryableFailure("server", res.statusCode, undefined, parsed);
    if (res.statusCode >= 400) {
      const message = options.readMessage?.(parsed) ?? null;
      const kind: FailureKind = res.statusCode === 401 || res.statusCode === 403 ? "unauthorized" : res.statusCode === 404 ? "not_found" : "rejected";
      throw toMarketplaceError(kind, { ...names, status: res.statusCode, message });
    }
    return { status: res.statusCode, body: parsed as T };
  }

  return {
    get attempts() {
      return attempts;
    },
    async request<T>(req: RestRequest): Promise<RestResponse<T>> {
      const idempotent = req.idempotent ?? req.method === "GET";
      // The call ends by its own deadline or the current request's, whichever comes first.
      const endAt = Date.now() + Math.min(callDeadlineMs, remainingMs());
      for (let attempt = 0; ; attempt++) {
        try {
          const left = endAt - Date.now();
          if (left < 50) throw new RetryableFailure("timeout");
          return await once<T>(req, Math.min(timeoutMs, left));
        } catch (err) {
          if (!(err instanceof RetryableFailure)) throw err;
          const retryAfter = err.retryAfterMs;
          const backoff = Math.random() * Math.min(maxBackoffMs, backoffMs * 2 ** attempt);
          const wait = Math.max(retryAfter ?? 0, backoff);
          const canRetry =
            attempt < retries && (idempotent || err.kind === "rate_limited") && (retryAfter === undefined || retryAfter <= maxRetryAfterMs) && Date.now() + wait + 50 < endAt;
          options.logger?.warn(
            { marketplace: options.marketplace, method: req.method, path: req.path, failure: err.kind, status: err.status, attempt, willRetry: canRetry },
            "marketplace call failed",
          );
          if (!canRetry) {
            const message = options.readMessage?.(err.body) ?? null;
            throw toMarketplaceError(err.kind, { ...names, status: err.status, message, retryAfterSeconds: retryAfter !== undefined ? Math.ceil(retryAfter / 1000) : undefined });
          }
          metrics.marketplaceRetries.inc({ marketplace: options.marketplace, reason: err.kind });
          if (err.kind === "rate_limited") metrics.rateLimitWaits.inc({ marketplace: options.marketplace }, wait / 1000);
          await new Promise((r) => setTimeout(r, wait));
        }
      }
    },
    async close() {
      await own?.close();
    },
  };
}
