// Key-value port: small persistent records (store registry, API keys, poller state) grouped in
// namespaces. In the database (PostgreSQL or PGlite) for the product; in memory for unit tests.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { type Database, records } from "@pazargraph/db";
import { and, eq, sql } from "drizzle-orm";

export interface KeyValueStore {
  get<T>(namespace: string, key: string): Promise<T | undefined>;
  set(namespace: string, key: string, value: unknown): Promise<void>;
  delete(namespace: string, key: string): Promise<boolean>;
  /** Every entry of a namespace. */
  entries<T>(namespace: string): Promise<Array<[string, T]>>;
  close(): Promise<void>;
}

export function createMemoryKeyValueStore(): KeyValueStore {
  const spaces = new Map<string, Map<string, string>>();
  const space = (ns: string) => {
    let s = spaces.get(ns);
    if (!s) {
      s = new Map();
      spaces.set(ns, s);
    }
    return s;
  };
  return {
    async get<T>(ns: string, key: string) {
      const raw = space(ns).get(key);
      return raw === undefined ? undefined : (JSON.parse(raw) as T);
    },
    async set(ns, key, value) {
      space(ns).set(key, JSON.stringify(value));
    },
    async delete(ns, key) {
      return space(ns).delete(key);
    },
    async entries<T>(ns: string) {
      return [...space(ns)].map(([k, v]) => [k, JSON.parse(v) as T] as [string, T]);
    },
    async close() {},
  };
}

/**
 * The durable key-value port: one row per record in the database (PostgreSQL or PGlite), so tenants,
 * stores, API keys and poller state survive restarts of the process and of Redis alike.
 */
export function createSqlKeyValueStore(database: Database): KeyValueStore {
  const { db } = database;
  const where = (ns: string, key: string) => and(eq(records.namespace, ns), eq(records.key, key));
  return {
    async get<T>(ns: string, key: string) {
      const [row] = await db.select({ value: records.value }).from(records).where(where(ns, key)).limit(1);
      return row ? (row.value as T) : undefined;
    },
    async set(ns, key, value) {
      const json = JSON.parse(JSON.stringify(value)) as unknown;
      await db
        .insert(records)
        .values({ namespace: ns, key, value: json })
        .onConflictDoUpdate({ target: [records.namespace, records.key], set: { value: json, updatedAt: new Date() } });
    },
    async delete(ns, key) {
      return (await db.delete(records).where(where(ns, key)).returning({ key: records.key })).length > 0;
    },
    async entries<T>(ns: string) {
      const rows = await db.select({ key: records.key, value: records.value }).from(records).where(eq(records.namespace, ns)).orderBy(records.key);
      return rows.map((r) => [r.key, r.value as T] as [string, T]);
    },
    async close() {},
  };
}

const IMPORTED = { ns: "meta", key: "imported-data-folder" };

/**
 * Takes the records an earlier version kept as one JSON file per namespace in the data folder into
 * the database, once (a marker row says it was done); the files stay where they are, untouched.
 * Returns how many records were imported.
 */
export async function importDataFolder(kv: KeyValueStore, dir: string): Promise<number> {
  if (await kv.get(IMPORTED.ns, IMPORTED.key)) return 0;
  let names: string[] = [];
  try {
    names = (await readdir(dir)).filter((f) => f.endsWith(".json") && f !== "config.json");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  let count = 0;
  for (const file of names) {
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(await readFile(join(dir, file), "utf8")) as Record<string, unknown>;
    } catch {
      continue;
    }
    if (!data || typeof data !== "object" || Array.isArray(data)) continue;
    const ns = file.slice(0, -".json".length);
    for (const [key, value] of Object.entries(data)) {
      if ((await kv.get(ns, key)) !== undefined) continue;
      await kv.set(ns, key, value);
      count++;
    }
  }
  await kv.set(IMPORTED.ns, IMPORTED.key, { at: new Date().toISOString(), files: names, records: count });
  return count;
}

/**
 * Stores and API keys kept as generic records by the previous version (or imported from an older data
 * folder just now) move to their own tables, once, in one transaction; the obsolete poller snapshots
 * (the hub and its event log replaced them) go. Idempotent: nothing to move, nothing done.
 */
export async function moveLegacyRecords(database: Database): Promise<void> {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`INSERT INTO tenants (id)
      SELECT DISTINCT value->>'tenantId' FROM records WHERE namespace IN ('stores', 'api-keys') AND value->>'tenantId' IS NOT NULL
      ON CONFLICT (id) DO NOTHING`);
    await tx.execute(sql`INSERT INTO stores (id, tenant_id, title, marketplace, active, test_mode, base_url, seller_id, credentials, settings,
        api_status, api_status_checked_at, api_status_message, created_at, updated_at)
      SELECT key, value->>'tenantId', value->>'title', value->>'marketplace', (value->>'active')::boolean, (value->>'testMode')::boolean,
        value->>'baseUrl', value->>'sellerId', CASE WHEN jsonb_typeof(value->'credentials') = 'object' THEN value->'credentials' END,
        COALESCE(value->'settings', '{}'::jsonb), COALESCE(value->>'apiStatus', 'UNKNOWN'), (value->>'apiStatusCheckedAt')::timestamptz,
        value->>'apiStatusMessage', (value->>'createdAt')::timestamptz, COALESCE((value->>'updatedAt')::timestamptz, (value->>'createdAt')::timestamptz)
      FROM records WHERE namespace = 'stores'
      ON CONFLICT (id) DO NOTHING`);
    await tx.execute(sql`INSERT INTO api_keys (id, tenant_id, name, scopes, prefix, hash, created_at, revoked_at, expires_at)
      SELECT key, value->>'tenantId', value->>'name', value->'scopes', value->>'prefix', value->>'hash', (value->>'createdAt')::timestamptz,
        (value->>'revokedAt')::timestamptz, (value->>'expiresAt')::timestamptz
      FROM records WHERE namespace = 'api-keys'
      ON CONFLICT (id) DO NOTHING`);
    await tx.execute(sql`DELETE FROM records WHERE namespace IN ('stores', 'api-keys', 'poller-snapshots')`);
  });
}
