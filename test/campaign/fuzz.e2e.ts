// Campaign, fuzz phase: a few thousand hostile requests, generated from a fixed seed: every argument
// of every field null or of the wrong kind, mutated versions of the example operations, documents
// built to be costly (repeated fields, alias and directive bombs, fragment cycles and fan-outs, deep
// nesting, many operations), broken bodies and variables, and 400 distinct large documents. The
// gateway must answer each with a 4xx/200 and coded errors (never 5xx, never INTERNAL), `/health`
// must keep answering within a second the whole time, and memory must stay bounded.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Random } from "@pazargraph/sandbox";
import { buildSchema, type GraphQLField, type GraphQLObjectType, getNamedType, isInputObjectType, isObjectType } from "graphql";
import type { Stack } from "../../scripts/stack.ts";
import { everyMarketplace, startTestStack } from "../helpers.ts";
import { pool, post, prng, Tally } from "./tally.ts";

const root = join(import.meta.dirname, "..", "..");
const schema = buildSchema(readFileSync(join(root, "schema/generated/supergraph.graphql"), "utf8"), { assumeValidSDL: true });
const examples = readdirSync(join(root, "schema/operations"))
  .filter((f) => f.endsWith(".graphql"))
  .flatMap((f) => readFileSync(join(root, "schema/operations", f), "utf8").split(/\n(?=query |mutation |subscription |fragment )/));

type Rnd = Random;

/** A literal of the wrong kind, an extreme value, or null. */
function hostileValue(rnd: Rnd): string {
  return rnd.pick([
    "null",
    "-1",
    "0",
    "2147483648",
    "99999999999999999999",
    "1.5e308",
    '""',
    `"${"ş".repeat(rnd.int(1, 3000))}"`,
    '"\\u0000\\ud800"',
    '"2026-13-45T25:61:00Z"',
    "[]",
    "[null]",
    "{}",
    "true",
    "NOT_A_VALUE",
    '"pazarama:other-store:123"',
    '"beymen:other-store:00000000-0000-0000-0000-000000000000"',
    '"../../etc/passwd"',
    '"\'; DROP TABLE orders; --"',
  ]);
}

function selectionFor(type: ReturnType<typeof getNamedType>): string {
  return isObjectType(type) ? " { __typename }" : "";
}

/** Every field under Query and Mutation (two levels: namespaces and their fields) with hostile arguments. */
function argumentAttacks(rnd: Rnd): string[] {
  const out: string[] = [];
  const visit = (op: "query" | "mutation", parent: GraphQLObjectType, prefix: string[], depth: number) => {
    for (const field of Object.values(parent.getFields()) as GraphQLField<unknown, unknown>[]) {
      if (field.name.startsWith("_")) continue;
      const named = getNamedType(field.type);
      const wrap = (inner: string) => `${op} { ${prefix.map((p) => `${p} { `).join("")}${inner}${prefix.map(() => " }").join("")} }`;
      if (field.args.length) {
        const nulls = field.args.map((a) => `${a.name}: null`).join(", ");
        out.push(wrap(`${field.name}(${nulls})${selectionFor(named)}`));
        for (let i = 0; i < 2; i++) out.push(wrap(`${field.name}(${field.args.map((a) => `${a.name}: ${hostileValue(rnd)}`).join(", ")})${selectionFor(named)}`));
        // Input objects with each of their fields null or hostile.
        for (const a of field.args) {
          const t = getNamedType(a.type);
          if (isInputObjectType(t)) {
            const fields = Object.values(t.getFields());
            out.push(wrap(`${field.name}(${a.name}: { ${fields.map((f) => `${f.name}: null`).join(", ")} })${selectionFor(named)}`));
            out.push(wrap(`${field.name}(${a.name}: { ${fields.map((f) => `${f.name}: ${hostileValue(rnd)}`).join(", ")} })${selectionFor(named)}`));
          }
        }
      } else if (depth === 0 && isObjectType(named)) {
        visit(op, named, [...prefix, field.name], depth + 1);
      } else if (!isObjectType(named) || depth > 0) {
        out.push(wrap(`${field.name}${selectionFor(named)}`));
      }
    }
  };
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) visit("query", query, [], 0);
  if (mutation) visit("mutation", mutation, [], 0);
  // The namespaces themselves need a storeId: try them with one from another tenant too.
  out.push('{ pazarama(storeId: "demo-beymen") { __typename } beymen(storeId: "nope") { __typename } }');
  return out;
}

