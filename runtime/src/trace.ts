// Request ids and W3C trace context (traceparent), carried through the work of a request: the gateway
// takes them from the client (or makes them), every subgraph request and every marketplace call made
// for it sends them on as a child span, and every log line written meanwhile names the request.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";

export interface TraceContext {
  requestId: string;
  traceId: string;
  /** This service's span for the request. */
  spanId: string;
  /** The caller's span (from its traceparent), if any. */
  parentSpanId?: string;
  sampled: boolean;
}

export interface StartedSpan {
  traceId: string;
  spanId: string;
  sampled: boolean;
  end(outcome?: { status?: number; error?: string }): void;
}

/** Records spans (OpenTelemetry, when an OTLP endpoint is configured). */
export interface SpanFactory {
  start(name: string, kind: "server" | "client", parent: { traceId: string; spanId?: string; sampled: boolean }, attributes?: Record<string, string | number>): StartedSpan;
  shutdown(): Promise<void>;
}

let spans: SpanFactory | null = null;

/**
 * Turns span export on when OTEL_EXPORTER_OTLP_ENDPOINT (or …_TRACES_ENDPOINT) is set; otherwise does
 * nothing and costs nothing. Returns the shutdown that flushes what is pending.
 */
export async function enableTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): Promise<() => Promise<void>> {
  if (spans || !(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT)) return async () => {};
  const { createOtelSpans } = await import("./otel.ts");
  const factory = createOtelSpans(serviceName);
  spans = factory;
  return async () => {
    if (spans === factory) spans = null;
    await factory.shutdown();
  };
}

const NO_SPAN = { end() {} };

/**
 * Starts this service's span for a request in `context` (server) and makes it the context's span, so
 * calls made for it are its children. Without tracing on, the span id is only an id.
 */
export function startServerSpan(context: TraceContext, name: string, attributes?: Record<string, string | number>): { end(outcome?: { status?: number; error?: string }): void } {
  if (!spans) return NO_SPAN;
  const s = spans.start(name, "server", { traceId: context.traceId, spanId: context.parentSpanId, sampled: context.sampled || !context.parentSpanId }, attributes);
  context.traceId = s.traceId;
  context.spanId = s.spanId;
  context.sampled = s.sampled;
  return s;
}

/** A client span for an outgoing call made for the current request, with the traceparent to send. */
export function startClientSpan(
  name: string,
  attributes?: Record<string, string | number>,
): { headers: Record<string, string>; end(outcome?: { status?: number; error?: string }): void } {
  const t = store.getStore();
  if (!t) return { headers: {}, ...NO_SPAN };
  if (!spans) return { headers: outgoingTraceHeaders(), ...NO_SPAN };
  const s = spans.start(name, "client", { traceId: t.traceId, spanId: t.spanId, sampled: t.sampled }, attributes);
  return { headers: { traceparent: `00-${s.traceId}-${s.spanId}-${s.sampled ? "01" : "00"}`, "x-request-id": t.requestId }, end: (o) => s.end(o) };
}

const store = new AsyncLocalStorage<TraceContext>();
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;
// Ids from a pool of random bytes refilled 4 KiB at a time: one getrandom call per ~170 requests, not
// three per request (it was the gateway's largest cost serving cached answers). Trace ids are not secrets.
let pool = Buffer.alloc(0);
let offset = 0;
const hex = (bytes: number) => {
  if (offset + bytes > pool.length) {
    pool = randomBytes(4096);
    offset = 0;
  }
  offset += bytes;
  return pool.toString("hex", offset - bytes, offset);
};

type Headers = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The context of an incoming request: its traceparent's trace (else a new one), its x-request-id (else a new one). */
export function traceFrom(headers: Headers): TraceContext {
  const parent = TRACEPARENT.exec(one(headers.traceparent)?.trim().toLowerCase() ?? "");
  const valid = parent && !/^0+$/.test(parent[1]) && !/^0+$/.test(parent[2]);
  const requestId = one(headers["x-request-id"])?.trim();
  return {
    requestId: requestId && REQUEST_ID.test(requestId) ? requestId : hex(8),
    traceId: valid ? parent[1] : hex(16),
    spanId: hex(8),
    parentSpanId: valid ? parent[2] : undefined,
    sampled: valid ? (Number.parseInt(parent[3], 16) & 1) === 1 : false,
  };
}

export function runWithTrace<T>(context: TraceContext, fn: () => T): T {
  return store.run(context, fn);
}

export function currentTrace(): TraceContext | undefined {
  return store.getStore();
}

/** Headers for a call made for the current request: a child span of ours, and the request id. */
export function outgoingTraceHeaders(): Record<string, string> {
  const t = store.getStore();
  if (!t) return {};
  return { traceparent: `00-${t.traceId}-${t.spanId}-${t.sampled ? "01" : "00"}`, "x-request-id": t.requestId };
}
