// Writes the generated schema files: each subgraph's Federation v1 SDL and the supergraph that
// mercurius composes from them. `--check` compares instead of writing and fails on drift.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildGateway } from "@pazargraph/gateway";
import { createLogger, createMemoryEventBus, createSubgraphServer, loadConfig } from "@pazargraph/runtime";
import { buildOrdersSubgraph } from "@pazargraph/subgraph-orders";
import { buildPazaramaSchema } from "@pazargraph/subgraph-pazarama";
import { buildStoresSubgraph } from "@pazargraph/subgraph-stores";
import { lexicographicSortSchema, printSchema } from "graphql";

const HEADER = "# generated — do not edit. `npm run generate` writes it from the code.\n";
const dir = join(import.meta.dirname, "..", "schema", "generated");
const check = process.argv.includes("--check");
const logger = createLogger({ name: "generate", level: "warn" });
const config = loadConfig({}, { mode: { kind: "embedded", dataDir: "/nonexistent" }, stores: [] });

const stores = await buildStoresSubgraph({ config, logger });
const orders = await buildOrdersSubgraph({ events: createMemoryEventBus(), logger });
const pazaramaSchema = await buildPazaramaSchema();
const pazarama = { sdl: pazaramaSchema.sdl, server: createSubgraphServer({ name: "pazarama", schema: pazaramaSchema.schema, logger, context: () => ({}) }) };

const files: Record<string, string> = {
  "stores.graphql": HEADER + stores.sdl,
  "orders.graphql": HEADER + orders.sdl,
  "pazarama.graphql": HEADER + pazarama.sdl,
};

const at = await Promise.all([stores.server.listen(0), orders.server.listen(0), pazarama.server.listen(0)]);
const gateway = await buildGateway({
  config: { gateway: { ...config.gateway, l1TtlSeconds: 0 } },
  logger,
  services: [
    { name: "stores", url: at[0].url },
    { name: "orders", url: at[1].url, wsUrl: at[1].wsUrl },
    { name: "pazarama", url: at[2].url },
  ],
});
await gateway.app.ready();
files["supergraph.graphql"] = `${HEADER}${printSchema(lexicographicSortSchema(gateway.app.graphql.schema))}\n`;
await gateway.app.close();
await Promise.all([stores.close(), orders.close(), pazarama.server.close()]);

let drift = false;
for (const [name, content] of Object.entries(files)) {
  const path = join(dir, name);
  if (check) {
    const current = await readFile(path, "utf8").catch(() => "");
    if (current !== content) {
      console.error(`schema/generated/${name} is out of date: run \`npm run generate\` and commit it`);
      drift = true;
    }
  } else await writeFile(path, content);
}
if (check) {
  // The codegen output must match the operations and the supergraph too.
  const { execFileSync } = await import("node:child_process");
  const ops = join(dir, "operations.ts");
  const before = await readFile(ops, "utf8").catch(() => "");
  execFileSync("npx", ["graphql-codegen", "--config", "codegen.yml", "--silent"], { stdio: "inherit", cwd: join(import.meta.dirname, "..") });
  const after = await readFile(ops, "utf8");
  if (before !== after) {
    await writeFile(ops, before);
    console.error("schema/generated/operations.ts is out of date: run `npm run generate` and commit it");
    drift = true;
  }
}
if (drift) process.exit(1);
console.log(check ? "generated files are up to date" : `wrote ${Object.keys(files).length} schema files`);
