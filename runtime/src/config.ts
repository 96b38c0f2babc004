// Configuration: read once at boot from the environment and an optional JSON file
// (PAZARGRAPH_CONFIG), validated, frozen. A wrong value stops the process with one line naming it.
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { MarketplaceModule } from "./marketplace.ts";
import { MARKETPLACES, marketplaceModule } from "./marketplaces.ts";

const port = z.number().int().min(0).max(65535);

const storeBase = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "lowercase letters, digits and dashes"),
  name: z.string().min(1).max(100),
  active: z.boolean().default(true),
  testMode: z.boolean().default(true),
  /** Marketplace API base URL; the sandbox's when left out and the sandbox runs. */
  baseUrl: z.url().optional(),
};

const MARKETPLACE_NAMES = MARKETPLACES.map((m) => m.name) as [string, ...string[]];

const storeSchema = z
  .object({
    ...storeBase,
    marketplace: z.enum(MARKETPLACE_NAMES),
    /** The marketplace's token host, where it has one apart from its API host (Pazarama). */
    tokenUrl: z.url().optional(),
    /** The fields the marketplace's module declares, each one given. */
    credentials: z.record(z.string(), z.string().min(1)).optional(),
  })
  .superRefine((store, ctx) => {
    if (!store.credentials) return;
    const fields = (marketplaceModule(store.marketplace)?.credentials ?? []).map((c) => c.name);
    for (const f of fields) if (!(f in store.credentials)) ctx.addIssue({ code: "custom", path: ["credentials", f], message: `${store.marketplace} needs ${fields.join(", ")}` });
    for (const k of Object.keys(store.credentials))
      if (!fields.includes(k)) ctx.addIssue({ code: "custom", path: ["credentials", k], message: `not a ${store.marketplace} credential (${fields.join(", ")})` });
  });

/** REST, cache and poller settings of one marketplace. */
const marketplaceSettings = (m: MarketplaceModule) =>
  z
    .object({
      /** Its subgraph's port. */
      port: port.default(m.ports.subgraph),
      /** Its sandbox: port and the demo credentials it accepts. */
      sandbox: z
        .object({
          port: port.default(m.ports.sandbox),
          credentials: z
            .object(
              Object.fromEntries(
                m.credentials.map((c) => [
                  c.name,
                  z
                    .string()
                    .min(1)
                    .default(m.sandboxCredentials[c.name] ?? ""),
                ]),
              ),
            )
            .prefault({}),
        })
        .prefault({}),
      pollIntervalMs: z.number().int().min(200).default(5000),
      /**
       * Tiered polling: each poll reads the widest tier that is due, by order creation date. The
       * widest is clamped to what the marketplace allows and is read first for a new store.
       */
      pollTiers: z
        .array(z.object({ name: z.string().regex(/^[a-z][a-z0-9-]{0,30}$/), windowMs: z.number().int().min(60_000), everyMs: z.number().int().min(0) }))
        .min(1)
        .max(6)
        .refine((t) => new Set(t.map((x) => x.name)).size === t.length, "tier names must be unique")
        .default([
          { name: "recent", windowMs: 2 * 3600_000, everyMs: 0 },
          { name: "days", windowMs: 3 * 86_400_000, everyMs: 5 * 60_000 },
          { name: "full", windowMs: 31 * 86_400_000, everyMs: 3600_000 },
        ]),
      treeTtlSeconds: z.number().min(1).default(3600),
      treeStaleSeconds: z.number().min(0).default(86400),
      /** One attempt's timeout. */
      timeoutMs: z.number().int().min(100).default(5000),
      retries: z.number().int().min(0).max(10).default(3),
      /** One call, retries and their waits included; a subgraph request's own deadline can cut it shorter. */
      callDeadlineMs: z.number().int().min(100).default(10_000),
      maxConcurrency: z.number().int().min(1).max(64).default(8),
      /** How often each store's marketplace products are read into the catalogue's listings. */
      listingSyncMs: z
        .number()
        .int()
        .min(1000)
        .default(15 * 60_000),
      /** How long a write waits for an asynchronous marketplace result (Pazarama price/stock v2). */
      listingWaitMs: z.number().int().min(0).default(5000),
      /** Parallel requests while crawling a lazy tree (Beymen's categories, brand pages). */
      crawlConcurrency: z
        .number()
        .int()
        .min(1)
        .max(32)
        .default(m.crawlConcurrency ?? 8),
    })
    .prefault({});

