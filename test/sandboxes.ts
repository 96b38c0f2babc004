// Test helper for suites that run the product as its own processes: the marketplaces' sandboxes in
// this test process (they outlive the product's restarts), and the demo stores pointing at them.
import { loadConfig } from "@pazargraph/runtime";
import type { FastifyInstance } from "fastify";
import { MARKETPLACES } from "../scripts/marketplaces.ts";

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
  for (const m of MARKETPLACES) {
    const sb = m.createSandbox(base);
    await sb.app.listen({ port: 0, host: "127.0.0.1" });
    apps.push(sb);
    urls[m.name] = `http://127.0.0.1:${(sb.app.server.address() as { port: number }).port}`;
  }
  const { clientId, clientSecret } = base.sandbox.pazarama;
  const { apiKey, apiPassword } = base.sandbox.beymen;
  return {
    apps,
    urls,
    stores: [
      { id: "demo-pazarama", name: "Demo Pazarama Store", marketplace: "pazarama", baseUrl: urls.pazarama, credentials: { clientId, clientSecret } },
      { id: "demo-beymen", name: "Demo Beymen Store", marketplace: "beymen", baseUrl: urls.beymen, credentials: { apiKey, apiPassword } },
    ],
    close: async () => {
      for (const sb of apps) await sb.app.close();
    },
  };
}
