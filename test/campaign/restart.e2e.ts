// Campaign, restart phase: the product runs as its own OS process (`scripts/start.ts`, as `npm start`
// runs it) against sandboxes that live in this test process, so they outlive it. While orders are
// created and moved in the sandboxes, the process is killed with SIGKILL several times at arbitrary
// moments (its pollers mid-write) and started again — in Redis mode (on PostgreSQL) with every Redis key
// of its prefix deleted while it is down, as a FLUSHALL would. A subscriber on the gateway's WebSocket
// resumes from its last cursor after each restart. At the end it is stopped with SIGINT while a
// subscription is open. Every order change must then be in the event history exactly once (no order
// without its CREATED event, no event twice), the subscriber must have received exactly that history,
// and the stores, their credentials and a key made before the first kill must all still work. In the
// embedded default (PGlite) and in Redis mode (PostgreSQL).
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { MARKETPLACES } from "@pazargraph/runtime";
import { createClient } from "redis";
import WebSocket from "ws";
import { createTestDatabase } from "../db.ts";
import { everyMarketplace } from "../helpers.ts";
import { REDIS_URL, skipWithoutRedis, uniquePrefix } from "../redis.ts";
import { type Sandboxes, startSandboxes } from "../sandboxes.ts";
import { ResumingSubscriber } from "../subscriber.ts";
import { until } from "../until.ts";
import { post, prng, Tally } from "./tally.ts";

// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely
type Any = any;
const root = join(import.meta.dirname, "..", "..");

interface Running {
  child: ChildProcess;
  gatewayUrl: string;
  key: string;
  exited: Promise<number | null>;
}

/** Starts `scripts/start.ts` as `npm start` does and waits for its banner. */
function startProduct(env: NodeJS.ProcessEnv): Promise<Running> {
  const child = spawn(process.execPath, ["--import", "tsx", join(root, "scripts/start.ts")], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let out = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner within 60 s:\n${out.slice(-2000)}`)), 60_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const url = /GraphQL endpoint:\s+(\S+)/.exec(out)?.[1];
      const key = /Demo admin API key:\s+(pgk_\S+)/.exec(out)?.[1];
      if (url && key) {
        clearTimeout(timer);
        resolve({ child, gatewayUrl: url, key, exited });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (d: Buffer) => {
      out += d.toString();
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before its banner:\n${out.slice(-2000)}`));
    });
  });
}

