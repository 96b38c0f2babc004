// The gateway's patched @mercuriusjs/gateway (patches/) sends identical queries in flight for one
// caller once: checked on its request builder against a subgraph stand-in that holds its answers until
// every call has been made, so the calls overlap by construction, not by timing; and asks a service for
// each distinct entity representation once.
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";

const require = createRequire(import.meta.url);
const { buildRequest } = require(join(dirname(require.resolve("@mercuriusjs/gateway/package.json")), "lib/gateway/request.js")) as {
  buildRequest: (opts: Record<string, unknown>) => {
    request: (opts: Record<string, unknown>) => Promise<{ statusCode: number; body: { text(): Promise<string> } }>;
    close: () => Promise<void>;
  };
};

async function standIn() {
  const bodies: string[] = [];
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => {
    release = r;
  });
  const server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    bodies.push(body);
    await gate;
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ data: { n: bodies.length } }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
  return { url, bodies, release, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe("in-flight subgraph query sharing (patched gateway)", () => {
  it("sends identical queries for one caller once, and mutations, other callers and other queries each on their own", async () => {
    const s = await standIn();
    const { request, close } = buildRequest({ url: s.url, dedupeKey: (ctx: { who?: string }) => ctx?.who ?? null });
    const call = (body: string, who: string) =>
      request({ url: new URL(s.url), method: "POST", body, headers: { "content-type": "application/json" }, context: { who } }).then((r) => r.body.text());
    const query = JSON.stringify({ query: "query Q { orders { id } }", variables: {} });
    const calls = [
      ...Array.from({ length: 5 }, () => call(query, "tenant-a")),
      call(query, "tenant-b"),
      call(JSON.stringify({ query: "query Other { stores { id } }", variables: {} }), "tenant-a"),
      call(JSON.stringify({ query: "mutation M { touch }", variables: {} }), "tenant-a"),
      call(JSON.stringify({ query: "mutation M { touch }", variables: {} }), "tenant-a"),
    ];
    // Every call has been made before any answer comes: the five identical ones overlap.
    while (s.bodies.length < 5) await new Promise((r) => setImmediate(r));
    s.release();
    const answers = await Promise.all(calls);
    assert.equal(s.bodies.length, 5, "tenant-a's query once, tenant-b's, the other query, and each mutation");
    assert.equal(new Set(answers.slice(0, 5)).size, 1, "the five share one answer");
    await close();
    await s.close();
  });
});

describe("entity references (patched gateway)", () => {
  const getQueryResult = require(join(dirname(require.resolve("@mercuriusjs/gateway/package.json")), "lib/gateway/get-query-result.js")) as (
    opts: Record<string, unknown>,
  ) => Promise<Array<{ json: { data: { _entities: unknown[] } } }>>;
  it("asks a service once for each distinct representation and gives every reference its entity", async () => {
    const sent: Array<{ variables: { representations: Array<{ id: string }> } }> = [];
    const serviceDefinition = {
      allowBatchedQueries: false,
      sendRequest: async ({ body }: { body: string }) => {
        const request = JSON.parse(body);
        sent.push(request);
        return { json: { data: { _entities: request.variables.representations.map((r: { id: string }) => ({ id: r.id, name: `store ${r.id}` })) } } };
      },
    };
    const ref = (...ids: string[]) => ({
      query: "query E($representations: [_Any!]!) { _entities(representations: $representations) { ... on Store { name } } }",
      document: null,
      variables: { representations: ids.map((id) => ({ __typename: "Store", id })) },
    });
    // Twenty orders of one store and one of another, as a feed's references reach the batch.
    const queries = [...Array.from({ length: 20 }, () => ref("s1")), ref("s2", "s1")];
    const result = await getQueryResult({
      context: { gateway: { preGatewayExecution: null }, reply: { request: { headers: {} } } },
      queries,
      serviceDefinition,
      service: "stores",
    });
    assert.equal(sent.length, 1);
    assert.deepEqual(
      sent[0].variables.representations.map((r) => r.id),
      ["s1", "s2"],
      "each store once",
    );
    assert.equal(result.length, 21);
    for (const r of result.slice(0, 20)) assert.deepEqual(r.json.data._entities, [{ id: "s1", name: "store s1" }]);
    assert.deepEqual(
      result[20].json.data._entities,
      [
        { id: "s2", name: "store s2" },
        { id: "s1", name: "store s1" },
      ],
      "in the order of the references",
    );
  });
});
