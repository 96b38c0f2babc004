// Writes the generated files: each subgraph's Federation v1 SDL, the supergraph that mercurius composes
// from them, the typed operations, and the database migrations (drizzle-kit, from db/src/schema.ts).
// `--check` compares instead of writing and fails on drift.
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type DefinitionNode, type FragmentDefinitionNode, Kind, lexicographicSortSchema, parse, print, printSchema, visit } from "graphql";
import { composeSubgraphs, SERVICE_NAMES } from "./compose.ts";
import { composeFile, dockerfile } from "./deploy-files.ts";

const HEADER = "# generated — do not edit. `npm run generate` writes it from the code.\n";
const dir = join(import.meta.dirname, "..", "schema", "generated");
const check = process.argv.includes("--check");

const composed = await composeSubgraphs();
const files: Record<string, string> = {
  ...Object.fromEntries(SERVICE_NAMES.map((name) => [`${name}.graphql`, HEADER + composed.sdl[name]])),
  "supergraph.graphql": `${HEADER}${printSchema(lexicographicSortSchema(composed.gateway.app.graphql.schema))}\n`,
};
await composed.close();
files["persisted-documents.json"] = `${JSON.stringify(await persistedDocuments(), null, 2)}\n`;

/**
 * The registered documents (the allow-list of gateway.persistedQueries.mode "allowList"): each
 * operation of schema/operations with the fragments it uses, printed, by its SHA-256 — the hash an
 * app sends as extensions.persistedQuery.sha256Hash.
 */
async function persistedDocuments(): Promise<Record<string, { operation: string; document: string }>> {
  const opsDir = join(import.meta.dirname, "..", "schema", "operations");
  const definitions: DefinitionNode[] = [];
  for (const f of (await readdir(opsDir)).filter((n) => n.endsWith(".graphql")).sort()) definitions.push(...parse(await readFile(join(opsDir, f), "utf8")).definitions);
  const fragments = new Map(definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const out: Record<string, { operation: string; document: string }> = {};
  for (const op of definitions) {
    if (op.kind !== Kind.OPERATION_DEFINITION || !op.name) continue;
    const used = new Set<string>();
    const collect = (node: DefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          if (used.has(spread.name.value)) return;
          used.add(spread.name.value);
          const f = fragments.get(spread.name.value);
          if (f) collect(f);
        },
      });
    collect(op);
    const document = print({ kind: Kind.DOCUMENT, definitions: [op, ...[...used].sort().flatMap((n) => (fragments.get(n) ? [fragments.get(n) as FragmentDefinitionNode] : []))] });
    out[createHash("sha256").update(document).digest("hex")] = { operation: op.name.value, document };
  }
  return Object.fromEntries(Object.entries(out).sort(([, a], [, b]) => a.operation.localeCompare(b.operation)));
}

// The deployment files, at the repository root.
const root = join(import.meta.dirname, "..");
const { readdirSync, existsSync } = await import("node:fs");
const workspaces = (JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { workspaces: string[] }).workspaces.flatMap((w) =>
  w.endsWith("/*")
    ? readdirSync(join(root, w.slice(0, -2)))
        .filter((d) => existsSync(join(root, w.slice(0, -2), d, "package.json")))
        .sort()
        .map((d) => `${w.slice(0, -2)}/${d}`)
    : [w],
);
files["../../compose.yaml"] = composeFile();
files["../../Dockerfile"] = dockerfile(workspaces);

let drift = false;
for (const [name, content] of Object.entries(files)) {
  const path = join(dir, name);
  if (check) {
    const current = await readFile(path, "utf8").catch(() => "");
    if (current !== content) {
      console.error(`${name.startsWith("../../") ? name.slice(6) : `schema/generated/${name}`} is out of date: run \`npm run generate\` and commit it`);
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
{
  // The database migrations must cover db/src/schema.ts: drizzle-kit, run on a copy, must find nothing new.
  const { execFileSync } = await import("node:child_process");
  const { cpSync, readdirSync, rmSync } = await import("node:fs");
  // drizzle-kit takes `out` relative to the repository.
  const out = check ? "db/.migrations-check" : "db/migrations";
  if (check) {
    rmSync(join(root, out), { recursive: true, force: true });
    cpSync(join(root, "db", "migrations"), join(root, out), { recursive: true });
  }
  const count = () => readdirSync(join(root, out)).filter((f) => f.endsWith(".sql")).length;
  const before = count();
  execFileSync("npx", ["drizzle-kit", "generate", "--dialect", "postgresql", "--schema", "./db/src/schema.ts", "--out", out], { stdio: "pipe", cwd: root });
  const after = count();
  if (check) rmSync(join(root, out), { recursive: true, force: true });
  if (check && after !== before) {
    console.error("db/migrations does not cover db/src/schema.ts: run `npm run generate` and commit the new migration");
    drift = true;
  } else if (!check && after !== before) console.log(`wrote a new migration in db/migrations (${after} in all)`);
}
if (drift) process.exit(1);
console.log(check ? "generated files are up to date" : `wrote ${Object.keys(files).length} schema files`);