for (const mode of ["embedded", "redis"] as const) {
  describe(`Campaign: restarts with SIGKILL (${mode})`, { skip: mode === "redis" ? skipWithoutRedis : false }, () => {
    let sandboxes: Sandboxes | null = null;
    const urls: Record<string, string> = {};
    let env: NodeJS.ProcessEnv;
    const prefix = uniquePrefix();
    let running: Running | null = null;
    const tally = new Tally();

    before(async () => {
      const dir = mkdtempSync(join(tmpdir(), `pg-restart-${mode}-`));
      sandboxes = await startSandboxes(dir);
      Object.assign(urls, sandboxes.urls);
      const ports = { port: 0 };
      const config = {
        ...(mode === "redis" ? { mode: { kind: "redis", url: REDIS_URL, prefix, dataDir: join(dir, "data") }, database: { url: await createTestDatabase() } } : {}),
        logLevel: "warn",
        sandbox: { enabled: false },
        gateway: ports,
        subgraphs: { stores: ports, orders: ports, pazarama: ports, beymen: ports },
        security: { demoKey: true, keyDir: dir },
        marketplaces: everyMarketplace({ pollIntervalMs: 200, timeoutMs: 1500, retries: 1 }),
        stores: sandboxes.stores,
      };
      const file = join(dir, "config.json");
      writeFileSync(file, JSON.stringify(config));
      const { REDIS_URL: _r, PAZARGRAPH_DATA_DIR: _d, ...rest } = process.env;
      env = { ...rest, PAZARGRAPH_CONFIG: file, ...(mode === "redis" ? { REDIS_URL } : { PAZARGRAPH_DATA_DIR: join(dir, "data") }) };
    });
    after(async () => {
      running?.child.kill("SIGKILL");
      await sandboxes?.close();
    });

    it("loses and duplicates no order event across SIGKILLs, and stops cleanly on SIGINT with a subscription open", async () => {
      const rnd = prng(mode === "redis" ? 7 : 3);
      running = await startProduct(env);
      // The first poll of each store records what exists (it announces nothing) and fills the hub:
      // wait for both stores' orders to be in the feed before changing anything.
      const firstPollsDone = async () => {
        const res = await post(
          running?.gatewayUrl ?? "",
          JSON.stringify({ query: "{ orderCounts(filter: { marketplaces: [PAZARAMA] }) { count } b: orderCounts(filter: { marketplaces: [BEYMEN] }) { count } }" }),
          {
            "x-api-key": running?.key ?? "",
          },
        );
        const d = (res.body as Any).data;
        return Boolean(d?.orderCounts?.length && d?.b?.length);
      };
      await until(firstPollsDone, "both stores' first polls are in the feed", 15_000);
      const gq = async (query: string, variables?: Any, key = running?.key ?? "") => {
        const res = await post(running?.gatewayUrl ?? "", JSON.stringify({ query, variables }), { "x-api-key": key });
        tally.answer(res, query.slice(0, 40));
        return res.body as Any;
      };
      // A key made before the first kill (the demo key is re-issued at each start) must outlive them all.
      const keptKey = (await gq('mutation { createApiKey(input: { name: "survivor", scopes: [READ] }) { key } }')).data?.createApiKey?.key as string;
      assert.ok(keptKey, "a key was made");
      const before = await gq("query { orderEventHistory(first: 500) { id } }");
      const firstCursor: string = before.data?.orderEventHistory?.at(-1)?.id ?? "0";
      const subscriber = new ResumingSubscriber(firstCursor);
      await subscriber.connect(running.gatewayUrl, running.key);
      const redis = mode === "redis" ? createClient({ url: REDIS_URL }) : null;
      await redis?.connect();
      let flushed = 0;
      const created = new Map<string, "pazarama" | "beymen">();
      const pazaramaCreated: string[] = [];
      const beymenPackages: string[] = [];
      let kills = 0;
      let downMs = 0;

      const change = async () => {
        const r = rnd.next();
        if (r < 0.35) {
          const o = (await (
            await fetch(`${urls.pazarama}/_sandbox/orders`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ itemCount: rnd.int(1, 2) }) })
          ).json()) as Any;
          created.set(String(o.orderNumber), "pazarama");
          pazaramaCreated.push(String(o.orderNumber));
        } else if (r < 0.6) {
          const p = (await (
            await fetch(`${urls.beymen}/_sandbox/orders`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ lineCount: 1 }) })
          ).json()) as Any;
          created.set(String(p.orderNumber), "beymen");
          beymenPackages.push(String(p.id));
        } else if (r < 0.8 && pazaramaCreated.length) {
          const n = rnd.pick(pazaramaCreated);
          await fetch(`${urls.pazarama}/_sandbox/orders/${n}/status`, {
            method: "PUT",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ status: rnd.pick([12, 5, 11]) }),
          });
        } else if (beymenPackages.length) {
          const id = rnd.pick(beymenPackages);
          await fetch(`${urls.beymen}/_sandbox/packages/${id}/status`, {
            method: "PUT",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ status: rnd.pick([2, 4, 8]) }),
          });
        }
      };

      // The product's REST calls so far: each change waits for it to look at the marketplaces again,
      // so changes land between and during polls rather than at moments a clock chose.
      const calls = async () => {
        let n = 0;
        for (const url of Object.values(urls)) for (const v of Object.values((await (await fetch(`${url}/_sandbox/stats`)).json()) as Record<string, number>)) n += v;
        return n;
      };
      const afterNextCall = async () => {
        const seen = await calls();
        await until(async () => (await calls()) > seen, "the product calls a marketplace again", 10_000);
      };
      // The burst: changes between the product's calls; five SIGKILLs after a random number of them, each followed by a restart.
      for (let round = 0; round < 5; round++) {
        for (let i = rnd.int(3, 12); i > 0; i--) {
          await change();
          await afterNextCall();
        }
        running.child.kill("SIGKILL");
        await running.exited;
        kills++;
        const t0 = Date.now();
        // Changes go on while the product is down.
        for (let i = 0; i < 5; i++) await change();
        // Redis loses everything of ours (FLUSHALL of the prefix): PostgreSQL has what must survive.
        if (redis) {
          const keys: string[] = [];
          for await (const batch of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) keys.push(...(Array.isArray(batch) ? batch : [batch]));
          if (keys.length) flushed += await redis.del(keys);
        }
        running = await startProduct(env);
        downMs += Date.now() - t0;
        await subscriber.connect(running.gatewayUrl, running.key);
      }
      for (let i = 0; i < 10; i++) {
        await change();
        await afterNextCall();
      }

      // Let the pollers catch up, then read the whole history.
      const history = async () => {
        const events: Any[] = [];
        let afterId: string | null = null;
        for (;;) {
          const res = await post(
            running?.gatewayUrl ?? "",
            JSON.stringify({
              query: "query($after: ID) { orderEventHistory(first: 500, after: $after) { id kind previousStatus status marketplace order { number lines { id status } } } }",
              variables: { after: afterId },
            }),
            { "x-api-key": running?.key ?? "" },
          );
          tally.answer(res, "history");
          const page = (res.body as Any).data?.orderEventHistory ?? [];
          events.push(...page);
          if (page.length < 500) return events;
          afterId = page[page.length - 1].id;
        }
      };
      let events: Any[] = [];
      await until(
        async () => {
          events = await history();
          const announced = new Set(events.filter((e) => e.kind === "CREATED").map((e) => e.order.number));
          return [...created.keys()].every((n) => announced.has(n));
        },
        "every created order is announced",
        20_000,
        250,
      ).catch(() => {}); // the tally says what is missing

      // Lost: an order created during the run without its CREATED event.
      const createdEvents = new Map<string, number>();
      for (const e of events) if (e.kind === "CREATED") createdEvents.set(e.order.number, (createdEvents.get(e.order.number) ?? 0) + 1);
      for (const n of created.keys()) {
        if (!createdEvents.has(n)) {
          tally.lost++;
          tally.note(`order ${n} (${created.get(n)}) has no CREATED event`);
        }
      }
      // Duplicated: an order announced twice, or the same change twice in a row.
      for (const [n, count] of createdEvents) {
        if (count > 1) {
          tally.duplicated += count - 1;
          tally.note(`order ${n} announced ${count} times`);
        }
      }
      const last = new Map<string, string>();
      for (const e of events) {
        const state = JSON.stringify([e.status, e.order.lines.map((l: Any) => `${l.id}=${l.status}`).sort()]);
        if (last.get(e.order.number) === state) {
          tally.duplicated++;
          tally.note(`order ${e.order.number}: ${e.kind} to the same state twice`);
        }
        last.set(e.order.number, state);
      }
      // Each order's last event shows its state now (nothing lost at the end either). A restarted poller
      // may wait out the killed one's lease first, so give it a few intervals.
      const sample = [...created.keys()];
      let mismatches: string[] = [];
      const live = running;
      const agree = async () => {
        mismatches = [];
        for (const n of sample) {
          const mp = created.get(n);
          const res = await post(live.gatewayUrl, JSON.stringify({ query: `{ ${mp} { order(number: "${n}") { status } } }` }), { "x-api-key": live.key });
          tally.answer(res, `order ${n}`);
          const now = (res.body as Any).data?.[mp ?? ""]?.order?.status;
          const lastEvent = [...events].reverse().find((e) => e.order.number === n);
          if (now && lastEvent && lastEvent.status !== now) mismatches.push(`order ${n}: last event says ${lastEvent.status}, the order is ${now}`);
        }
        if (mismatches.length) events = await history();
        return !mismatches.length;
      };
      await until(agree, "each order's last event shows its state now", 10_000, 250).catch(() => {}); // counted below
      tally.lost += mismatches.length;
      for (const m of mismatches) tally.note(m);

      // The subscriber, resuming after every restart, got exactly the history after its first cursor.
      const expected = events.map((e) => e.id as string).filter((id) => Number(id) > Number(firstCursor));
      await until(() => subscriber.ids.length >= expected.length, "the subscriber catches up", 10_000).catch(() => {}); // the tally says what is missing
      subscriber.close();
      const got = subscriber.ids;
      const seen = new Set<string>();
      for (const id of got) {
        if (seen.has(id)) {
          tally.duplicated++;
          tally.note(`the subscriber got event ${id} twice`);
        }
        seen.add(id);
      }
      for (const id of expected)
        if (!seen.has(id)) {
          tally.lost++;
          tally.note(`the subscriber never got event ${id}`);
        }
      assert.deepEqual(got, expected, "the resuming subscriber saw the history, in order");

      // Durable records: the stores (credentials included: the live reads above used them) and the key.
      const stores = await gq("{ stores { id active } }", undefined, keptKey);
      assert.deepEqual(stores.data?.stores?.map((x: Any) => x.id).sort(), MARKETPLACES.map((m) => m.demoStore.id).sort(), JSON.stringify(stores.errors));
      await redis?.quit();

      // SIGINT with a subscription open: the product stops by itself, well before its 10 s forced exit.
      const ws = new WebSocket(running.gatewayUrl.replace(/^http/, "ws"), "graphql-transport-ws");
      const closed = new Promise<number>((resolve) => ws.on("close", (code) => resolve(code)));
      ws.on("error", () => {});
      await new Promise<void>((resolve) => ws.on("open", () => resolve()));
      ws.send(JSON.stringify({ type: "connection_init", payload: { "x-api-key": running.key } }));
      await new Promise<void>((resolve) => ws.on("message", (m) => JSON.parse(String(m)).type === "connection_ack" && resolve()));
      let nexts = 0;
      ws.on("message", (m) => {
        if (JSON.parse(String(m)).type === "next") nexts++;
      });
      ws.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: "subscription { orderEvents { id } }" } }));
      // The subscription is live once an event reaches it: a new order, seen by the next poll.
      await until(
        async () => {
          if (!nexts) await change();
          return nexts > 0;
        },
        "the subscription gets an event",
        10_000,
        250,
      );
      const t0 = Date.now();
      running.child.kill("SIGINT");
      const exitCode = await running.exited;
      const stopMs = Date.now() - t0;
      const closeCode = await closed;
      running = null;

      tally.extra.orders = created.size;
      tally.extra.events = events.length;
      tally.extra.SIGKILLs = kills;
      tally.extra["subscriber events"] = subscriber.ids.length;
      if (redis) tally.extra["Redis keys flushed"] = flushed;
      tally.extra["SIGINT exit"] = `${exitCode} in ${stopMs} ms, socket ${closeCode}`;
      tally.report(`restart-${mode}`);
      assert.equal(tally.lost, 0, tally.notes.join("\n"));
      assert.equal(tally.duplicated, 0, tally.notes.join("\n"));
      assert.equal(tally.fiveXX + tally.internal + tally.uncoded, 0, tally.notes.join("\n"));
      assert.equal(exitCode, 0, "SIGINT stops the product with exit code 0 (graceful), not the forced exit");
      assert.equal(closeCode, 1001, "the open socket is told the server is going away");
      assert.ok(downMs > 0);
    });
  });
}
