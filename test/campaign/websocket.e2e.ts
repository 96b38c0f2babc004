// Campaign, WebSocket abuse phase: silent sockets, garbage frames, frames out of order, oversized
// frames, socket and subscription floods, costly or invalid subscription documents, and credentials
// that stop being good while a socket is open (a revoked key, an expiring key, an expiring JWT). Each
// must end the way graphql-ws says (close code or coded error message), and the server must keep
// serving everyone else throughout.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { SignJWT } from "jose";
import WebSocket from "ws";
import type { Stack } from "../../scripts/stack.ts";
import { gql, sandbox, startTestStack, until } from "../helpers.ts";
import { Tally } from "./tally.ts";

// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely
type Any = any;
const JWT_SECRET = "a-campaign-only-hs256-secret-of-forty-chars";

interface Sock {
  ws: WebSocket;
  messages: Any[];
  closed: Promise<{ code: number; reason: string }>;
  send(msg: unknown): void;
  next(type: string, timeoutMs?: number): Promise<Any>;
}

function open(url: string): Promise<Sock> {
  const ws = new WebSocket(url, "graphql-transport-ws");
  const messages: Any[] = [];
  ws.on("message", (m) => {
    messages.push(JSON.parse(String(m)));
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on("close", (code, reason) => resolve({ code, reason: String(reason) })));
  ws.on("error", () => {});
  const sock: Sock = {
    ws,
    messages,
    closed,
    send: (msg) => ws.send(typeof msg === "string" ? msg : JSON.stringify(msg)),
    async next(type, timeoutMs = 5000) {
      await until(() => messages.some((m) => m.type === type), `a ${type} message (got ${JSON.stringify(messages).slice(0, 200)})`, timeoutMs);
      return messages.splice(
        messages.findIndex((m) => m.type === type),
        1,
      )[0];
    },
  };
  return new Promise((resolve, reject) => {
    ws.once("open", () => resolve(sock));
    ws.once("error", reject);
  });
}

const within = <T>(p: Promise<T>, ms: number, what: string) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms))]);

