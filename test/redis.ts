// Test helper: a Redis URL for Redis-mode tests (REDIS_URL), and a unique key prefix per test run.
import { randomUUID } from "node:crypto";

export const REDIS_URL = process.env.REDIS_URL;
/** Pass as `{ skip: skipWithoutRedis }` to a Redis-mode test. */
export const skipWithoutRedis: string | false = REDIS_URL ? false : "REDIS_URL is not set";
export const uniquePrefix = () => `pgtest:${randomUUID().slice(0, 8)}:`;
