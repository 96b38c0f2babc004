// Request ids and W3C trace context: a client's traceparent and x-request-id travel from the gateway
// to the subgraph and on to the marketplace call as child spans of the same trace; the gateway answers
// with the request id; every log line written for the request (in any service of the process) names it.
import assert from "node:assert/strict";
import diagnostics from "node:diagnostics_channel";
import { mkdtemp } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { after, before, describe, it } from "node:test";
import { createLogger, loadConfig } from "@pazargraph/runtime";
import { type Stack, startStack } from "../scripts/stack.ts";
import { freePorts } from "./helpers.ts";
import { until } from "./until.ts";

// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely
type Any = any;

describe("Trace context and request ids", () => {
  let stack: Stack;
  const lines: string[] = [];
  const outgoing: Array<{ url: string; headers: string }> = [];
  const onCreate = (m: unknown) => {
    const { request } = m as { request: { origin: string; path: string; headers: string | string[] } };
    outgoing.push({ url: `${request.origin}${request.path}`, headers: Array.isArray(request.headers) ? request.headers.join("\n") : String(request.headers) });
  };
  before(async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "pg-trace-"));
    const config = loadConfig(
      { PAZARGRAPH_DATA_DIR: dataDir },
      {
        logLevel: "info",
        security: { demoKey: true },
        ...freePorts({ timeoutMs: 1000, retries: 1 }),
      },
    );
    const destination = new Writable({
      write(chunk, _enc, cb) {
        lines.push(...String(chunk).split("\n").filter(Boolean));
        cb();
      },
    });
    stack = await startStack({ config, logger: createLogger({ name: "trace", level: "info", destination }), poll: false });
    diagnostics.subscribe("undici:request:create", onCreate);
  });
  after(async () => {
    diagnostics.unsubscribe("undici:request:create", onCreate);
    await stack?.close();
  });

  it("carries the client's trace to the subgraph and the marketplace, and names the request in the logs", async () => {
    const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    const requestId = "mobile-7f3a9";
    // Pazarama fails every call: its client logs the failures, within the request.
    stack.sandbox?.faults.set({ errorRate: 1 });
    try {
      const res = await fetch(stack.gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": stack.demoKey ?? "", traceparent: `00-${traceId}-00f067aa0ba902b7-01`, "x-request-id": requestId },
        body: JSON.stringify({ query: "{ pazarama { orders(first: 1) { edges { node { id } } } } }" }),
      });
      assert.equal(res.headers.get("x-request-id"), requestId);
      await res.json();
    } finally {
      stack.sandbox?.faults.clear();
    }
    const toSubgraph = outgoing.filter((o) => o.url.startsWith(stack.subgraphUrls.pazarama.replace(/\/graphql$/, "")));
    const toMarketplace = outgoing.filter((o) => o.url.startsWith(stack.sandboxUrls.pazarama ?? "-"));
    assert.ok(toSubgraph.length >= 1 && toMarketplace.length >= 1, JSON.stringify(outgoing.map((o) => o.url)));
    for (const o of [...toSubgraph, ...toMarketplace]) {
      const tp = /traceparent: (00-[0-9a-f]{32}-[0-9a-f]{16}-0[01])/i.exec(o.headers)?.[1] ?? /traceparent\n(00-[^\n]+)/i.exec(o.headers)?.[1];
      assert.ok(tp, `a traceparent on ${o.url}: ${o.headers}`);
      assert.equal(tp.split("-")[1], traceId, "the same trace");
      assert.notEqual(tp.split("-")[2], "00f067aa0ba902b7", "a child span, not the client's");
    }
    const failures = lines.filter((l) => l.includes("marketplace call failed"));
    assert.ok(failures.length >= 1);
    for (const l of failures) assert.equal(JSON.parse(l).requestId, requestId);
    // A malformed id or traceparent from a client is replaced, not trusted.
    const res = await fetch(stack.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": stack.demoKey ?? "", traceparent: "garbage", "x-request-id": "bad id with spaces;drop" },
      body: JSON.stringify({ query: "{ stores { id } }" }),
    });
    assert.match(res.headers.get("x-request-id") ?? "", /^[0-9a-f]{16}$/);
  });
});

describe("OpenTelemetry spans over OTLP (when an endpoint is configured)", () => {
  let stack: Stack;
  let collector: Server;
  const spans: Array<{ traceId: string; spanId: string; parentSpanId?: string; name: string; service: string }> = [];
  const hexOf = (id: string) => (/^[0-9a-f]+$/.test(id) ? id : Buffer.from(id, "base64").toString("hex"));
  before(async () => {
    collector = createServer((req, res) => {
      let body = "";
      req.on("data", (d) => {
        body += d;
      });
      req.on("end", () => {
        const json = JSON.parse(body) as Any;
        for (const rs of json.resourceSpans ?? []) {
          const service = rs.resource?.attributes?.find((a: Any) => a.key === "service.name")?.value?.stringValue ?? "";
          for (const ss of rs.scopeSpans ?? [])
            for (const sp of ss.spans ?? [])
              spans.push({ traceId: hexOf(sp.traceId), spanId: hexOf(sp.spanId), parentSpanId: sp.parentSpanId ? hexOf(sp.parentSpanId) : undefined, name: sp.name, service });
        }
        res.writeHead(200, { "content-type": "application/json" });
        res.end("{}");
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", () => resolve()));
    process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT = `http://127.0.0.1:${(collector.address() as { port: number }).port}/v1/traces`;
    process.env.OTEL_BSP_SCHEDULE_DELAY = "100";
    const dataDir = await mkdtemp(join(tmpdir(), "pg-otel-"));
    const config = loadConfig(
      { PAZARGRAPH_DATA_DIR: dataDir },
      {
        logLevel: "silent",
        security: { demoKey: true },
        ...freePorts(),
      },
    );
    stack = await startStack({ config, logger: createLogger({ name: "otel", level: "silent" }), poll: false });
  });
  after(async () => {
    await stack?.close();
    delete process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
    collector?.close();
  });

  it("exports the gateway's, the subgraph's and the marketplace call's spans as one trace, each the child of the one before", async () => {
    const traceId = "0af7651916cd43dd8448eb211c80319c";
    const res = await fetch(stack.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": stack.demoKey ?? "", traceparent: `00-${traceId}-b7ad6b7169203331-01` },
      body: JSON.stringify({ query: "{ pazarama { orders(first: 1) { edges { node { id } } } } }" }),
    });
    assert.equal(res.status, 200);
    await res.json();
    const mine = () => spans.filter((s) => s.traceId === traceId);
    await until(() => mine().some((s) => s.name.includes("getOrdersForApi")), "the spans reach the collector", 10_000);
    const gateway = mine().find((s) => s.name === "gateway POST /graphql");
    const subgraph = mine().find((s) => s.name === "pazarama POST /graphql");
    const call = mine().find((s) => s.name.startsWith("pazarama POST /order/getOrdersForApi"));
    assert.ok(gateway && subgraph && call, JSON.stringify(mine()));
    assert.equal(gateway.parentSpanId, "b7ad6b7169203331", "the client's span is the gateway's parent");
    assert.equal(subgraph.parentSpanId, gateway.spanId);
    assert.equal(call.parentSpanId, subgraph.spanId);
  });
});
