// Runs every *.test.ts and *.e2e.ts in the workspace with node's test runner (through tsx).
// Redis-mode tests need REDIS_URL (CI sets it); without it they say they were skipped and why.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

/** True when a Redis server answers PING at host:port within a second. */
function redisAnswers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.on("error", () => done(false));
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (d) => done(d.toString().startsWith("+PONG")));
  });
}

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
// Redis mode runs whenever a Redis answers: REDIS_URL, else the usual local server at 127.0.0.1:6379.
if (!process.env.REDIS_URL && (await redisAnswers("127.0.0.1", 6379))) {
  process.env.REDIS_URL = "redis://127.0.0.1:6379";
  console.log("Redis answers at 127.0.0.1:6379: the Redis-mode tests run against it.");
}
if (!process.env.REDIS_URL) console.log("No Redis (REDIS_URL unset, nothing at 127.0.0.1:6379): Redis-mode tests will be skipped.");
// The hostile campaign (test/campaign) leaves each phase's figures here (and the fidelity suite its
// table); they are printed at the end.
const campaignDir = mkdtempSync(join(tmpdir(), "pg-campaign-"));
// A tag for this run's Redis keys and PostgreSQL databases, so that two runs on one machine clean
// up only after themselves.
process.env.PAZARGRAPH_TEST_RUN = Math.random().toString(36).slice(2, 10);
const result = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", "--test", "--test-concurrency=2", ...selected.sort()], {
  stdio: "inherit",
  cwd: root,
  env: { ...process.env, PAZARGRAPH_CAMPAIGN_DIR: campaignDir },
});
const phases = readdirSync(campaignDir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(join(campaignDir, f), "utf8")) as Record<string, number | string>);
// The sandbox fidelity suite (sandbox/fidelity) leaves its table here too.
const fidelity = readdirSync(campaignDir).includes("fidelity.table") ? readFileSync(join(campaignDir, "fidelity.table"), "utf8") : "";
rmSync(campaignDir, { recursive: true, force: true });
if (fidelity) console.log(`\nSandbox fidelity (sandbox/fidelity), covered/documented, matched/examples, held/rules:\n${fidelity.replace(/^/gm, "  ")}`);
if (phases.length) {
  const sum = (k: string) => phases.reduce((s, p) => s + (typeof p[k] === "number" ? (p[k] as number) : 0), 0);
  console.log("\nHostile campaign (test/campaign):");
  for (const p of phases)
    console.log(
      `  ${String(p.phase).padEnd(10)} ${Object.entries(p)
        .filter(([k]) => k !== "phase")
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}`,
    );
  console.log(
    `  TOTAL      requests ${sum("requests")}, 5xx ${sum("5xx")}, INTERNAL ${sum("INTERNAL")}, uncoded ${sum("uncoded")}, leaks ${sum("leaks")}, lost ${sum("lost")}, duplicated ${sum("duplicated")}`,
  );
}

// PostgreSQL tests make pgtest_<random> databases; drop them all.
{
  const { dropTestDatabases, skipWithoutPostgres } = await import("../test/db.ts");
  if (!skipWithoutPostgres) console.log(`dropped ${await dropTestDatabases()} PostgreSQL test databases`);
}

// Redis-mode tests write under "pgtest:<run>:" prefixes; remove them so runs leave Redis as they found it.
if (process.env.REDIS_URL) {
  const { connectRedis } = await import("@pazargraph/runtime");
  const redis = await connectRedis(process.env.REDIS_URL);
  let removed = 0;
  for await (const keys of redis.scanIterator({ MATCH: `pgtest:${process.env.PAZARGRAPH_TEST_RUN}:*`, COUNT: 500 })) {
    if (keys.length) removed += Number(await redis.unlink(keys));
  }
  await redis.quit();
  console.log(`removed ${removed} Redis test keys`);
}
process.exit(result.status ?? 1);
