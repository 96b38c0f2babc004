// Test helper for suites that run the product as its own processes: the marketplaces' sandboxes in
// this test process (they outlive the product's restarts), and the demo stores pointing at them.
import { loadConfig, MARKETPLACES } from "@pazargraph/runtime";
import type { FastifyInstance } from "fastify";

export interface Sandboxes {
  apps: Array<{ app: FastifyInstance }>;
  urls: Record<string, string>;
  /** The demo stores (config `stores`) with the sandboxes' URLs and demo credentials. */
  stores: unknown[];
  close(): Promise<void>;
}

export async function startSandboxes(dataDir: string): Promise<Sandboxes> {
  const base = loadConfig({ PAZARGRAPH_DATA_DIR: dataDir });
  const apps: Array<{ app: FastifyInstance }> = [];
  const urls: Record<string, string> = {};
  const stores: unknown[] = [];
  for (const m of MARKETPLACES) {
    const credentials = base.marketplaces[m.name].sandbox.credentials;
    const sb = (await m.load()).createSandbox({ seed: base.sandbox.seed, batchDelayMs: base.sandbox.batchDelayMs, credentials });
    await sb.app.listen({ port: 0, host: "127.0.0.1" });
    apps.push(sb);
    urls[m.name] = `http://127.0.0.1:${(sb.app.server.address() as { port: number }).port}`;
    stores.push({ id: m.demoStore.id, name: m.demoStore.name, marketplace: m.name, baseUrl: urls[m.name], credentials });
  }
  return {
    apps,
    urls,
    stores,
    close: async () => {
      for (const sb of apps) await sb.app.close();
    },
  };
}
