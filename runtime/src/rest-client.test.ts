// The REST client base against undici's MockAgent: retries, Retry-After, timeouts, error mapping.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MockAgent } from "undici";
import { withDeadline } from "./deadline.ts";
import { createRestClient, parseRetryAfter } from "./rest-client.ts";

const ORIGIN = "http://marketplace.test";

function setup(retries = 2) {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const pool = agent.get(ORIGIN);
  const client = createRestClient({
    marketplace: "pazarama",
    displayName: "Pazarama",
    baseUrl: ORIGIN,
    dispatcher: agent,
    retries,
    backoffMs: 5,
    timeoutMs: 300,
    readMessage: (b) => (b as { userMessage?: string })?.userMessage,
  });
  return { agent, pool, client };
}

const code = (err: unknown) => (err as { extensions?: { code?: string } }).extensions?.code;

describe("REST client", () => {
  it("retries 5xx and network errors, then succeeds", async () => {
    const { pool, client } = setup();
    pool.intercept({ path: "/a", method: "GET" }).reply(503, {});
    pool.intercept({ path: "/a", method: "GET" }).replyWithError(new Error("socket hang up"));
    pool.intercept({ path: "/a", method: "GET" }).reply(200, { ok: true });
    const res = await client.request<{ ok: boolean }>({ method: "GET", path: "/a" });
    assert.deepEqual(res.body, { ok: true });
    assert.equal(client.attempts, 3);
  });
  it("honours Retry-After on 429", async () => {
    const { pool, client } = setup();
    pool.intercept({ path: "/b", method: "GET" }).reply(429, {}, { headers: { "retry-after": "1" } });
    pool.intercept({ path: "/b", method: "GET" }).reply(200, { ok: 1 });
    const started = Date.now();
    await client.request({ method: "GET", path: "/b" });
    assert.ok(Date.now() - started >= 950, "waited at least the Retry-After");
  });
  it("gives up with RATE_LIMITED and the retry hint when Retry-After is too long", async () => {
    const { pool, client } = setup();
    pool.intercept({ path: "/c", method: "GET" }).reply(429, {}, { headers: { "retry-after": "120" } });
    await assert.rejects(
      client.request({ method: "GET", path: "/c" }),
      (err) => code(err) === "RATE_LIMITED" && (err as { extensions: { retryAfterSeconds: number } }).extensions.retryAfterSeconds === 120,
    );
  });
  it("does not repeat a non-idempotent call after a 5xx", async () => {
    const { pool, client } = setup();
    pool.intercept({ path: "/w", method: "POST" }).reply(500, {});
    await assert.rejects(client.request({ method: "POST", path: "/w", json: {} }), (err) => code(err) === "MARKETPLACE_UNAVAILABLE");
    assert.equal(client.attempts, 1);
  });
  it("maps a timeout to TIMEOUT and a 4xx to MARKETPLACE_REJECTED with the marketplace's message", async () => {
    const { pool, client } = setup(0);
    pool.intercept({ path: "/slow", method: "GET" }).reply(200, {}).delay(1000);
    await assert.rejects(client.request({ method: "GET", path: "/slow" }), (err) => code(err) === "TIMEOUT");
    pool.intercept({ path: "/bad", method: "GET" }).reply(400, { userMessage: "Başlangıç ile bitiş tarihi arası 1 ayı geçemez." });
    await assert.rejects(client.request({ method: "GET", path: "/bad" }), (err) => {
      const e = err as { message: string; extensions: Record<string, unknown> };
      return e.extensions.code === "MARKETPLACE_REJECTED" && e.extensions.marketplaceMessage === "Başlangıç ile bitiş tarihi arası 1 ayı geçemez." && !e.message.includes(ORIGIN);
    });
  });
  it("maps an unreadable body to MARKETPLACE_UNAVAILABLE without leaking the URL", async () => {
    const { pool, client } = setup(0);
    pool.intercept({ path: "/m", method: "GET" }).reply(200, '{"data": [ {"id": "trunc');
    await assert.rejects(client.request({ method: "GET", path: "/m" }), (err) => code(err) === "MARKETPLACE_UNAVAILABLE" && !(err as Error).message.includes("marketplace.test"));
  });
  it("reads Retry-After as seconds or a date", () => {
    assert.equal(parseRetryAfter("3"), 3000);
    assert.equal(parseRetryAfter(new Date(Date.now() + 5000).toUTCString(), Date.now()) !== undefined, true);
    assert.equal(parseRetryAfter("soon"), undefined);
  });
  it("ends a call by its deadline, retries included, and by the request's deadline when that is sooner", async () => {
    const { pool, client } = setup(10);
    pool.intercept({ path: "/slow", method: "GET" }).reply(200, {}).delay(1000).persist();
    const t0 = Date.now();
    await assert.rejects(
      withDeadline(500, () => client.request({ method: "GET", path: "/slow" })),
      (err) => code(err) === "TIMEOUT",
    );
    const took = Date.now() - t0;
    assert.ok(took < 1000, `the request deadline (500 ms) cut the call and its 10 retries short (${took} ms)`);
  });
});
