// What every service process sets up before its own part, whether it runs alone (a deployable's
// main.ts) or with all the others (`npm start`): the ports (database, Redis or memory), the two shared
// keys (checked against what the other replicas use), the store registry and the API keys, whose
// cache follows revocations from every replica. And how a process stops: on SIGINT/SIGTERM, closing
// what it opened in reverse order, within 10 s.
import { join } from "node:path";
import { ApiKeyStore } from "./api-keys.ts";
import { type Config, ConfigError, keyDirOf, loadConfig, usesPglite } from "./config.ts";
import { acquireDataLock, DataDirInUseError } from "./data-lock.ts";
import { createLogger, type Logger } from "./logger.ts";
import { createPorts, type Ports, portsModeOf } from "./ports/index.ts";
import { checkSharedKey, createSecretBox, loadOrCreateKey } from "./secrets.ts";
import { StoreRegistry } from "./store-registry.ts";
import { enableTracing } from "./trace.ts";

export interface Shared {
  ports: Ports;
  internalSecret: string;
  registry: StoreRegistry;
  apiKeys: ApiKeyStore;
  /** Closes what was opened, last first; services push their own closers here too. */
  closers: Array<() => Promise<void>>;
  /** The data folder's lock (PGlite): where `npm run tenant` finds the running stores subgraph. */
  dataLock?: ReturnType<typeof acquireDataLock>;
  close(): Promise<void>;
}

export async function bootShared(config: Readonly<Config>, logger: Logger): Promise<Shared> {
  const closers: Array<() => Promise<void>> = [];
  const close = async () => {
    for (const c of closers.splice(0).reverse()) await c().catch((err) => logger.error({ err }, "shutdown step failed"));
  };
  try {
    // PGlite in the data folder has one writer: this process (another start, or `npm run tenant`, asks it).
    const dataLock = usesPglite(config) ? acquireDataLock(config.mode.dataDir) : null;
    if (dataLock) closers.push(async () => dataLock.release());
    const ports = await createPorts(portsModeOf(config));
    closers.push(() => ports.close());
    const keyDir = keyDirOf(config);
    const credentialsKey = loadOrCreateKey({ base64: config.security.credentialsKey, file: join(keyDir, "credentials.key") });
    // Replicas on one database must share both keys: say so at boot, naming the setting.
    await checkSharedKey(ports.kv, "credentials", "security.credentialsKey (PAZARGRAPH_CREDENTIALS_KEY)", credentialsKey);
    const internalSecret = config.security.internalSecret ?? loadOrCreateKey({ file: join(keyDir, "internal.key") }).toString("base64");
    await checkSharedKey(ports.kv, "internal", "security.internalSecret (PAZARGRAPH_INTERNAL_SECRET)", internalSecret);
    const registry = new StoreRegistry(ports.database.db, ports.events, createSecretBox(credentialsKey));
    const apiKeys = new ApiKeyStore(ports.database.db, undefined, ports.events);
    // Keys are cached per process; a revocation on any replica drops them here at once.
    const revocations = new AbortController();
    void apiKeys.followRevocations(revocations.signal).catch((err) => logger.error({ err }, "API key revocation feed stopped; cached keys expire within 30 s"));
    closers.push(async () => revocations.abort());
    return {
      ports,
      internalSecret,
      registry,
      apiKeys,
      closers,
      close,
      dataLock: dataLock ?? undefined,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

/** The port a deployable listens on: PORT, else the configured one. */
export function portFromEnv(configured: number, env: NodeJS.ProcessEnv = process.env): number {
  if (env.PORT === undefined) return configured;
  const port = Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new ConfigError(`PORT: ${env.PORT} is not a port`);
  return port;
}

/**
 * Runs one service as its own process (a deployable's main.ts): loads config, starts it, logs where it
 * listens, and stops it on SIGINT/SIGTERM (exit 0; 1 when stopping took over 10 s or start failed).
 */
export async function runService(name: string, start: (config: Readonly<Config>, logger: Logger) => Promise<{ url: string; close(): Promise<void> }>): Promise<void> {
  let config: Readonly<Config>;
  try {
    config = loadConfig();
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(1);
  }
  const logger = createLogger({ name: `pazargraph-${name}`, level: config.logLevel });
  try {
    // Spans go to an OpenTelemetry collector when OTEL_EXPORTER_OTLP_ENDPOINT is set (else nothing is loaded).
    const stopTracing = await enableTracing(`pazargraph-${name}`);
    const started = await start(config, logger);
    const running = {
      url: started.url,
      close: async () => {
        await started.close();
        await stopTracing();
      },
    };
    logger.info({ service: name, url: running.url }, "service listening");
    stopOnSignals(logger, running.close);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof DataDirInUseError) console.error(err.message);
    else logger.fatal({ err }, "failed to start");
    process.exit(1);
  }
}

/** On SIGINT or SIGTERM: `close`, then exit 0; exit 1 if closing takes over 10 s. */
export function stopOnSignals(logger: Logger, close: () => Promise<void>): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

interface Listening {
  server: { listen(port: number, host?: string): Promise<{ url: string }> };
  close(): Promise<void>;
}

/**
 * A subgraph as its own process: the shared boot, then `build`, listening on PORT (else the
 * configured port); closing it closes what the boot opened too.
 */
export function runSubgraph(
  name: string,
  port: (config: Readonly<Config>) => number,
  build: (shared: Shared, config: Readonly<Config>, logger: Logger) => Promise<Listening>,
): Promise<void> {
  return runService(name, async (config, logger) => {
    const shared = await bootShared(config, logger);
    try {
      const built = await build(shared, config, logger);
      const at = await built.server.listen(portFromEnv(port(config)), config.host);
      return {
        url: at.url,
        close: async () => {
          await built.close();
          await shared.close();
        },
      };
    } catch (err) {
      await shared.close();
      throw err;
    }
  });
}
