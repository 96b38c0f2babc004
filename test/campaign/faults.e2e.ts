// Campaign, fault phase: both marketplaces misbehave on 20 % of their calls (500s, 429s, broken JSON,
// hangs past every timeout, reset connections) while clients send a mix of queries that touch both at
// once. Every answer must be HTTP 200 with data, every error coded and placed at the client's own
// (aliased) path, and a failing marketplace must null only its own fields: the other marketplace's
// part and the stores are always there.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { MARKETPLACES } from "@pazargraph/runtime";
import type { Stack } from "../../scripts/stack.ts";
import { everyMarketplace, startTestStack } from "../helpers.ts";
import { pool, post, prng, Tally } from "./tally.ts";

// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely
type Any = any;

const QUERIES: Array<{ query: string; parts: string[] }> = [
  {
    query: "{ p: pazarama { o: orders(first: 5) { edges { node { number status } } } } b: beymen { o: orders(first: 5) { edges { node { number status } } } } s: stores { id } }",
    parts: ["p.o", "b.o"],
  },
  {
    query: '{ p: pazarama { brands(search: "a", first: 3) { edges { node { name } } } } b: beymen { brands(search: "a", first: 3) { edges { node { name } } } } s: stores { id } }',
    parts: ["p.brands", "b.brands"],
  },
  {
    query: "{ p: pazarama { products(first: 3) { edges { node { id name } } } } b: beymen { r: refunds(first: 3) { edges { node { id status } } } } s: stores { id } }",
    parts: ["p.products", "b.r"],
  },
  {
    query: "{ b: beymen { genders { name } } p: pazarama { cities { name } } s: stores { id } }",
    parts: ["b.genders", "p.cities"],
  },
];

describe("Campaign: marketplace faults", () => {
  let stack: Stack;
  const tally = new Tally();
  let partialWrong = 0;
  let marketplaceErrors = 0;

  before(async () => {
    stack = await startTestStack(
      "memory",
      {
        marketplaces: everyMarketplace({ pollIntervalMs: 60_000, timeoutMs: 700, callDeadlineMs: 1500, retries: 1 }),
        subgraphs: { requestDeadlineMs: 3000 },
        gateway: { port: 0, subgraphTimeoutMs: 5000, l1TtlSeconds: 0 },
        security: { demoKey: true, rateLimit: { points: 100_000, windowSeconds: 60 } },
      },
      { poll: false },
    );
    const faults = { errorRate: 0.05, rateLimitRate: 0.04, retryAfterSeconds: 1, malformedRate: 0.04, hangRate: 0.04, hangMs: 2500, resetRate: 0.03 };
    stack.sandbox?.faults.set(faults);
    stack.beymenSandbox?.faults.set(faults);
  });
  after(async () => {
    stack.sandbox?.faults.clear();
    stack.beymenSandbox?.faults.clear();
    await stack?.close();
  });

  it("answers every query with coded errors and the healthy parts, under 20 % marketplace faults", async () => {
    const rnd = prng(9);
    const runs = Array.from({ length: 240 }, () => rnd.pick(QUERIES));
    await pool(runs, 8, async ({ query, parts }, i) => {
      const a = await post(stack.gatewayUrl, JSON.stringify({ query }), { "x-api-key": stack.demoKey ?? "" });
      tally.answer(a, `#${i}`);
      const body = a.body as { data?: Any; errors?: Array<{ path?: unknown[]; extensions?: Record<string, unknown> }> };
      if (a.status !== 200 || !body.data) {
        partialWrong++;
        tally.note(`#${i}: HTTP ${a.status} data ${JSON.stringify(body.data)?.slice(0, 80)}`);
        return;
      }
      // The stores never fail here: they must always be in the answer.
      if (body.data.s?.length !== MARKETPLACES.length) {
        partialWrong++;
        tally.note(`#${i}: stores missing`);
      }
      for (const e of body.errors ?? []) {
        const path = (e.path ?? []).join(".");
        if (e.extensions?.code === "MARKETPLACE_UNAVAILABLE" || e.extensions?.code === "TIMEOUT" || e.extensions?.code === "RATE_LIMITED") marketplaceErrors++;
        // Errors sit at the client's aliased path, on one of the parts asked for.
        if (!parts.some((p) => path === p || path.startsWith(`${p}.`) || p.startsWith(`${path}.`) || path === p.split(".")[0])) {
          partialWrong++;
          tally.note(`#${i}: error at ${path} (${e.extensions?.code}) is not a path of the query`);
        }
      }
      for (const part of parts) {
        const [ns, field] = part.split(".");
        const failed = (body.errors ?? []).some((e) => (e.path ?? [])[0] === ns);
        const value = body.data[ns]?.[field];
        if (!failed && (value === null || value === undefined)) {
          partialWrong++;
          tally.note(`#${i}: ${part} is empty without an error`);
        }
      }
    });
    tally.extra["partial data wrong"] = partialWrong;
    tally.extra["marketplace errors"] = marketplaceErrors;
    tally.report("faults");
    assert.equal(tally.fiveXX, 0, tally.notes.join("\n"));
    assert.equal(tally.uncoded, 0, tally.notes.join("\n"));
    assert.equal(tally.internal, 0, tally.notes.join("\n"));
    assert.equal(partialWrong, 0, tally.notes.join("\n"));
    assert.ok(marketplaceErrors > 10, `the faults were felt (${marketplaceErrors} marketplace errors)`);
  });
});
