// Polling benchmark, run by hand (`npm run bench:poll`); prints figures, asserts nothing.
// One store per marketplace with about 10,000 orders in its 28-day window (sandboxes generated with
// enough orders), polled through the real subgraph poller: REST calls, orders read and time for each
// tier, then the calls an hour of polling every 5 s costs before tiers (the whole window on every
// poll) and after (2 h every poll, 3 days every 5 min, the whole window hourly).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger, loadConfig } from "@pazargraph/runtime";
import { createBeymenSandbox, createPazaramaSandbox } from "@pazargraph/sandbox";
import { freePorts, startStack } from "../scripts/stack.ts";
import { beymenOf, pazaramaOf } from "../test/helpers.ts";

const IN_WINDOW = Number(process.env.BENCH_WINDOW_ORDERS ?? 10_000);
const INTERVAL_S = 5;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "pg-bench-poll-"));
  const base = loadConfig({ PAZARGRAPH_DATA_DIR: dir });
  const t0 = Date.now();
  // The sandboxes spread their orders over 60 (Pazarama) and 75 (Beymen) days.
  const pz = createPazaramaSandbox({
    seed: 7,
    clientId: base.marketplaces.pazarama.sandbox.credentials.clientId,
    clientSecret: base.marketplaces.pazarama.sandbox.credentials.clientSecret,
    orderCount: Math.round((IN_WINDOW * 60) / 28),
  });
  const bm = createBeymenSandbox({
    seed: 7,
    apiKey: base.marketplaces.beymen.sandbox.credentials.apiKey,
    apiPassword: base.marketplaces.beymen.sandbox.credentials.apiPassword,
    orderCount: Math.round((IN_WINDOW * 75) / 28),
  });
  await pz.app.listen({ port: 0, host: "127.0.0.1" });
  await bm.app.listen({ port: 0, host: "127.0.0.1" });
  const url = (app: typeof pz.app) => `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  console.log(`sandboxes generated in ${Date.now() - t0} ms`);
  const config = loadConfig(
    { PAZARGRAPH_DATA_DIR: dir },
    {
      logLevel: "silent",
      sandbox: { enabled: false },
      ...freePorts(),
      stores: [
        { id: "bench-pazarama", name: "Bench Pazarama", marketplace: "pazarama", baseUrl: url(pz.app), credentials: base.marketplaces.pazarama.sandbox.credentials },
        {
          id: "bench-beymen",
          name: "Bench Beymen",
          marketplace: "beymen",
          baseUrl: url(bm.app),
          credentials: { apiKey: base.marketplaces.beymen.sandbox.credentials.apiKey, apiPassword: base.marketplaces.beymen.sandbox.credentials.apiPassword },
        },
      ],
    },
  );
  const stack = await startStack({ config, logger: createLogger({ name: "bench", level: "silent" }), poll: false });
  try {
    const rows: string[] = [];
    for (const [name, built, id] of [
      ["pazarama", pazaramaOf(stack), "bench-pazarama"],
      ["beymen", beymenOf(stack), "bench-beymen"],
    ] as const) {
      const store = built.service.store(id);
      const polled = { id, tenantId: store.config.tenantId, active: true, handle: store };
      const calls: Record<string, number> = {};
      for (const tier of ["full", "full", "days", "recent"]) {
        const start = performance.now();
        const r = await built.poller.pollStoreDetailed(polled as never, tier);
        const ms = performance.now() - start;
        calls[tier] = r.restCalls;
        rows.push(`${name.padEnd(9)} ${tier.padEnd(7)} orders read ${String(r.read).padStart(6)}  REST calls ${String(r.restCalls).padStart(4)}  ${ms.toFixed(0).padStart(6)} ms`);
      }
      const polls = 3600 / INTERVAL_S;
      const before = polls * calls.full;
      const after = (polls - 12 - 1) * calls.recent + 12 * calls.days + 1 * calls.full;
      rows.push(
        `${name.padEnd(9)} an hour at ${INTERVAL_S} s: before tiers ${before} calls (${calls.full}/poll), with tiers ${after} calls (${(after / polls).toFixed(2)}/poll) — ${(before / after).toFixed(0)}× fewer`,
      );
    }
    console.log(`\nPolling one store with ~${IN_WINDOW} orders in its 28-day window (the first "full" fills the hub; the second only compares)\n`);
    for (const r of rows) console.log(r);
  } finally {
    await stack.close();
    await pz.app.close();
    await bm.app.close();
  }
}

await main();
