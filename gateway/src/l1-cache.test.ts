// The gateway's L1 cache rules: a namespace answer is cacheable only when a query selects nothing but
// reference data under it (fragments looked through); the key covers the whole selection, the
// arguments, the variables and the tenant, so no two different answers share one.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildSchema, type GraphQLResolveInfo, graphql } from "graphql";
import { cacheableFields, isCacheable, selectionKey } from "./l1-cache.ts";

const schema = buildSchema(`
  type Query { pazarama(storeId: ID): Pz }
  type Mutation { pazarama: Pz }
  type Pz { categoryTree: [Cat] brands(search: String): [String] orders: [String] }
  type Cat { id: ID name: String }
`);
const cacheable = cacheableFields({ pazarama: ["__typename", "categoryTree", "brands"] });

/** The resolve info the root field gets for a document. */
async function infoOf(source: string, variableValues?: Record<string, unknown>): Promise<GraphQLResolveInfo> {
  let captured: GraphQLResolveInfo | undefined;
  // A root value's function gets (args, context, info).
  const capture = (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    captured = info;
    return {};
  };
  await graphql({ schema, source, variableValues, rootValue: { pazarama: capture } });
  if (!captured) throw new Error("the root field did not resolve");
  return captured;
}

describe("L1 cache rules", () => {
  it("caches reference data only, looking through fragments, and never a mutation", async () => {
    assert.equal(isCacheable(await infoOf("{ pazarama { categoryTree { id } } }"), cacheable), true);
    assert.equal(isCacheable(await infoOf('{ pazarama { ...F } } fragment F on Pz { brands(search: "a") }'), cacheable), true);
    assert.equal(isCacheable(await infoOf("{ pazarama { categoryTree { id } orders } }"), cacheable), false);
    assert.equal(isCacheable(await infoOf("{ pazarama { ... on Pz { orders } } }"), cacheable), false);
    assert.equal(isCacheable(await infoOf("mutation { pazarama { categoryTree { id } } }"), cacheable), false);
  });

  it("keys by selection, arguments, variables and tenant", async () => {
    const q = "query($s: String) { pazarama { brands(search: $s) } }";
    const a = selectionKey(await infoOf(q, { s: "nike" }), {}, "tenant-a");
    assert.equal(selectionKey(await infoOf(q, { s: "nike" }), {}, "tenant-a"), a, "stable");
    assert.notEqual(selectionKey(await infoOf(q, { s: "puma" }), {}, "tenant-a"), a, "variables");
    assert.notEqual(selectionKey(await infoOf(q, { s: "nike" }), {}, "tenant-b"), a, "tenant");
    assert.notEqual(selectionKey(await infoOf(q, { s: "nike" }), { storeId: "2" }, "tenant-a"), a, "arguments");
    const tree = selectionKey(await infoOf("{ pazarama { categoryTree { id } } }"), {}, "t");
    assert.notEqual(selectionKey(await infoOf("{ pazarama { categoryTree { id name } } }"), {}, "t"), tree, "selection");
    assert.notEqual(selectionKey(await infoOf("{ pazarama { tree: categoryTree { id } } }"), {}, "t"), tree, "aliases");
  });
});
