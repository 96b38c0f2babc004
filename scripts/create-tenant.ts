// `npm run tenant -- <tenantId> [key name]`: an operator's way to open a tenant. It creates the
// tenant's first admin API key in the configured mode (the data folder, or Redis with REDIS_URL) and
// prints it once; the tenant then adds stores and further keys through the graph.
import { ApiKeyStore, ConfigError, createPorts, loadConfig } from "@pazargraph/runtime";

const [tenantId, name = "Admin"] = process.argv.slice(2);
if (!tenantId || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(tenantId)) {
  console.error("usage: npm run tenant -- <tenant-id (lowercase letters, digits, dashes)> [key name]");
  process.exit(2);
}
try {
  const config = loadConfig();
  const ports = await createPorts(
    config.mode.kind === "redis" ? { kind: "redis", url: config.mode.url, prefix: config.mode.prefix } : { kind: "memory", dataDir: config.mode.dataDir },
  );
  const { key, record } = await new ApiKeyStore(ports.kv).create(tenantId, name, ["admin"]);
  await ports.close();
  console.log(`tenant ${tenantId}: admin API key ${record.id} created.\n${key}\n(shown once; send it as the x-api-key header)`);
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : (err as Error).message);
  process.exit(1);
}
