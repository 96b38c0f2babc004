// `npm run tenant -- <tenantId> [key name]`: an operator's way to open a tenant. It creates the
// tenant's first admin API key and prints it once; the tenant then adds stores and further keys
// through the graph.
// - PostgreSQL (DATABASE_URL): written to the database, which every running replica reads.
// - PGlite in the data folder, product running: the running process is its only writer, so the key is
//   created through it (its stores service, with an operator identity signed by the internal key in the
//   data folder, which only this machine's owner can read); the key works at once.
// - PGlite, nothing running: written to the data folder's database under its lock.
import { join } from "node:path";
import {
  ApiKeyStore,
  acquireDataLock,
  ConfigError,
  createPorts,
  DataDirInUseError,
  IDENTITY_HEADER,
  keyDirOf,
  loadConfig,
  loadOrCreateKey,
  portsModeOf,
  readDataLock,
  signIdentity,
  usesPglite,
} from "@pazargraph/runtime";

const [tenantId, name = "Admin"] = process.argv.slice(2);
if (!tenantId || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(tenantId)) {
  console.error("usage: npm run tenant -- <tenant-id (lowercase letters, digits, dashes)> [key name]");
  process.exit(2);
}

const printKey = (id: string, key: string) => console.log(`tenant ${tenantId}: admin API key ${id} created.\n${key}\n(shown once; send it as the x-api-key header)`);

try {
  const config = loadConfig();
  const holder = usesPglite(config) ? readDataLock(config.mode.dataDir) : null;
  if (holder?.storesUrl) {
    const secret = config.security.internalSecret ?? loadOrCreateKey({ file: join(keyDirOf(config), "internal.key") }).toString("base64");
    const identity = signIdentity({ tenantId, subject: "operator:npm-run-tenant", scopes: ["admin"] }, secret);
    const res = await fetch(holder.storesUrl, {
      method: "POST",
      headers: { "content-type": "application/json", [IDENTITY_HEADER]: identity },
      body: JSON.stringify({
        query: "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id } } }",
        variables: { input: { name, scopes: ["ADMIN"] } },
      }),
    });
    const body = (await res.json()) as { data?: { createApiKey?: { key: string; apiKey: { id: string } } }; errors?: Array<{ message: string }> };
    const created = body.data?.createApiKey;
    if (!created) throw new Error(`the running PazarGraph (process ${holder.pid}) refused: ${body.errors?.[0]?.message ?? `HTTP ${res.status}`}`);
    printKey(created.apiKey.id, created.key);
  } else {
    const lock = usesPglite(config) ? acquireDataLock(config.mode.dataDir) : null;
    try {
      const ports = await createPorts(portsModeOf(config));
      const { key, record } = await new ApiKeyStore(ports.database.db).create(tenantId, name, ["admin"]);
      await ports.close();
      printKey(record.id, key);
    } finally {
      lock?.release();
    }
  }
} catch (err) {
  console.error(err instanceof ConfigError || err instanceof DataDirInUseError ? err.message : (err as Error).message);
  process.exit(1);
}