function mutate(rnd: Rnd, text: string): string {
  let s = text;
  for (let k = rnd.int(1, 4); k > 0; k--) {
    const at = rnd.int(0, Math.max(0, s.length - 1));
    const len = rnd.int(1, 12);
    switch (rnd.int(0, 4)) {
      case 0:
        s = s.slice(0, at) + s.slice(at + len);
        break;
      case 1:
        s = s.slice(0, at) + s.slice(at, at + len).repeat(rnd.int(2, 50)) + s.slice(at);
        break;
      case 2:
        s =
          s.slice(0, at) + rnd.pick(["{", "}", "(", ")", "[", "]", "$", "@", "!", ":", "...", '"', "#", "\\", "\u0000", "ğüşıöç", "__schema", "__type(name: null)"]) + s.slice(at);
        break;
      case 3:
        s = s.slice(0, at) + rnd.pick(["(first: -5)", "(first: 100000)", "(after: null)", "(search: null)", '(storeId: "x")', "@skip(if: $x)", "@include(if: null)"]) + s.slice(at);
        break;
      default:
        s = s.slice(at) + s.slice(0, at);
    }
  }
  return s;
}

/** Documents built to be costly: each must be refused early or answered cheaply. */
function bombs(rnd: Rnd): string[] {
  const n = () => rnd.int(150, 30_000);
  const fanOut = (levels: number) =>
    `${Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : "stores { id }"} }`).join("\n")}\n{ ...F0 }`;
  const nested = (levels: number) => `{ stores { ${"... on Store { ".repeat(levels)}id${" }".repeat(levels)} } }`;
  const list = [
    () => `{ stores { ${"id ".repeat(n())} } }`,
    () => `{ ${"__typename ".repeat(n())} }`,
    () => `{ ${Array.from({ length: rnd.int(16, 3000) }, (_, i) => `a${i}: stores { id }`).join(" ")} }`,
    () => `{ stores { id${" @include(if: true)".repeat(rnd.int(50, 5000))} } }`,
    () => "fragment A on Query { ...B } fragment B on Query { ...A } { ...A }",
    () => fanOut(rnd.int(10, 40)),
    () => nested(rnd.int(20, 3000)),
    () => `{ stores(${"a: 1, ".repeat(rnd.int(100, 5000))}) { id } }`,
    () => `query Q($v: [[[[String]]]]) { stores { id } } ${Array.from({ length: rnd.int(50, 600) }, (_, i) => `query Q${i} { stores { id } }`).join(" ")}`,
    () => `{ pazarama { brands(search: ${"[".repeat(rnd.int(100, 4000))}"x"${"]".repeat(4000)}) { totalCount } } }`,
    () => `{ pazarama { brands(search: "${"x".repeat(rnd.int(70_000, 300_000))}") { totalCount } } }`,
    () => `{ ${"pazarama { ".repeat(rnd.int(10, 800))}__typename${" }".repeat(800)} }`,
    () => `subscription { orderEvents { id } }`,
    () => `subscription S { ...F } fragment F on Subscription { orderEvents { id } }`,
    () => `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }`,
  ];
  return Array.from({ length: 600 }, () => rnd.pick(list)());
}

/** Broken bodies and variables (sent as raw bodies). */
function bodies(rnd: Rnd): Array<{ body: string; headers?: Record<string, string> }> {
  const valid = "query($f: Int, $s: String) { pazarama { brands(first: $f, search: $s) { totalCount } } }";
  const deep = (d: number) => `${"[".repeat(d)}${"]".repeat(d)}`;
  const list = [
    () => ({ body: "{not json" }),
    () => ({ body: "" }),
    () => ({ body: "null" }),
    () => ({ body: "[]" }),
    () => ({ body: JSON.stringify([{ query: "{ stores { id } }" }, { query: "{ stores { id } }" }]) }),
    () => ({ body: JSON.stringify({ query: 42 }) }),
    () => ({ body: JSON.stringify({ query: { kind: "Document", definitions: [] } }) }),
    () => ({ body: JSON.stringify({ query: valid, variables: "nope" }) }),
    () => ({ body: JSON.stringify({ query: valid, variables: [1, 2] }) }),
    () => ({ body: JSON.stringify({ query: valid, variables: { f: "x".repeat(rnd.int(1, 5000)), s: 5 } }) }),
    () => ({ body: JSON.stringify({ query: valid, variables: { f: 2 ** 40, s: null } }) }),
    () => ({ body: `{"query": "${valid}", "variables": {"s": ${deep(rnd.int(100, 20_000))}}}` }),
    () => ({ body: JSON.stringify({ query: valid, variables: { __proto__: { admin: true }, constructor: { prototype: { x: 1 } } } }) }),
    () => ({ body: `{"query": "{ stores { id } }", "__proto__": {"polluted": true}}` }),
    () => ({ body: JSON.stringify({ query: valid, operationName: "Nope" }) }),
    () => ({ body: JSON.stringify({ query: valid, operationName: { x: 1 } }) }),
    () => ({ body: JSON.stringify({ query: "{ stores { id } }" }), headers: { "content-type": "text/plain" } }),
    () => ({ body: JSON.stringify({ query: "{ stores { id } }" }), headers: { "content-type": "application/graphql" } }),
    () => ({ body: JSON.stringify({ query: "{ stores { id } }", extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }) }),
    () => ({ body: JSON.stringify({ query: `{ stores { id } } ${"#".repeat(2_000_000)}` }) }),
  ];
  return Array.from({ length: 300 }, () => rnd.pick(list)());
}

describe("Campaign: fuzz", () => {
  let stack: Stack;
  const tally = new Tally();

  before(async () => {
    stack = await startTestStack(
      "memory",
      {
        marketplaces: everyMarketplace({ pollIntervalMs: 60_000, timeoutMs: 1500, retries: 0 }),
        security: { demoKey: true, rateLimit: { points: 1_000_000, windowSeconds: 60 } },
      },
      { poll: false },
    );
  });
  after(() => stack?.close());

  it("answers thousands of hostile requests with coded 4xx/200, never 5xx or INTERNAL, while /health stays quick and memory bounded", async () => {
    const rnd = prng(20261125);
    const key = { "x-api-key": stack.demoKey ?? "" };
    const health = stack.gatewayUrl.replace(/\/graphql$/, "/health");

    // Warm up, then measure memory from a settled start.
    await post(stack.gatewayUrl, JSON.stringify({ query: "{ stores { id } pazarama { cities { name } } beymen { genders { name } } }" }), key);
    (globalThis as { gc?: () => void }).gc?.();
    const rssBefore = process.memoryUsage().rss;
    const heapBefore = process.memoryUsage().heapUsed;

    let healthMax = 0;
    let healthChecks = 0;
    let fuzzing = true;
    const watcher = (async () => {
      while (fuzzing) {
        const t0 = performance.now();
        const res = await fetch(health);
        await res.arrayBuffer();
        healthMax = Math.max(healthMax, performance.now() - t0);
        healthChecks++;
      }
    })();

    const documents = [...argumentAttacks(rnd), ...examples.flatMap((e) => Array.from({ length: 60 }, () => mutate(rnd, e))), ...bombs(rnd)];
    const raw = bodies(rnd);
    // 400 distinct large documents just under the size limit (half valid, half not): each would sit in
    // one of the query caches, which are bounded in entries and, through the size limit, in bytes.
    const large = Array.from({ length: 400 }, (_, i) => `{ stores { ${i % 2 ? "id" : "idd"} } } # ${i} ${"x".repeat(31_000)}`);
    const jobs: Array<() => Promise<void>> = [
      ...documents.map((query, i) => async () => tally.answer(await post(stack.gatewayUrl, JSON.stringify({ query }), key), `doc ${i}: ${query.slice(0, 100)}`)),
      ...raw.map((b, i) => async () => tally.answer(await post(stack.gatewayUrl, b.body, { ...key, ...(b.headers ?? {}) }), `body ${i}: ${b.body.slice(0, 100)}`)),
      ...large.map((query, i) => async () => tally.answer(await post(stack.gatewayUrl, JSON.stringify({ query }), key), `large ${i}`)),
      // GET with hostile query strings.
      ...documents.slice(0, 200).map((query, i) => async () => {
        const res = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent(query.slice(0, 4000))}`, { headers: key });
        tally.answer({ status: res.status, body: await res.json().catch(() => ({ errors: [{ message: "not JSON" }] })) }, `get ${i}`);
      }),
    ];
    // Shuffle deterministically so that costly and cheap requests mix.
    for (let i = jobs.length - 1; i > 0; i--) {
      const j = rnd.int(0, i);
      [jobs[i], jobs[j]] = [jobs[j], jobs[i]];
    }
    const sent = jobs.length;
    await pool(jobs, 6, (job) => job());
    fuzzing = false;
    await watcher;
    // Drop the test's own copies before measuring what the server kept.
    for (const list of [jobs, documents, raw, large] as unknown[][]) list.length = 0;
    (globalThis as { gc?: () => void }).gc?.();
    const rssGrowthMb = Math.round((process.memoryUsage().rss - rssBefore) / 1e6);

    tally.extra["max /health ms"] = Math.round(healthMax);
    tally.extra["/health checks"] = healthChecks;
    tally.extra["RSS growth MB"] = rssGrowthMb;
    tally.extra["heap growth MB"] = Math.round((process.memoryUsage().heapUsed - heapBefore) / 1e6);
    tally.report("fuzz");
    assert.ok(sent >= 2000 && tally.requests === sent, `${tally.requests} of ${sent} requests answered`);
    assert.equal(tally.fiveXX, 0, tally.notes.join("\n"));
    assert.equal(tally.internal, 0, tally.notes.join("\n"));
    assert.equal(tally.uncoded, 0, tally.notes.join("\n"));
    assert.ok(healthMax < 1000, `/health answered within ${Math.round(healthMax)} ms at worst`);
    const heapGrowthMb = tally.extra["heap growth MB"] as number;
    assert.ok(heapGrowthMb < 150, `the heap kept ${heapGrowthMb} MB`);
  });
});
