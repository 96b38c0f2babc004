// Test helper: each test that needs PostgreSQL makes its own database (pgtest_<run>_<random>) on the
// local server (DATABASE_TEST_URL, else postgres://postgres@127.0.0.1:5432/postgres) and `npm test`
// drops its run's databases at the end. Without a server, PostgreSQL tests say they were skipped.
import { randomUUID } from "node:crypto";
import pg from "pg";

export const ADMIN_URL = process.env.DATABASE_TEST_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** Pass as `{ skip: skipWithoutPostgres }` to a PostgreSQL test. */
export const skipWithoutPostgres: string | false = (await reachable()) ? false : `no PostgreSQL at ${ADMIN_URL}`;

/** This test run's tag (set by scripts/test.ts), so that a run drops only its own databases. */
const RUN = (process.env.PAZARGRAPH_TEST_RUN ?? "adhoc").replace(/[^a-z0-9]/g, "").slice(0, 12) || "adhoc";

/** A new, empty database; its URL. */
export async function createTestDatabase(): Promise<string> {
  const name = `pgtest_${RUN}_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops this run's pgtest_ databases (the runner calls this at the end; other runs' stay). */
export async function dropTestDatabases(): Promise<number> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`pgtest\\_${RUN}\\_%`]);
    for (const r of rows) await client.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
    return rows.length;
  } finally {
    await client.end();
  }
}
