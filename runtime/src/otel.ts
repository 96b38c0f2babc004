// OpenTelemetry spans, exported over OTLP/HTTP when an endpoint is configured (the standard
// OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT). Loaded only then (trace.ts
// imports it on demand), so with tracing off nothing of it is even loaded.
import { ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, TraceFlags, trace } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BasicTracerProvider, BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import type { SpanFactory } from "./trace.ts";

export function createOtelSpans(serviceName: string): SpanFactory {
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ "service.name": serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  const tracer = provider.getTracer("pazargraph");
  return {
    start(name, kind, parent, attributes) {
      const parentContext = parent.spanId
        ? trace.setSpanContext(ROOT_CONTEXT, { traceId: parent.traceId, spanId: parent.spanId, traceFlags: parent.sampled ? TraceFlags.SAMPLED : TraceFlags.NONE, isRemote: true })
        : ROOT_CONTEXT;
      const span: Span = tracer.startSpan(name, { kind: kind === "server" ? SpanKind.SERVER : SpanKind.CLIENT, attributes }, parentContext);
      const ctx = span.spanContext();
      return {
        traceId: ctx.traceId,
        spanId: ctx.spanId,
        sampled: (ctx.traceFlags & TraceFlags.SAMPLED) === TraceFlags.SAMPLED,
        end(outcome) {
          if (outcome?.status !== undefined) span.setAttribute("http.response.status_code", outcome.status);
          if (outcome?.error) span.setStatus({ code: SpanStatusCode.ERROR, message: outcome.error });
          span.end();
        },
      };
    },
    shutdown: () => provider.shutdown(),
  };
}
