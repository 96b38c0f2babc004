// A fixture subgraph: a real subgraph's own SDL (its `_service { sdl }`) served by the same subgraph
// server the deployables run (runtime/subgraph-server.ts: the signed identity checked, Apollo Server
// executing), answering from a recording of that subgraph's answers instead of the database and the
// marketplace. It isolates what a gateway costs from what the marketplace and the hub cost.
// Args: a JSON object { name, port, file } where `file` holds { sdl, query, entities } (fixtureOf in run.ts):
//   query     the recorded value of each root Query field (a connection is cut to `first`);
//   entities  per entity type, its recorded objects by id (answers `_entities`).
// Prints "ready" when listening. PAZARGRAPH_INTERNAL_SECRET is the gateways' signing secret.
import { readFileSync } from "node:fs";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { createLogger, createSubgraphServer } from "@pazargraph/runtime";
import { parse } from "graphql";

export interface Fixture {
  sdl: string;
  query: Record<string, unknown>;
  entities: Record<string, Record<string, unknown>>;
}

const { name, port, file } = JSON.parse(process.argv[2]) as { name: string; port: number; file: string };
const fixture = JSON.parse(readFileSync(file, "utf8")) as Fixture;

type Connection = { edges: unknown[] };
const isConnection = (v: unknown): v is Connection => !!v && typeof v === "object" && Array.isArray((v as Connection).edges);

const resolvers: Record<string, Record<string, unknown>> = {
  Query: Object.fromEntries(
    Object.entries(fixture.query).map(([field, value]) => [
      field,
      (_: unknown, args: { first?: number }) => (isConnection(value) && typeof args.first === "number" ? { ...value, edges: value.edges.slice(0, args.first) } : value),
    ]),
  ),
};
for (const [type, byId] of Object.entries(fixture.entities)) resolvers[type] = { __resolveReference: (ref: { id: string }) => byId[ref.id] ?? null };

const server = createSubgraphServer({
  name,
  schema: buildSubgraphSchema({ typeDefs: parse(fixture.sdl), resolvers: resolvers as never }),
  logger: createLogger({ name, level: "warn" }),
  internalSecret: process.env.PAZARGRAPH_INTERNAL_SECRET,
  context: ({ identity }) => ({ identity }),
});
await server.listen(port);
console.log("ready");