export const configSchema = z.object({
  mode: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("embedded"), dataDir: z.string().min(1) }),
    z.object({
      kind: z.literal("redis"),
      url: z.string().regex(/^rediss?:\/\//, "a redis:// URL"),
      prefix: z.string().default("pg:"),
      /** PGlite's folder when there is no DATABASE_URL (one process only), and generated key files. */
      dataDir: z.string().min(1).default(".data"),
    }),
  ]),
  /** The durable store: PostgreSQL at this URL (DATABASE_URL); without it, PGlite in the data folder. */
  database: z
    .object({
      url: z
        .string()
        .regex(/^postgres(ql)?:\/\//, "a postgres:// URL")
        .optional(),
    })
    .prefault({}),
  logLevel: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  host: z.string().default("127.0.0.1"),
  gateway: z
    .object({
      port: port.default(4000),
      maxDepth: z.number().int().min(2).max(50).default(12),
      maxAliases: z.number().int().min(1).max(200).default(15),
      // graphql-armor cost: about 20 per item for `orders(first: n) { edges { node { id } } }`.
      maxCost: z.number().int().min(100).default(100_000),
      /**
       * The validation budget, checked before a document is parsed or validated (HTTP and WebSocket):
       * its size, its tokens, and how often one response name repeats (field merging costs the square
       * of that). Past any of them the answer is QUERY_TOO_COMPLEX without further work.
       */
      maxQueryBytes: z.number().int().min(1024).default(32_768),
      maxTokens: z.number().int().min(100).default(4000),
      maxSameField: z.number().int().min(10).default(200),
      /** Parsed-and-validated documents kept (mercurius's LRU); with maxQueryBytes it bounds the memory. */
      queryCacheEntries: z.number().int().min(0).default(256),
      /** Largest request body (variables included); past it HTTP 413. */
      maxBodyBytes: z
        .number()
        .int()
        .min(1024)
        .default(1024 * 1024),
      /** How long the gateway waits for one subgraph call; longer than the subgraphs' request deadline. */
      subgraphTimeoutMs: z.number().int().min(1000).default(20_000),
      /**
       * Keep-alive connections the gateway opens to each subgraph. Calls past them wait for one: at
       * mercurius's default of 10, twenty clients asking for a large answer queued behind ten (the
       * side-by-side benchmark's large-response scenario ran at a third of the subgraph's own speed).
       */
      subgraphConnections: z.number().int().min(1).max(1024).default(128),
      /**
       * Identical subgraph queries in flight for callers the subgraph cannot tell apart (same tenant,
       * subject and scopes) are sent once and their answer shared: twenty dashboards asking for the same
       * feed at once cost the subgraph one query. Mutations are never shared.
       */
      dedupeInflight: z.boolean().default(true),
      /** Schema introspection for every key; unset: on in the embedded default, off in Redis mode. */
      introspection: z.boolean().optional(),
      /**
       * Persisted documents. "automatic": automatic persisted queries (a client may send only the
       * SHA-256 of a document the gateway has seen; each replica keeps `cacheEntries`). "allowList":
       * only the registered documents (schema/generated/persisted-documents.json), by hash or exact
       * text, over HTTP and WebSockets. "off": documents as sent.
       */
      persistedQueries: z
        .object({ mode: z.enum(["off", "automatic", "allowList"]).default("automatic"), cacheEntries: z.number().int().min(1).max(100_000).default(1000) })
        .prefault({}),
      /** WebSockets: connection_init must arrive within this; per key, at most so many sockets and subscriptions. */
      ws: z
        .object({
          connectionInitTimeoutMs: z.number().int().min(100).default(5000),
          maxSocketsPerKey: z.number().int().min(1).default(20),
          maxSubscriptionsPerSocket: z.number().int().min(1).default(20),
          /** subscribe messages per key and minute. */
          subscribesPerMinute: z.number().int().min(1).default(120),
          maxFrameBytes: z
            .number()
            .int()
            .min(1024)
            .default(64 * 1024),
        })
        .prefault({}),
      /** L1 (per replica) TTL of tree and brand answers. */
      l1TtlSeconds: z.number().min(0).default(30),
      /**
       * L0: whole answers to queries that ask only for l1Fields, kept this long and served before
       * parsing (at most l1TtlSeconds; 0 turns it off). Entries bounded by queryCacheEntries.
       */
      l0TtlSeconds: z.number().min(0).default(30),
      /** How often the gateway asks the subgraphs for their schemas (a late or changed subgraph is composed in); 0: never. */
      schemaPollMs: z.number().int().min(0).default(10_000),
      /**
       * L1 cache policy: per marketplace namespace field, the fields under it that are reference data.
       * A query on the namespace is cached only when it selects nothing else. By default each marketplace
       * module's `l1Fields`; the gateway code does not change.
       */
      l1Fields: z.record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/), z.array(z.string()).min(1)).default(Object.fromEntries(MARKETPLACES.map((m) => [m.name, [...m.l1Fields]]))),
    })
    .prefault({}),
  subgraphs: z
    .object({
      /** Each subgraph request ends by this deadline: every marketplace call under it is cut to what is left. */
      requestDeadlineMs: z.number().int().min(500).default(12_000),
      stores: z.object({ port: port.default(4001) }).prefault({}),
      orders: z.object({ port: port.default(4002) }).prefault({}),
      catalogue: z.object({ port: port.default(4008) }).prefault({}),
      accounting: z.object({ port: port.default(4009) }).prefault({}),
    })
    .prefault({}),
  sandbox: z
    .object({
      enabled: z.boolean().default(true),
      /** How long the sandboxes take to run batch writes (product creates, price/stock updates). */
      batchDelayMs: z.number().int().min(0).default(1000),
      seed: z.number().int().default(42),
    })
    .prefault({}),
  security: z
    .object({
      /** AES-256-GCM key for store credentials, base64 of 32 bytes (PAZARGRAPH_CREDENTIALS_KEY). */
      credentialsKey: z.string().optional(),
      /** Where generated keys are kept when none is configured; the embedded data folder by default. */
      keyDir: z.string().optional(),
      /** HMAC secret the gateway signs identities with for the subgraphs (PAZARGRAPH_INTERNAL_SECRET); generated into keyDir when left out. */
      internalSecret: z.string().min(32, "at least 32 characters").optional(),
      /** Bearer tokens: an HS256 secret or a JWKS URL; claims `tenant` and `scope` ("read write admin"). */
      jwt: z
        .object({
          hs256Secret: z.string().min(32, "at least 32 characters").optional(),
          jwksUrl: z.url().optional(),
          issuer: z.string().optional(),
          audience: z.string().optional(),
          /** Tokens must carry `exp`, at most this far after `iat` (or after now when there is no `iat`). */
          maxLifetimeSeconds: z
            .number()
            .int()
            .min(60)
            .default(24 * 3600),
        })
        .prefault({}),
      /** Requests per API key (or token subject) and window. */
      rateLimit: z.object({ points: z.number().int().min(1).default(600), windowSeconds: z.number().int().min(1).default(60) }).prefault({}),
      /**
       * Issue the demo tenant's admin key at start and print it, revoking the previous start's key, so
       * the embedded default's explorer works at once. Off by default in Redis mode, where several
       * replicas would revoke each other's keys; open tenants with `npm run tenant` there.
       */
      demoKey: z.boolean().optional(),
    })
    .prefault({}),
  /** Per marketplace (its module's name): ports, sandbox, REST, cache and poller settings. */
  marketplaces: z.object(Object.fromEntries(MARKETPLACES.map((m) => [m.name, marketplaceSettings(m)]))).prefault({}),
  /** Distributors the catalogue reads (its supplier feed) and orders from: their sandbox and sync settings. */
  suppliers: z
    .object({
      penta: z
        .object({
          sandbox: z.object({ port: port.default(4013), token: z.string().min(1).default("demo-penta-token") }).prefault({}),
          /** How often each account's feed is read (what changed since the last read's day). */
          syncMs: z
            .number()
            .int()
            .min(1000)
            .default(15 * 60_000),
          /** How often open supplier orders are read back for their status. */
          trackMs: z.number().int().min(1000).default(60_000),
          timeoutMs: z.number().int().min(100).default(10_000),
          callDeadlineMs: z.number().int().min(100).default(30_000),
          retries: z.number().int().min(0).max(10).default(2),
        })
        .prefault({}),
    })
    .prefault({}),
  /** Accounting (Paraşüt): its sandbox, host, the shared request budget and the push worker. */
  accounting: z
    .object({
      parasut: z
        .object({
          baseUrl: z.url().default("https://api.parasut.com"),
          sandbox: z
            .object({
              port: port.default(4014),
              credentials: z
                .object({
                  clientId: z.string().min(1).default("demo-parasut-client"),
                  clientSecret: z.string().min(1).default("demo-parasut-secret"),
                  username: z.string().min(1).default("muhasebe@demo.pazargraph.local"),
                  password: z.string().min(1).default("demo-parasut-password"),
                  companyId: z
                    .string()
                    .regex(/^\d{1,12}$/)
                    .default("115"),
                })
                .prefault({}),
            })
            .prefault({}),
          /** Paraşüt's documented limit, per company, shared by every replica (Redis in Redis mode). */
          requestsPerWindow: z.number().int().min(1).default(10),
          windowMs: z.number().int().min(100).default(10_000),
          /** Added to the window so that requests permitted just apart do not arrive just too close. */
          windowMarginMs: z.number().int().min(0).default(500),
          timeoutMs: z.number().int().min(100).default(10_000),
          /** Jobs one replica runs at once. */
          concurrency: z.number().int().min(1).max(64).default(4),
          /** How often due jobs are looked for. */
          tickMs: z.number().int().min(50).default(1000),
          /** How often qualifying orders without a job are looked for (events missed while down). */
          catchUpMs: z
            .number()
            .int()
            .min(1000)
            .default(5 * 60_000),
          /** How often Paraşüt's products are pulled into the catalogue (when the tenant turned it on). */
          pullMs: z
            .number()
            .int()
            .min(1000)
            .default(60 * 60_000),
        })
        .prefault({}),
    })
    .prefault({}),
  /** Supplier accounts from config, seeded into the demo tenant: by default a Penta account on its sandbox. */
  supplierAccounts: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
        name: z.string().min(1).max(100),
        kind: z.enum(["penta"]),
        testMode: z.boolean().default(true),
        baseUrl: z.url().optional(),
        token: z.string().min(1).optional(),
      }),
    )
    .default([{ id: "demo-penta", name: "Demo Penta", kind: "penta", testMode: true }]),
  /** Stores from config: seeded into the registry's demo tenant. By default each marketplace's demo store on its sandbox. */
  stores: z.array(storeSchema).default(MARKETPLACES.map((m) => ({ id: m.demoStore.id, name: m.demoStore.name, marketplace: m.name, active: true, testMode: true }))),
});

