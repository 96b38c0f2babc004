// Persisted documents: automatic persisted queries (the default: a hash the gateway has not seen is
// PERSISTED_QUERY_NOT_FOUND, the query sent once with it registers it, then the hash alone runs it; a
// hash that does not match its query is refused), and the allow-list mode, where only the documents
// in schema/generated/persisted-documents.json run — by hash or exact text, over HTTP and WebSockets.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import WebSocket from "ws";
import type { Stack } from "../scripts/stack.ts";
import { startTestStack, until } from "./helpers.ts";

// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely
type Any = any;
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const manifest = JSON.parse(readFileSync(join(import.meta.dirname, "..", "schema", "generated", "persisted-documents.json"), "utf8")) as Record<
  string,
  { operation: string; document: string }
>;
const byName = (name: string) => Object.entries(manifest).find(([, d]) => d.operation === name) as [string, { document: string }];

async function send(stack: Stack, body: Record<string, unknown>): Promise<Any> {
  const res = await fetch(stack.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", "x-api-key": stack.demoKey ?? "" }, body: JSON.stringify(body) });
  return res.json();
}
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

describe("Automatic persisted queries (the default)", () => {
  let stack: Stack;
  before(async () => {
    stack = await startTestStack("memory", {}, { poll: false });
  });
  after(() => stack?.close());

  it("asks for an unknown hash's query, registers it once sent, then runs the hash alone", async () => {
    const query = "query MyStores { stores { id name } }";
    const hash = sha256(query);
    const unknown = await send(stack, { extensions: persisted(hash) });
    assert.equal(unknown.errors?.[0]?.extensions?.code, "PERSISTED_QUERY_NOT_FOUND", JSON.stringify(unknown));
    assert.match(unknown.errors[0].message, /PersistedQueryNotFound/);
    const registered = await send(stack, { query, extensions: persisted(hash) });
    assert.equal(registered.errors, undefined, JSON.stringify(registered.errors));
    const short = await send(stack, { extensions: persisted(hash) });
    assert.deepEqual(short.data, registered.data);
    const wrong = await send(stack, { query, extensions: persisted(sha256("something else")) });
    assert.ok(wrong.errors?.[0]?.extensions?.code, JSON.stringify(wrong));
    assert.equal(wrong.data ?? null, null);
  });
});

describe("Allow-list mode", () => {
  let stack: Stack;
  before(async () => {
    stack = await startTestStack("memory", { gateway: { port: 0, persistedQueries: { mode: "allowList" } } }, { poll: false });
  });
  after(() => stack?.close());

  it("runs registered documents by hash or exact text, and nothing else", async () => {
    const [hash, { document }] = byName("Stores");
    const byHash = await send(stack, { extensions: persisted(hash) });
    assert.equal(byHash.errors, undefined, JSON.stringify(byHash.errors));
    assert.ok(byHash.data.stores.length >= 2);
    const byText = await send(stack, { query: document });
    assert.deepEqual(byText.data, byHash.data);
    for (const body of [{ query: "{ stores { id } }" }, { query: `${document} ` }, { extensions: persisted(sha256("{ stores { id } }")) }]) {
      const refused = await send(stack, body);
      assert.equal(refused.errors?.[0]?.extensions?.code, "PERSISTED_QUERY_NOT_FOUND", JSON.stringify(refused));
      assert.equal(refused.data ?? null, null);
    }
  });

  it("refuses an unregistered subscription over the WebSocket with a coded error, and accepts a registered one", async () => {
    const [, { document }] = byName("OrderEvents");
    const ws = new WebSocket(stack.gatewayWsUrl, "graphql-transport-ws");
    const messages: Any[] = [];
    ws.on("message", (m) => messages.push(JSON.parse(String(m))));
    await new Promise<void>((resolve) => ws.on("open", () => resolve()));
    ws.send(JSON.stringify({ type: "connection_init", payload: { "x-api-key": stack.demoKey } }));
    const waitFor = async (pred: (m: Any) => boolean) => {
      await until(() => messages.some(pred), "the gateway's answer on the socket");
      return messages.find(pred);
    };
    assert.ok(await waitFor((m) => m.type === "connection_ack"));
    ws.send(JSON.stringify({ id: "x", type: "subscribe", payload: { query: "subscription { orderEvents { id } }" } }));
    const refused = await waitFor((m) => m.id === "x" && m.type === "error");
    assert.equal(refused?.payload?.[0]?.extensions?.code, "PERSISTED_QUERY_NOT_FOUND");
    const before = stack.liveSubscriptions();
    ws.send(JSON.stringify({ id: "y", type: "subscribe", payload: { query: document, variables: {} } }));
    await until(() => stack.liveSubscriptions() > before, "the registered subscription is live");
    assert.equal(
      messages.find((m) => m.id === "y" && m.type === "error"),
      undefined,
    );
    ws.close();
  });
});