describe("Campaign: WebSocket abuse", () => {
  let stack: Stack;
  const tally = new Tally();
  let expected = 0;
  let unexpected = 0;

  /** Records whether a socket ended with the code it should have. */
  const expectClose = async (sock: Sock, code: number, what: string) => {
    const c = await within(sock.closed, 5000, what);
    if (c.code === code) expected++;
    else {
      unexpected++;
      tally.note(`${what}: closed ${c.code} "${c.reason}", expected ${code}`);
    }
  };
  /** An `error` message for the id, or (an error found while running it) a `next` whose result has only errors. */
  const expectError = async (sock: Sock, id: string, code: string, what: string) => {
    const isError = (x: Any) => x.id === id && (x.type === "error" || (x.type === "next" && x.payload?.errors && !x.payload?.data));
    await until(() => sock.messages.some(isError), what).catch(() => {}); // the tally says what is missing
    const i = sock.messages.findIndex(isError);
    const m: Any = i >= 0 ? sock.messages.splice(i, 1)[0] : null;
    const got = m?.type === "error" ? m.payload?.[0]?.extensions?.code : m?.payload?.errors?.[0]?.extensions?.code;
    if (got === code) expected++;
    else {
      unexpected++;
      tally.note(`${what}: got ${JSON.stringify(m)?.slice(0, 200)}, expected error ${code}`);
    }
  };
  const init = async (key: string) => {
    const s = await open(stack.gatewayWsUrl);
    s.send({ type: "connection_init", payload: { "x-api-key": key } });
    await s.next("connection_ack");
    return s;
  };

  before(async () => {
    stack = await startTestStack("memory", {
      gateway: {
        port: 0,
        ws: { connectionInitTimeoutMs: 400, maxSocketsPerKey: 5, maxSubscriptionsPerSocket: 3, subscribesPerMinute: 30, maxFrameBytes: 16_384 },
      },
      security: { demoKey: true, jwt: { hs256Secret: JWT_SECRET, maxLifetimeSeconds: 3600 } },
    });
  });
  after(() => stack?.close());

  it("ends every abusive socket the documented way and keeps serving", async () => {
    const key = stack.demoKey ?? "";

    // 1. Silent sockets: closed 4408 once the init timeout passes.
    const silent = await Promise.all(Array.from({ length: 60 }, () => open(stack.gatewayWsUrl)));
    await Promise.all(silent.map((s) => expectClose(s, 4408, "silent socket")));
    await until(() => (stack.gateway.ws?.openSockets ?? 0) === 0, "the silent sockets are gone").catch(() => {});
    assert.equal(stack.gateway.ws?.openSockets ?? 0, 0, "no silent socket is left open");

    // 2. Garbage frames and frames out of order.
    const garbage: Array<[unknown, number, string]> = [
      ["not json", 4400, "non-JSON frame"],
      ["[1,2,3]", 4400, "array frame"],
      ["42", 4400, "number frame"],
      [{ type: 5 }, 4400, "type not a string"],
      [{ type: "whatever" }, 4400, "unknown type"],
      [{ type: "subscribe", id: "1", payload: { query: "subscription { orderEvents { id } }" } }, 4400, "subscribe before init"],
      [{ type: "connection_init", payload: { "x-api-key": "pgk_wrong" } }, 4403, "bad key"],
      [{ type: "connection_init", payload: "nope" }, 4403, "payload not an object"],
    ];
    for (const [frame, code, what] of garbage) {
      const s = await open(stack.gatewayWsUrl);
      s.send(frame);
      await expectClose(s, code, what);
    }
    const twice = await init(key);
    twice.send({ type: "connection_init", payload: { "x-api-key": key } });
    await expectClose(twice, 4429, "second connection_init");
    const longId = await init(key);
    longId.send({ type: "subscribe", id: "x".repeat(200), payload: { query: "subscription { orderEvents { id } }" } });
    await expectClose(longId, 4400, "id of 200 characters");
    const big = await init(key);
    big.send({ type: "subscribe", id: "1", payload: { query: `subscription { orderEvents { id } } # ${"x".repeat(20_000)}` } });
    await expectClose(big, 1009, "frame over the limit");

    // 3. Floods: sockets per key, subscriptions per socket.
    const five = await Promise.all(Array.from({ length: 5 }, () => init(key)));
    const sixth = await open(stack.gatewayWsUrl);
    sixth.send({ type: "connection_init", payload: { "x-api-key": key } });
    await expectClose(sixth, 4429, "sixth socket of one key");
    for (const s of five.slice(1)) s.ws.close();
    const subs = five[0];
    for (let i = 1; i <= 3; i++) subs.send({ type: "subscribe", id: `s${i}`, payload: { query: "subscription { orderEvents { id } }" } });
    subs.send({ type: "subscribe", id: "s4", payload: { query: "subscription { orderEvents { id } }" } });
    await expectError(subs, "s4", "RATE_LIMITED", "fourth subscription on a socket");
    subs.send({ type: "subscribe", id: "s1", payload: { query: "subscription { orderEvents { id } }" } });
    await expectClose(subs, 4429, "a subscription id used twice");

    // 4. Costly, invalid and wrong-kind documents get coded errors, the socket stays.
    const docs = await init(key);
    const cases: Array<[string, string, string]> = [
      [`subscription { ${Array.from({ length: 30 }, (_, i) => `a${i}: orderEvents { id }`).join(" ")} }`, "QUERY_TOO_COMPLEX", "alias bomb"],
      [`subscription { orderEvents { ${"id ".repeat(3000)} } }`, "QUERY_TOO_COMPLEX", "repeated field"],
      ["subscription { orderEvents { nope } }", "BAD_USER_INPUT", "unknown field"],
      ["subscription { orderEvents(after: 5) { id } }", "BAD_USER_INPUT", "wrong argument type"],
      ["{ stores { id } }", "BAD_USER_INPUT", "query over the socket"],
      ["subscription {", "BAD_USER_INPUT", "syntax error"],
    ];
    for (const [i, [query, code, what]] of cases.entries()) {
      docs.send({ type: "subscribe", id: `d${i}`, payload: { query } });
      await expectError(docs, `d${i}`, code, what);
    }
    docs.send({ type: "subscribe", id: "v", payload: { query: "subscription { orderEvents { id } }", variables: [1] } });
    await expectError(docs, "v", "BAD_USER_INPUT", "variables not an object");
    if (docs.ws.readyState !== WebSocket.OPEN) tally.note(`document socket closed: ${JSON.stringify(await docs.closed)}`);
    assert.equal(docs.ws.readyState, WebSocket.OPEN, `the socket stays open after document errors: ${tally.notes.join("\n")}`);

    // 5. A fragment-wrapped subscription works, and no history is replayed without `after`.
    const before = (await gql<Any, Any>(stack, "{ orderEventHistory(first: 500) { id } }")).data.orderEventHistory.length;
    const liveBefore = stack.subscribed();
    docs.send({ type: "subscribe", id: "frag", payload: { query: "subscription S { ...F } fragment F on Subscription { orderEvents { id kind order { number } } }" } });
    await until(() => stack.subscribed() > liveBefore, "the fragment-wrapped subscription reaches the orders subgraph");
    const created = (await sandbox(stack, "POST", "/orders", { itemCount: 1 })) as { orderNumber: string | number };
    const first = await docs.next("next", 10_000);
    if (first.id === "frag" && first.payload.data.orderEvents.order.number === String(created.orderNumber)) expected++;
    else {
      unexpected++;
      tally.note(`fragment subscription / no replay: got ${JSON.stringify(first).slice(0, 200)} with ${before} older events kept`);
    }
    docs.ws.close();

    // 6. Credentials that stop being good while the socket is open.
    const revocable = await stack.apiKeys.create("demo", "campaign revocable", ["read"]);
    const r = await init(revocable.key);
    const liveBeforeRevocable = stack.subscribed();
    r.send({ type: "subscribe", id: "1", payload: { query: "subscription { orderEvents { id } }" } });
    await until(() => stack.subscribed() > liveBeforeRevocable, "the revocable key's subscription is live");
    const revoked = await gql<Any, Any>(stack, `mutation { revokeApiKey(id: "${revocable.record.id}") { revokedAt } }`);
    assert.equal(revoked.errors, undefined);
    await expectClose(r, 4403, "socket of a revoked key");
    const again = await open(stack.gatewayWsUrl);
    again.send({ type: "connection_init", payload: { "x-api-key": revocable.key } });
    await expectClose(again, 4403, "new socket with the revoked key");

    const expiring = await stack.apiKeys.create("demo", "campaign expiring", ["read"], new Date(Date.now() + 1500));
    await expectClose(await init(expiring.key), 4403, "socket of a key that expires");

    const secret = new TextEncoder().encode(JWT_SECRET);
    const now = Math.floor(Date.now() / 1000);
    const noExp = await new SignJWT({ tenant: "demo", scope: "read" }).setProtectedHeader({ alg: "HS256" }).setIssuedAt().sign(secret);
    const tooLong = await new SignJWT({ tenant: "demo", scope: "read" })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuedAt()
      .setExpirationTime(now + 7200)
      .sign(secret);
    const short = await new SignJWT({ tenant: "demo", scope: "read" })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuedAt()
      .setExpirationTime(now + 2)
      .sign(secret);
    for (const [token, what] of [
      [noExp, "JWT without exp"],
      [tooLong, "JWT living longer than the maximum"],
    ]) {
      const s = await open(stack.gatewayWsUrl);
      s.send({ type: "connection_init", payload: { authorization: `Bearer ${token}` } });
      await expectClose(s, 4403, what);
    }
    const jwtSocket = await open(stack.gatewayWsUrl);
    jwtSocket.send({ type: "connection_init", payload: { authorization: `Bearer ${short}` } });
    await jwtSocket.next("connection_ack");
    await expectClose(jwtSocket, 4403, "socket of a JWT that expires");

    // 7. Subscribe rate per key.
    const rate = await stack.apiKeys.create("demo", "campaign rate", ["read"]);
    const rs = await init(rate.key);
    let limited = 0;
    for (let i = 0; i < 40; i++) {
      rs.send({ type: "subscribe", id: `r${i}`, payload: { query: "subscription { orderEvents { id } }" } });
      rs.send({ type: "complete", id: `r${i}` });
    }
    const refused = () => rs.messages.filter((m) => m.type === "error" && m.payload?.[0]?.extensions?.code === "RATE_LIMITED").length;
    await until(() => refused() >= 10, "subscribes past the per-minute limit are refused").catch(() => {});
    limited = rs.messages.filter((m) => m.type === "error" && m.payload?.[0]?.extensions?.code === "RATE_LIMITED").length;
    if (limited >= 10) expected++;
    else {
      unexpected++;
      tally.note(`subscribe rate: only ${limited} of 40 refused past 30 a minute`);
    }
    rs.ws.close();

    // Throughout, everyone else is served.
    const health = await fetch(stack.gatewayUrl.replace(/\/graphql$/, "/health"));
    assert.equal(health.status, 200);
    tally.answer({ status: 200, body: await gql<Any, Any>(stack, "{ stores { id } }") }, "after the abuse");

    tally.extra["sockets ended as documented"] = expected;
    tally.extra["unexpected endings"] = unexpected;
    tally.report("websocket");
    assert.equal(unexpected, 0, tally.notes.join("\n"));
    assert.equal(tally.fiveXX + tally.internal + tally.uncoded, 0, tally.notes.join("\n"));
  });
});
