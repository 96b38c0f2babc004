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
  sampled: boolean;
}

const store = new AsyncLocalStorage<TraceContext>();
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;
const hex = (bytes: number) => randomBytes(bytes).toString("hex");

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
