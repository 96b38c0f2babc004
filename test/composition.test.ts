// Federation v1 composition in mercurius, with the subgraphs listed in either order: every
// subgraph's Query fields survive (ARCHITECTURE.md: @apollo/subgraph's own SDL keeps only the last).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MARKETPLACES } from "@pazargraph/runtime";
import { composeSubgraphs, SERVICE_NAMES, type ServiceName } from "../scripts/compose.ts";

describe("composition (Federation v1 in mercurius)", () => {
  for (const order of [SERVICE_NAMES, [...SERVICE_NAMES].reverse()] as ServiceName[][]) {
    it(`keeps every subgraph's Query fields with services in order ${order.join(", ")}`, async () => {
      const composed = await composeSubgraphs(order);
      try {
        const fields = Object.keys(composed.gateway.app.graphql.schema.getQueryType()?.getFields() ?? {});
        const names = MARKETPLACES.map((m) => m.name);
        for (const f of ["stores", "store", "orderEventHistory", ...names]) assert.ok(fields.includes(f), `Query.${f} in ${fields.join(",")}`);
        for (const m of names) assert.ok(composed.gateway.app.graphql.schema.getMutationType()?.getFields()[m], `Mutation.${m}`);
        const res = await composed.gateway.app.inject({ method: "POST", url: "/graphql", payload: { query: "{ stores { id name } }" } });
        assert.deepEqual(
          res.json().data.stores,
          MARKETPLACES.map((m) => ({ id: m.demoStore.id, name: m.demoStore.name })),
        );
      } finally {
        await composed.close();
      }
    });
  }
});
