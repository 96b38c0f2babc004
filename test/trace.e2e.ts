// Request ids and W3C trace context: a client's traceparent and x-request-id travel from the gateway
// to the subgraph and on to the marketplace call as child spans of the same trace; the gateway answers
// with the request id; every log line written for the request (in any service of the process) names it.
import assert from "node:assert/strict";
import diagnostics from "node:diagnostics_channel";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { after, before, describe, it } from "node:test";
import { createLogger, loadConfig } from "@pazargraph/runtime";
import { type Stack, startStack } from "../scripts/stack.ts";

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
        gateway: { port: 0 },
        subgraphs: { stores: { port: 0 }, orders: { port: 0 }, pazarama: { port: 0 }, beymen: { port: 0 } },
        sandbox: { port: 0, beymen: { port: 0 } },
        pazarama: { timeoutMs: 1000, retries: 1 },
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
