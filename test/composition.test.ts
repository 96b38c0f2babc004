// Federation v1 composition in mercurius, with the subgraphs listed in either order: every
// subgraph's Query fields survive (ARCHITECTURE.md: @apollo/subgraph's own SDL keeps only the last).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { composeSubgraphs, type ServiceName } from "../scripts/compose.ts";

describe("composition (Federation v1 in mercurius)", () => {
  for (const order of [
    ["stores", "orders", "pazarama", "beymen"],
    ["beymen", "pazarama", "orders", "stores"],
  ] as ServiceName[][]) {
    it(`keeps every subgraph's Query fields with services in order ${order.join(", ")}`, async () => {
      const composed = await composeSubgraphs(order);
      try {
        const fields = Object.keys(composed.gateway.app.graphql.schema.getQueryType()?.getFields() ?? {});
        for (const f of ["stores", "store", "pazarama", "beymen", "orderEventHistory"]) assert.ok(fields.includes(f), `Query.${f} in ${fields.join(",")}`);
        assert.ok(composed.gateway.app.graphql.schema.getMutationType()?.getFields().beymen, "Mutation.beymen");
        const res = await composed.gateway.app.inject({ method: "POST", url: "/graphql", payload: { query: "{ stores { id name } }" } });
        assert.deepEqual(res.json().data.stores, [
          { id: "demo-pazarama", name: "Demo Pazarama Store" },
          { id: "demo-beymen", name: "Demo Beymen Store" },
        ]);
      } finally {
        await composed.close();
      }
    });
  }
});