export type Config = z.infer<typeof configSchema>;
export type StoreConfig = z.infer<typeof storeSchema>;
export type MarketplaceSettings = Config["marketplaces"][string];

/** The folder for generated key files: security.keyDir, else the data folder. */
export function keyDirOf(config: Readonly<Config>): string {
  return config.security.keyDir ?? config.mode.dataDir;
}

/** Whether durable records live in PGlite in the data folder (no DATABASE_URL): one process may open it. */
export function usesPglite(config: Readonly<Config>): boolean {
  return !config.database.url;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Deep merge of plain objects (arrays and values replace): how overrides apply to config. */
export function mergeConfig(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] =
      v && typeof v === "object" && !Array.isArray(v) && b && typeof b === "object" && !Array.isArray(b)
        ? mergeConfig(b as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}

export class ConfigError extends Error {}

/**
 * Builds the config from env (REDIS_URL, DATABASE_URL, PAZARGRAPH_DATA_DIR, PAZARGRAPH_CONFIG,
 * LOG_LEVEL, HOST, GATEWAY_PORT, POLL_INTERVAL_MS, the shared secrets) and overrides (tests). Throws ConfigError naming the setting.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Record<string, unknown> = {}): Readonly<Config> {
  let file: Record<string, unknown> = {};
  if (env.PAZARGRAPH_CONFIG) {
    try {
      file = JSON.parse(readFileSync(env.PAZARGRAPH_CONFIG, "utf8")) as Record<string, unknown>;
    } catch (err) {
      throw new ConfigError(`PAZARGRAPH_CONFIG: cannot read ${env.PAZARGRAPH_CONFIG}: ${(err as Error).message}`);
    }
  }
  const fromEnv: Record<string, unknown> = {
    mode: env.REDIS_URL ? { kind: "redis", url: env.REDIS_URL, dataDir: env.PAZARGRAPH_DATA_DIR ?? ".data" } : { kind: "embedded", dataDir: env.PAZARGRAPH_DATA_DIR ?? ".data" },
  };
  if (env.DATABASE_URL) fromEnv.database = { url: env.DATABASE_URL };
  if (env.LOG_LEVEL) fromEnv.logLevel = env.LOG_LEVEL;
  if (env.HOST) fromEnv.host = env.HOST;
  const security: Record<string, unknown> = {};
  if (env.PAZARGRAPH_CREDENTIALS_KEY) security.credentialsKey = env.PAZARGRAPH_CREDENTIALS_KEY;
  if (env.PAZARGRAPH_INTERNAL_SECRET) security.internalSecret = env.PAZARGRAPH_INTERNAL_SECRET;
  if (env.PAZARGRAPH_JWT_SECRET) security.jwt = { hs256Secret: env.PAZARGRAPH_JWT_SECRET };
  if (Object.keys(security).length) fromEnv.security = security;
  if (env.GATEWAY_PORT) fromEnv.gateway = { port: Number(env.GATEWAY_PORT) };
  if (env.POLL_INTERVAL_MS) {
    fromEnv.marketplaces = Object.fromEntries(MARKETPLACES.map((m) => [m.name, { pollIntervalMs: Number(env.POLL_INTERVAL_MS) }]));
  }
  const parsed = configSchema.safeParse(mergeConfig(mergeConfig(fromEnv, file), overrides));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`config: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return deepFreeze(parsed.data);
}
