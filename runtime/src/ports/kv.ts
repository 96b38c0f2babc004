// Key-value port: small persistent records (store registry, poller snapshots) grouped in namespaces.
// Memory for tests, a local data folder with atomic writes for the embedded default, Redis hashes.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { RedisClient } from "./redis.ts";

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
 * One JSON file per namespace under `dir`, written to a temporary file and renamed over the old one,
 * so a crash mid-write leaves the previous version intact. Writes to one namespace are serialized.
 */
export function createFileKeyValueStore(dir: string): KeyValueStore {
  const cache = new Map<string, Record<string, unknown>>();
  const queues = new Map<string, Promise<void>>();
  const safe = (ns: string) => ns.replace(/[^a-zA-Z0-9_.-]/g, "_");
  const file = (ns: string) => join(dir, `${safe(ns)}.json`);

  async function load(ns: string): Promise<Record<string, unknown>> {
    let data = cache.get(ns);
    if (data) return data;
    try {
      data = JSON.parse(await readFile(file(ns), "utf8")) as Record<string, unknown>;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      data = {};
    }
    cache.set(ns, data);
    return data;
  }

  function write(ns: string, change: (data: Record<string, unknown>) => boolean): Promise<boolean> {
    let changed = false;
    const run = (queues.get(ns) ?? Promise.resolve()).then(async () => {
      const data = await load(ns);
      changed = change(data);
      if (!changed) return;
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const tmp = `${file(ns)}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(tmp, JSON.stringify(data, null, 1), { mode: 0o600 });
      await rename(tmp, file(ns));
    });
    queues.set(
      ns,
      run.catch(() => {}),
    );
    return run.then(() => changed);
  }

  return {
    async get<T>(ns: string, key: string) {
      const data = await load(ns);
      return (Object.hasOwn(data, key) ? structuredClone(data[key]) : undefined) as T | undefined;
    },
    async set(ns, key, value) {
      const copy = JSON.parse(JSON.stringify(value)) as unknown;
      await write(ns, (data) => {
        data[key] = copy;
        return true;
      });
    },
    async delete(ns, key) {
      return write(ns, (data) => {
        if (!Object.hasOwn(data, key)) return false;
        delete data[key];
        return true;
      });
    },
    async entries<T>(ns: string) {
      const data = await load(ns);
      return Object.entries(structuredClone(data)) as Array<[string, T]>;
    },
    async close() {
      await Promise.all(queues.values());
    },
  };
}

export function createRedisKeyValueStore(client: RedisClient, prefix = "pg:kv:"): KeyValueStore {
  return {
    async get<T>(ns: string, key: string) {
      const raw = await client.hGet(prefix + ns, key);
      return raw == null ? undefined : (JSON.parse(String(raw)) as T);
    },
    async set(ns, key, value) {
      await client.hSet(prefix + ns, key, JSON.stringify(value));
    },
    async delete(ns, key) {
      return Number(await client.hDel(prefix + ns, key)) > 0;
    },
    async entries<T>(ns: string) {
      const all = (await client.hGetAll(prefix + ns)) as Record<string, string>;
      return Object.entries(all).map(([k, v]) => [k, JSON.parse(v) as T] as [string, T]);
    },
    async close() {},
  };
}
