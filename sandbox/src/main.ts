// A sandbox as its own process: `node dist/sandbox.js <name>` (or SANDBOX=…), for any marketplace
// module, `penta`, the distributor, and `parasut`, accounting. Settings from config (sandbox.seed and batchDelayMs;
// marketplaces.<name>.sandbox: port and demo credentials; suppliers.penta.sandbox; PORT overrides).
import { MARKETPLACES, marketplaceModule, portFromEnv, runService } from "@pazargraph/runtime";
import { createParasutSandbox } from "./parasut/app.ts";
import { createPentaSandbox } from "./penta/app.ts";

const which = process.argv[2] ?? process.env.SANDBOX ?? "";
const module = marketplaceModule(which);
if (!module && which !== "penta" && which !== "parasut") {
  console.error(`name the sandbox: ${[...MARKETPLACES.map((m) => m.name), "penta", "parasut"].map((n) => `"${n}"`).join(", ")} (argument or SANDBOX)`);
  process.exit(1);
}

await runService(`sandbox-${which}`, async (config) => {
  // The distributor (suppliers.penta.sandbox: port and token), or a marketplace module's sandbox.
  const settings = module ? config.marketplaces[module.name].sandbox : config.suppliers.penta.sandbox;
  const { app } = module
    ? (await module.load()).createSandbox({
        seed: config.sandbox.seed,
        batchDelayMs: config.sandbox.batchDelayMs,
        credentials: config.marketplaces[module.name].sandbox.credentials,
      })
    : createPentaSandbox({ token: config.suppliers.penta.sandbox.token, seed: config.sandbox.seed });
  // For the orchestrator (not a marketplace path; the simulated API is unchanged).
  app.get("/health", async () => ({ status: "ok", service: `sandbox-${which}` }));
  await app.listen({ port: portFromEnv(settings.port), host: config.host });
  const at = app.server.address() as { port: number };
  return { url: `http://${config.host}:${at.port}`, close: () => app.close() };
});
