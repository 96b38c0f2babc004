// Test helper: a Redis URL for Redis-mode tests (REDIS_URL), and a unique key prefix per test run.
import { randomUUID } from "node:crypto";

export const REDIS_URL = process.env.REDIS_URL;
/** Pass as `{ skip: skipWithoutRedis }` to a Redis-mode test. */
export const skipWithoutRedis: string | false = REDIS_URL ? false : "REDIS_URL is not set";
/** This test run's tag (set by scripts/test.ts): a run removes only its own keys. */
export const TEST_RUN = (process.env.PAZARGRAPH_TEST_RUN ?? "adhoc").replace(/[^a-z0-9]/g, "").slice(0, 12) || "adhoc";
export const uniquePrefix = () => `pgtest:${TEST_RUN}:${randomUUID().slice(0, 8)}:`;
