// Federation v1 composition in mercurius, with the subgraphs listed in either order: every
// subgraph's Query fields survive (ARCHITECTURE.md: @apollo/subgraph's own SDL keeps only the last).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createLogger, createMemoryEventBus, createSubgraphServer, loadConfig } from "@pazargraph/runtime";
import { buildOrdersSubgraph } from "@pazargraph/subgraph-orders";
import { buildPazaramaSchema } from "@pazargraph/subgraph-pazarama";
import { buildStoresSubgraph } from "@pazargraph/subgraph-stores";
import { buildGateway } from "./app.ts";

const logger = createLogger({ name: "test", level: "silent" });

async function compose(order: string[]) {
  const config = loadConfig({}, {});
  const stores = await buildStoresSubgraph({ config, logger });
  const orders = await buildOrdersSubgraph({ events: createMemoryEventBus(), logger });
  const pz = await buildPazaramaSchema();
  const pazarama = createSubgraphServer({ name: "pazarama", schema: pz.schema, logger, context: () => ({}) });
  const servers = { stores: stores.server, orders: orders.server, pazarama };
  const urls: Record<string, { url: string; wsUrl: string }> = {};
  for (const [name, s] of Object.entries(servers)) urls[name] = await s.listen(0);
  const gw = await buildGateway({ config: { gateway: { ...config.gateway, l1TtlSeconds: 0 } }, logger, services: order.map((name) => ({ name, ...urls[name] })) });
  await gw.app.ready();
  const fields = Object.keys(gw.app.graphql.schema.getQueryType()?.getFields() ?? {});
  const res = await gw.app.inject({ method: "POST", url: "/graphql", payload: { query: "{ stores { id name } }" } });
  await gw.app.close();
  await Promise.all(Object.values(servers).map((s) => s.close()));
  return { fields, stores: res.json() };
}

describe("composition (Federation v1 in mercurius)", () => {
  for (const order of [
    ["stores", "orders", "pazarama"],
    ["pazarama", "orders", "stores"],
  ]) {
    it(`keeps every subgraph's Query fields with services in order ${order.join(", ")}`, async () => {
      const { fields, stores } = await compose(order);
      for (const f of ["stores", "store", "pazarama", "orderEventHistory"]) assert.ok(fields.includes(f), `Query.${f} in ${fields.join(",")}`);
      assert.deepEqual(stores.data.stores, [{ id: "demo-pazarama", name: "Demo Pazarama Store" }]);
    });
  }
});
