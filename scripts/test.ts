// Runs every *.test.ts and *.e2e.ts in the workspace with node's test runner (through tsx).
// Redis-mode tests need REDIS_URL (CI sets it); without it they say they were skipped and why.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

const root = join(import.meta.dirname, "..");
const only = process.argv.slice(2);
const files: string[] = [];
const walk = (dir: string) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(test|e2e)\.ts$/.test(e.name)) files.push(relative(root, p));
  }
};
for (const d of ["schema", "runtime", "sandbox", "subgraphs", "gateway", "test"]) walk(join(root, d));
const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;
if (!process.env.REDIS_URL) console.log("REDIS_URL is not set: Redis-mode tests will be skipped (CI sets it).");
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=2", ...selected.sort()], { stdio: "inherit", cwd: root, env: process.env });

// Redis-mode tests write under "pgtest:<run>:" prefixes; remove them so runs leave Redis as they found it.
if (process.env.REDIS_URL) {
  const { connectRedis } = await import("@pazargraph/runtime");
  const redis = await connectRedis(process.env.REDIS_URL);
  let removed = 0;
  for await (const keys of redis.scanIterator({ MATCH: "pgtest:*", COUNT: 500 })) {
    if (keys.length) removed += Number(await redis.unlink(keys));
  }
  await redis.quit();
  console.log(`removed ${removed} Redis test keys`);
}
process.exit(result.status ?? 1);
