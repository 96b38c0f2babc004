// Test helper: each test that needs PostgreSQL makes its own database (pgtest_<random>) on the local
// server (DATABASE_TEST_URL, else postgres://postgres@127.0.0.1:5432/postgres) and `npm test` drops
// every pgtest_ database at the end. Without a server, PostgreSQL tests say they were skipped.
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

/** A new, empty database; its URL. */
export async function createTestDatabase(): Promise<string> {
  const name = `pgtest_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
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

/** Drops every pgtest_ database (the runner calls this at the end). */
export async function dropTestDatabases(): Promise<number> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'pgtest\\_%'");
    for (const r of rows) await client.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
    return rows.length;
  } finally {
    await client.end();
  }
}
