// Writes the generated schema files: each subgraph's Federation v1 SDL and the supergraph that
// mercurius composes from them. `--check` compares instead of writing and fails on drift.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { lexicographicSortSchema, printSchema } from "graphql";
import { composeSubgraphs, SERVICE_NAMES } from "./compose.ts";

const HEADER = "# generated — do not edit. `npm run generate` writes it from the code.\n";
const dir = join(import.meta.dirname, "..", "schema", "generated");
const check = process.argv.includes("--check");

const composed = await composeSubgraphs();
const files: Record<string, string> = {
  ...Object.fromEntries(SERVICE_NAMES.map((name) => [`${name}.graphql`, HEADER + composed.sdl[name]])),
  "supergraph.graphql": `${HEADER}${printSchema(lexicographicSortSchema(composed.gateway.app.graphql.schema))}\n`,
};
await composed.close();

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
