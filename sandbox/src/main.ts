// A sandbox as its own process: `node dist/sandbox.js <name>` (or SANDBOX=…), for any marketplace
// module, `penta` (the distributor) and `parasut` (accounting). Settings from config: sandbox.seed and
// batchDelayMs; marketplaces.<name>.sandbox, suppliers.penta.sandbox, accounting.parasut.sandbox (port
// and demo credentials); PORT overrides.
import type { Config } from "@pazargraph/runtime";
import { MARKETPLACES, marketplaceModule, portFromEnv, runService } from "@pazargraph/runtime";
import type { FastifyInstance } from "fastify";
import { createParasutSandbox } from "./parasut/app.ts";
import { createPentaSandbox } from "./penta/app.ts";

type Sandbox = { port: number; create(): Promise<{ app: FastifyInstance }> | { app: FastifyInstance } };

/** The sandboxes that are not marketplaces, by name. */
const OTHERS: Record<string, (config: Readonly<Config>) => Sandbox> = {
  penta: (config) => ({
    port: config.suppliers.penta.sandbox.port,
    create: () => createPentaSandbox({ token: config.suppliers.penta.sandbox.token, seed: config.sandbox.seed }),
  }),
  parasut: (config) => ({
    port: config.accounting.parasut.sandbox.port,
    create: () => createParasutSandbox({ ...config.accounting.parasut.sandbox.credentials, seed: config.sandbox.seed }),
  }),
};

const which = process.argv[2] ?? process.env.SANDBOX ?? "";
const module = marketplaceModule(which);
if (!module && !OTHERS[which]) {
  console.error(`name the sandbox: ${[...MARKETPLACES.map((m) => m.name), ...Object.keys(OTHERS)].map((n) => `"${n}"`).join(", ")} (argument or SANDBOX)`);
  process.exit(1);
}

await runService(`sandbox-${which}`, async (config) => {
  const sandbox: Sandbox = module
    ? {
        port: config.marketplaces[module.name].sandbox.port,
        create: async () =>
          (await module.load()).createSandbox({
            seed: config.sandbox.seed,
            batchDelayMs: config.sandbox.batchDelayMs,
            credentials: config.marketplaces[module.name].sandbox.credentials,
          }),
      }
    : OTHERS[which](config);
  const { app } = await sandbox.create();
  // For the orchestrator (not a marketplace path; the simulated API is unchanged).
  app.get("/health", async () => ({ status: "ok", service: `sandbox-${which}` }));
  await app.listen({ port: portFromEnv(sandbox.port), host: config.host });
  const at = app.server.address() as { port: number };
  return { url: `http://${config.host}:${at.port}`, close: () => app.close() };
});
