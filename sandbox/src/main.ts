// A marketplace sandbox as its own process: `node dist/sandbox.js pazarama` or `… beymen` (or
// SANDBOX=…). Settings from config (sandbox.*: seed, demo credentials, ports; PORT overrides).
import { type Config, portFromEnv, runService } from "@pazargraph/runtime";
import { createBeymenSandbox } from "./beymen/app.ts";
import { createPazaramaSandbox } from "./pazarama/app.ts";

const which = process.argv[2] ?? process.env.SANDBOX;
if (which !== "pazarama" && which !== "beymen") {
  console.error('name the sandbox: "pazarama" or "beymen" (argument or SANDBOX)');
  process.exit(1);
}

function create(config: Readonly<Config>) {
  if (which === "pazarama")
    return { app: createPazaramaSandbox({ seed: config.sandbox.seed, ...config.sandbox.pazarama, batchDelayMs: config.sandbox.batchDelayMs }).app, port: config.sandbox.port };
  const { apiKey, apiPassword, port } = config.sandbox.beymen;
  return { app: createBeymenSandbox({ seed: config.sandbox.seed, apiKey, apiPassword, batchDelayMs: config.sandbox.batchDelayMs }).app, port };
}

await runService(`sandbox-${which}`, async (config) => {
  const { app, port } = create(config);
  // For the orchestrator (not a marketplace path; the simulated API is unchanged).
  app.get("/health", async () => ({ status: "ok", service: `sandbox-${which}` }));
  await app.listen({ port: portFromEnv(port), host: config.host });
  const at = app.server.address() as { port: number };
  return { url: `http://${config.host}:${at.port}`, close: () => app.close() };
});
