// @pazargraph/db: the durable store. PostgreSQL when a URL is given (DATABASE_URL), else PGlite — the
// same PostgreSQL, compiled to WebAssembly, in-process — in the data folder (or in memory for tests).
// One typed query layer (Drizzle) over both; the migrations in db/migrations are applied at open, on
// PostgreSQL under an advisory lock so that replicas starting together apply them once.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzleLite } from "drizzle-orm/pglite";
import { migrate as migrateLite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import * as schema from "./schema.ts";

export * from "./schema.ts";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: "postgres" | "pglite";
  close(): Promise<void>;
}

/** Next to the bundle in a build (dist/migrations), else the package's own folder. */
const migrationsFolder =
  [join(import.meta.dirname, "migrations"), join(import.meta.dirname, "..", "migrations")].find((d) => existsSync(join(d, "meta", "_journal.json"))) ??
  join(import.meta.dirname, "..", "migrations");
/** Any constant: the advisory lock key under which migrations run on PostgreSQL. */
const MIGRATION_LOCK = 724_011;

export interface OpenOptions {
  /** postgres://… : PostgreSQL. */
  url?: string;
  /** PGlite's folder when there is no URL; in memory when left out too. */
  dataDir?: string;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    pool.on("error", () => {});
    const client = await pool.connect();
    try {
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
      await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    } finally {
      client.release();
    }
    return { db: drizzlePg(pool, { schema }) as unknown as Db, kind: "postgres", close: () => pool.end() };
  }
  // pg_trgm: the feed's substring search uses a trigram index (PostgreSQL ships it in contrib).
  const lite = new PGlite({ ...(options.dataDir ? { dataDir: join(options.dataDir, "pglite") } : {}), extensions: { pg_trgm } });
  await lite.waitReady;
  const db = drizzleLite(lite, { schema });
  await migrateLite(db, { migrationsFolder });
  return { db: db as unknown as Db, kind: "pglite", close: () => lite.close() };
}
