// A marketplace sandbox as its own process: `node dist/sandbox.js <marketplace>` (or SANDBOX=…), for
// any marketplace module. Settings from config (sandbox.seed and batchDelayMs; marketplaces.<name>.sandbox:
// port and demo credentials; PORT overrides).
import { MARKETPLACES, marketplaceModule, portFromEnv, runService } from "@pazargraph/runtime";

const which = process.argv[2] ?? process.env.SANDBOX ?? "";
const module = marketplaceModule(which);
if (!module) {
  console.error(`name the sandbox: ${MARKETPLACES.map((m) => `"${m.name}"`).join(", ")} (argument or SANDBOX)`);
  process.exit(1);
}

await runService(`sandbox-${which}`, async (config) => {
  const settings = config.marketplaces[module.name].sandbox;
  const { app } = (await module.load()).createSandbox({ seed: config.sandbox.seed, batchDelayMs: config.sandbox.batchDelayMs, credentials: settings.credentials });
  // For the orchestrator (not a marketplace path; the simulated API is unchanged).
  app.get("/health", async () => ({ status: "ok", service: `sandbox-${which}` }));
  await app.listen({ port: portFromEnv(settings.port), host: config.host });
  const at = app.server.address() as { port: number };
  return { url: `http://${config.host}:${at.port}`, close: () => app.close() };
});
