// `npm run build`: every service as one JavaScript file in dist/, run with plain node (no tsx):
//   node dist/gateway.js | stores.js | orders.js | <marketplace>.js | sandbox.js <marketplace>
// The repository's own packages are bundled (they are TypeScript); every other package stays a normal
// import from node_modules (`npm ci --omit=dev` installs them). The database migrations go next to them.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist");
// Every subgraph folder with a main.ts is a deployable (a new marketplace's too, without editing this).
const entries = {
  gateway: "gateway/src/main.ts",
  ...Object.fromEntries(
    readdirSync(join(root, "subgraphs"))
      .filter((name) => existsSync(join(root, "subgraphs", name, "src", "main.ts")))
      .map((name) => [name, `subgraphs/${name}/src/main.ts`]),
  ),
  sandbox: "sandbox/src/main.ts",
};

/**
 * Bare imports stay imports, except the workspace's own @pazargraph/* packages (bundled). An import
 * that resolves to the root node_modules stays a bare specifier; one that resolves to a package nested
 * under a workspace (its own version, e.g. runtime/node_modules/@graphql-tools/utils) becomes a path
 * relative to dist/, which holds in the image too (the same layout under /app).
 */
const rootModules = join(root, "node_modules") + sep;
const externalDependencies = {
  name: "external-dependencies",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData?.inner || args.path.startsWith("@pazargraph/") || args.path.startsWith("node:")) return undefined;
      const found = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: { inner: true } });
      if (found.errors.length || !found.path || found.path.startsWith(rootModules) || !found.path.includes(`${sep}node_modules${sep}`)) return { path: args.path, external: true };
      return {
        path: relative(out, found.path)
          .split(sep)
          .join("/")
          .replace(/^(?!\.)/, "./"),
        external: true,
      };
    });
  },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const t0 = Date.now();
await build({
  absWorkingDir: root,
  entryPoints: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, join(root, file)])),
  outdir: out,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  // Dynamic imports stay lazy (OpenTelemetry loads only when tracing is on).
  splitting: true,
  sourcemap: true,
  // Class names are part of type-graphql's metadata; keep them.
  keepNames: true,
  tsconfig: join(root, "tsconfig.json"),
  plugins: [externalDependencies],
  logLevel: "warning",
});
cpSync(join(root, "db", "migrations"), join(out, "migrations"), { recursive: true });
console.log(
  `built ${Object.keys(entries)
    .map((n) => `dist/${n}.js`)
    .join(", ")} in ${Date.now() - t0} ms`,
);
